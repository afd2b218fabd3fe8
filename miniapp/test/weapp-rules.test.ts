/**
 * @jest-environment node
 */
// WeChat's rules that the build enforces (scripts/weapp-rules.mjs), each shown passing on a small fake weapp build
// and failing once the build breaks it.
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Linter } from 'eslint';
import {
  type AppJson, MIN_BASE_LIBRARY, PACKAGE_LIMIT, TOTAL_LIMIT, checkAppJson, checkBrowserGlobals, checkPackageSizes,
  checkPagesEmitted, checkProjectConfig, checkWeappBuild, findBrowserGlobals, measurePackages, weappSourceLintConfig,
} from '../scripts/weapp-rules.mjs';

let dir = '';

const baseAppJson = (): AppJson => ({
  pages: ['pages/index/index', 'pages/mine/index'],
  subPackages: [{ root: 'expert', pages: ['home/index'] }],
  tabBar: {
    color: '#4e5969',
    selectedColor: '#1f4e8c',
    backgroundColor: '#ffffff',
    list: [
      { pagePath: 'pages/index/index', text: '首页' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
  window: { navigationBarTitleText: '质量信得过班组', navigationBarBackgroundColor: '#1f4e8c' },
});

function write(rel: string, content: string | Buffer): void {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** A weapp build as Taro emits it: every page with its four files, one shared component, the DevTools config. */
function fakeBuild(appJson: AppJson = baseAppJson()): void {
  write('app.json', JSON.stringify(appJson));
  write('app.js', 'require("./common");');
  write('project.config.json', JSON.stringify({ appid: 'touristappid', libVersion: MIN_BASE_LIBRARY }));
  write('comp.js', 'Component({});');
  write('comp.json', JSON.stringify({ component: true, usingComponents: { comp: './comp' } }));
  write('comp.wxml', '<view />');
  for (const page of ['pages/index/index', 'pages/mine/index', 'expert/home/index']) {
    const up = '../'.repeat(page.split('/').length - 1);
    write(`${page}.js`, 'Page({ onLoad() { wx.showToast({ title: "好" }); } });');
    write(`${page}.json`, JSON.stringify({ usingComponents: { comp: `${up}comp` } }));
    write(`${page}.wxml`, '<comp />');
    write(`${page}.wxss`, '');
  }
}

const appJson = (): AppJson => JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as AppJson;

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'weapp-rules-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the whole check', () => {
  it('passes a well-formed build and names every page it declares', () => {
    fakeBuild();
    const result = checkWeappBuild(dir);
    expect(result.violations).toEqual([]);
    expect(result.pages).toEqual(['pages/index/index', 'pages/mine/index', 'expert/home/index']);
  });
});

describe('package limits: every package at most 2 MB, all together at most 20 MB', () => {
  it('passes small packages and refuses a subpackage of 2 MB and a little more', () => {
    fakeBuild();
    expect(checkPackageSizes(measurePackages(dir, appJson()))).toEqual([]);
    write('expert/home/big.js', Buffer.alloc(PACKAGE_LIMIT + 1024));
    const sizes = measurePackages(dir, appJson());
    expect(sizes.main).toBeLessThan(PACKAGE_LIMIT);
    expect(checkPackageSizes(sizes).map((v) => v.message)).toEqual([expect.stringContaining('分包 expert')]);
  });

  it('refuses an oversize main package, and a total over 20 MB', () => {
    fakeBuild();
    write('vendors.js', Buffer.alloc(PACKAGE_LIMIT + 1));
    expect(checkPackageSizes(measurePackages(dir, appJson())).map((v) => v.message)).toEqual([expect.stringContaining('主包')]);
    const spread = { main: 1024, subpackages: Array.from({ length: 11 }, (_, i) => ({ root: `p${i}`, size: PACKAGE_LIMIT - 1 })), total: TOTAL_LIMIT + 1 };
    expect(checkPackageSizes(spread).map((v) => v.message)).toEqual([expect.stringContaining('全部分包合计')]);
  });

  it('refuses a tabBar page that lives in a subpackage', () => {
    const json = baseAppJson();
    (json.tabBar as { list: { pagePath: string; text: string }[] }).list[1].pagePath = 'expert/home/index';
    expect(checkAppJson(json, MIN_BASE_LIBRARY).map((v) => v.message)).toEqual([expect.stringContaining('tabBar 页面 expert/home/index 不在主包')]);
  });
});

describe('every page declared is emitted, with the components it uses', () => {
  it('refuses a page without its .wxss and a subpackage page never emitted', () => {
    fakeBuild();
    expect(checkPagesEmitted(dir, appJson())).toEqual([]);
    unlinkSync(path.join(dir, 'pages/mine/index.wxss'));
    unlinkSync(path.join(dir, 'expert/home/index.js'));
    expect(checkPagesEmitted(dir, appJson()).map((v) => v.message)).toEqual([
      expect.stringContaining('页面 pages/mine/index 缺少 .wxss'),
      expect.stringContaining('页面 expert/home/index 缺少 .js'),
    ]);
  });

  it('refuses a page whose usingComponents points at a component that was not emitted', () => {
    fakeBuild();
    write('pages/index/index.json', JSON.stringify({ usingComponents: { comp: '../../comp', picker: '/components/picker' } }));
    expect(checkPagesEmitted(dir, appJson()).map((v) => v.message)).toEqual([
      expect.stringContaining('pages/index/index.json 引用的组件 picker（/components/picker）缺少 .js、.json、.wxml'),
    ]);
  });
});

describe(`app.json valid for the minimum base library ${MIN_BASE_LIBRARY}`, () => {
  it('accepts keys older than the minimum and refuses one that needs base library 3.0.0', () => {
    expect(checkAppJson({ ...baseAppJson(), lazyCodeLoading: 'requiredComponents', __usePrivacyCheck__: true }, MIN_BASE_LIBRARY)).toEqual([]);
    expect(checkAppJson({ ...baseAppJson(), renderer: 'skyline' }, MIN_BASE_LIBRARY).map((v) => v.message)).toEqual([
      expect.stringContaining('renderer 需要基础库 3.0.0，高于我们声明的最低基础库 2.32.3'),
    ]);
  });

  it('refuses an unknown key, a wrong type, a duplicated page and a tabBar out of WeChat\'s bounds', () => {
    const json: AppJson = { ...baseAppJson(), pages: ['pages/index/index', 'pages/mine/index', 'pages/index/index'], lazyLoading: true, debug: 'yes' };
    (json.tabBar as { color: string }).color = 'grey';
    (json.tabBar as { list: unknown[] }).list.splice(1);
    const messages = checkAppJson(json, MIN_BASE_LIBRARY).map((v) => v.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('lazyLoading 不在已核对最低基础库的配置项表里'),
        expect.stringContaining('debug 应为 boolean'),
        expect.stringContaining('页面 pages/index/index 声明了不止一次'),
        expect.stringContaining('tabBar.color 必须是十六进制颜色'),
        expect.stringContaining('tabBar.list 有 1 项，微信要求 2 到 5 项'),
      ]),
    );
    expect(messages).toHaveLength(5);
  });

  it('holds project.config.json\'s libVersion to the minimum, the repository\'s own file included', () => {
    fakeBuild();
    const own = path.resolve(__dirname, '../project.config.json');
    expect(checkProjectConfig([own, path.join(dir, 'project.config.json')])).toEqual([]);
    write('project.config.json', JSON.stringify({ appid: 'touristappid', libVersion: '3.0.0' }));
    expect(checkProjectConfig([path.join(dir, 'project.config.json')]).map((v) => v.message)).toEqual([
      expect.stringContaining('libVersion 是 3.0.0，应与最低基础库 2.32.3 一致'),
    ]);
  });
});

describe('no browser-only globals reachable from weapp code', () => {
  it('finds a free window and localStorage, and lets through typeof-guarded and locally declared ones', () => {
    const code = [
      'var a = window.location.href;',
      'localStorage.setItem("k", "v");',
      'var g = typeof self === "object" && self && self.Object === Object && self;',
      'if (typeof document !== "undefined") document.title = "x";',
      'function f(window) { return window.y; }',
      'var now = typeof performance === "object" ? performance.now() : Date.now();',
    ].join('\n');
    expect(findBrowserGlobals(code).map((r) => `${r.name}@${r.line}`)).toEqual(['window@1', 'localStorage@2']);
  });

  it('fails a build whose emitted JS reaches XMLHttpRequest, and allows NutUI Progress\'s web-only observer', () => {
    fakeBuild();
    write('vendors.js', 'function lazy(web, Taro) { web() ? new IntersectionObserver(function () {}) : Taro.createIntersectionObserver(); }');
    const allowedOnly = checkBrowserGlobals(dir);
    expect(allowedOnly.violations).toEqual([]);
    expect(allowedOnly.allowed.map((a) => a.name)).toEqual(['IntersectionObserver']);
    write('expert/home/index.js', 'Page({ onLoad() { var x = new XMLHttpRequest(); x.open("GET", "/api"); } });');
    expect(checkBrowserGlobals(dir).violations.map((v) => v.message)).toEqual([
      expect.stringContaining('expert/home/index.js:1:'),
    ]);
    expect(checkWeappBuild(dir).violations.map((v) => v.rule)).toEqual(['browser-globals']);
  });

  it('the source rule refuses window in weapp code and accepts it in *.h5.ts and the H5-only console', () => {
    const linter = new Linter({ configType: 'flat', cwd: path.resolve(__dirname, '../..') });
    const lint = (filename: string) =>
      linter
        .verify('export const href = window.location.href;\nexport const b = new Blob([]);\n', [{ files: ['**/*.ts'] }, weappSourceLintConfig], { filename })
        .map((m) => m.message);
    expect(lint('miniapp/src/pages/index/share.ts')).toEqual([
      expect.stringContaining('微信小程序没有浏览器全局对象 window：请用 Taro API，或把浏览器专用代码放进 *.h5.ts'),
      expect.stringContaining('微信小程序没有浏览器全局对象 Blob'),
    ]);
    expect(lint('miniapp/src/pages/index/share.h5.ts')).toEqual([]);
    expect(lint('miniapp/src/admin/console/share.ts')).toEqual([]);
  });
});
