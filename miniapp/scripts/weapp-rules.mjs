// WeChat's rules, checked on the emitted weapp build (miniapp/dist/weapp) by scripts/build.mjs.
// Every check returns a list of violations { rule, message }, each message in Chinese and English.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { checkAppJson, declaredPages } from './weapp-app-json.mjs';
import { checkBrowserGlobals } from './weapp-globals.mjs';

export { APP_JSON_KEYS, WINDOW_KEYS, checkAppJson, compareVersions, declaredPages } from './weapp-app-json.mjs';
export {
  BROWSER_ONLY_GLOBALS, BROWSER_ONLY_MEMBERS, OUTPUT_ALLOWED, browserGlobalMessage, checkBrowserGlobals, findBrowserGlobals, weappSourceLintConfig,
} from './weapp-globals.mjs';

/**
 * The lowest WeChat base library the mini-program supports: 2.32.3 is the first with the privacy interfaces
 * (wx.getPrivacySetting, onNeedPrivacyAuthorization, requirePrivacyAuthorize) that gate chooseMedia and
 * chooseMessageFile, which we use; everything else we use is older (README, "WeChat's rules checked by the build").
 * project.config.json carries it as libVersion for WeChat DevTools; checkProjectConfig fails when they differ.
 */
export const MIN_BASE_LIBRARY = '2.32.3';

/**
 * WeChat's 分包加载 page (developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html): every package, the
 * main one included, at most 2 MB; all packages together at most 30 MB, or 20 MB for a mini-program developed by a
 * service provider (服务商代开发) — we hold to the lower figure.
 */
export const PACKAGE_LIMIT = 2 * 1024 * 1024;
export const TOTAL_LIMIT = 20 * 1024 * 1024;

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeOf(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

function subPackagesOf(appJson) {
  const all = [...(Array.isArray(appJson.subPackages) ? appJson.subPackages : []), ...(Array.isArray(appJson.subpackages) ? appJson.subpackages : [])];
  return all.filter((p) => p && typeof p.root === 'string').map((p) => ({ ...p, root: p.root.replace(/[\\/]+$/, '') }));
}

/** Sizes of the main package (everything outside subpackage roots), each subpackage, and the whole build. */
export function measurePackages(weappDir, appJson) {
  const subs = subPackagesOf(appJson);
  const subRoots = new Set(subs.map((p) => path.normalize(p.root)));
  let main = 0;
  // Walk the tree so that nested subpackage roots (e.g. "packages/declarant") are excluded too.
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (subRoots.has(path.relative(weappDir, full))) continue;
      if (statSync(full).isDirectory()) walk(full);
      else main += statSync(full).size;
    }
  };
  walk(weappDir);
  const subpackages = subs.map((p) => {
    const dir = path.join(weappDir, p.root);
    return { root: p.root, size: existsSync(dir) ? sizeOf(dir) : 0 };
  });
  return { main, subpackages, total: sizeOf(weappDir) };
}

/** Main package and each subpackage at most 2 MB, the whole at most 20 MB. */
export function checkPackageSizes(sizes) {
  const out = [];
  const over = (what, zh, size, limit) =>
    out.push({ rule: 'package-size', message: `${zh} ${kb(size)}，超过微信的上限 ${kb(limit)} / ${what} is ${kb(size)}, over WeChat's ${kb(limit)} limit` });
  if (sizes.main > PACKAGE_LIMIT) over('main package', '主包', sizes.main, PACKAGE_LIMIT);
  for (const sub of sizes.subpackages) {
    if (sub.size > PACKAGE_LIMIT) over(`subpackage ${sub.root}`, `分包 ${sub.root}`, sub.size, PACKAGE_LIMIT);
  }
  if (sizes.total > TOTAL_LIMIT) over('all packages together', '全部分包合计', sizes.total, TOTAL_LIMIT);
  return out;
}

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

// usingComponents paths: absolute from the build root ("/comp"), or relative to the using file ("../../comp").
function resolveComponent(weappDir, fromFile, target) {
  if (target.startsWith('plugin://') || target.startsWith('plugin-private://')) return null;
  return target.startsWith('/') ? path.join(weappDir, target) : path.join(path.dirname(fromFile), target);
}

/** Each usingComponents entry of one json resolves to an emitted component (.js, .json, .wxml); recursive. */
function checkComponents(weappDir, jsonFile, seen, out) {
  if (seen.has(jsonFile)) return;
  seen.add(jsonFile);
  const using = readJson(jsonFile).usingComponents ?? {};
  for (const [tag, target] of Object.entries(using)) {
    const base = resolveComponent(weappDir, jsonFile, target);
    if (!base) continue;
    const missing = ['js', 'json', 'wxml'].filter((ext) => !existsSync(`${base}.${ext}`));
    const rel = path.relative(weappDir, jsonFile);
    if (missing.length) {
      out.push({
        rule: 'pages-emitted',
        message: `${rel} 引用的组件 ${tag}（${target}）缺少 .${missing.join('、.')} / component ${tag} (${target}) used by ${rel} is missing .${missing.join(', .')}`,
      });
      continue;
    }
    checkComponents(weappDir, `${base}.json`, seen, out);
  }
}

/** Every declared page has its .js, .json, .wxml and .wxss, and the components its json uses were emitted. */
export function checkPagesEmitted(weappDir, appJson) {
  const out = [];
  const seen = new Set();
  for (const page of declaredPages(appJson)) {
    const missing = ['js', 'json', 'wxml', 'wxss'].filter((ext) => !existsSync(path.join(weappDir, `${page}.${ext}`)));
    if (missing.length) {
      out.push({ rule: 'pages-emitted', message: `页面 ${page} 缺少 .${missing.join('、.')} / page ${page} is missing .${missing.join(', .')}` });
    }
    const json = path.join(weappDir, `${page}.json`);
    if (existsSync(json)) checkComponents(weappDir, json, seen, out);
  }
  const appJsonFile = path.join(weappDir, 'app.json');
  if (existsSync(appJsonFile)) checkComponents(weappDir, appJsonFile, seen, out);
  return out;
}

/** project.config.json files (source and emitted copy) state libVersion equal to MIN_BASE_LIBRARY. */
export function checkProjectConfig(files, minBaseLibrary = MIN_BASE_LIBRARY) {
  const out = [];
  for (const file of files) {
    const libVersion = existsSync(file) ? readJson(file).libVersion : undefined;
    if (libVersion !== minBaseLibrary) {
      out.push({
        rule: 'base-library',
        message:
          `${file} 的 libVersion 是 ${libVersion ?? '（未填写）'}，应与最低基础库 ${minBaseLibrary} 一致 / ` +
          `libVersion is ${libVersion ?? 'missing'}, not the minimum base library ${minBaseLibrary}`,
      });
    }
  }
  return out;
}

/**
 * All rules on one weapp build. Returns the violations, the sizes for the build's table, and the browser-global
 * references that the allow-list let through (with their reasons).
 */
export function checkWeappBuild(weappDir, { projectConfigs = [path.join(weappDir, 'project.config.json')] } = {}) {
  const appJsonFile = path.join(weappDir, 'app.json');
  if (!existsSync(appJsonFile)) {
    return { violations: [{ rule: 'pages-emitted', message: `${appJsonFile} 不存在 / app.json is missing` }], sizes: null, allowed: [], pages: [] };
  }
  const appJson = readJson(appJsonFile);
  const sizes = measurePackages(weappDir, appJson);
  const globals = checkBrowserGlobals(weappDir);
  const violations = [
    ...checkPackageSizes(sizes),
    ...checkPagesEmitted(weappDir, appJson),
    ...checkAppJson(appJson, MIN_BASE_LIBRARY),
    ...checkProjectConfig(projectConfigs),
    ...globals.violations,
  ];
  return { violations, sizes, allowed: globals.allowed, pages: declaredPages(appJson) };
}
