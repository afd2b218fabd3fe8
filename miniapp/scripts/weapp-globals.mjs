// Browser-only globals must not reach the mini-program: WeChat's logic layer runs the code without a DOM, and wraps
// each module so that window, document, localStorage, XMLHttpRequest… are undefined parameters.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { Linter } from 'eslint';

/**
 * Globals that exist in browsers and not in WeChat's logic layer. The same list drives the ESLint rule on the sources
 * (eslint.config.mjs) and the scan of the emitted weapp JS below.
 */
export const BROWSER_ONLY_GLOBALS = [
  'window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'XMLHttpRequest', 'fetch', 'WebSocket',
  'navigator', 'location', 'history', 'screen', 'frames', 'self', 'alert', 'confirm', 'prompt',
  'FormData', 'Blob', 'File', 'FileReader', 'Image', 'DOMParser',
  'addEventListener', 'removeEventListener', 'dispatchEvent',
  'Event', 'CustomEvent', 'MouseEvent', 'KeyboardEvent', 'TouchEvent',
  'HTMLElement', 'Element', 'getComputedStyle', 'matchMedia',
  'IntersectionObserver', 'MutationObserver', 'ResizeObserver',
];

/** Members of globals that WeChat lacks even where Taro provides a stand-in for the global itself. */
export const BROWSER_ONLY_MEMBERS = [
  { object: 'URL', property: 'createObjectURL' },
  { object: 'URL', property: 'revokeObjectURL' },
];

export const browserGlobalMessage = (name) => `微信小程序没有浏览器全局对象 ${name}：请用 Taro API，或把浏览器专用代码放进 *.h5.ts`;

/**
 * The ESLint block for the sources (used by eslint.config.mjs): code that reaches the weapp build may not name these
 * globals. H5-only code lives in *.h5.ts(x) files and in the secretariat's console (src/admin, H5-only in
 * app.config.ts); Jest tests run in jsdom.
 */
export const weappSourceLintConfig = {
  files: ['miniapp/src/**/*.{ts,tsx}'],
  ignores: ['miniapp/src/**/*.h5.{ts,tsx}', 'miniapp/src/admin/**', 'miniapp/src/**/*.test.{ts,tsx}'],
  rules: {
    'no-restricted-globals': ['error', ...BROWSER_ONLY_GLOBALS.map((name) => ({ name, message: browserGlobalMessage(name) }))],
    'no-restricted-properties': [
      'error',
      ...BROWSER_ONLY_MEMBERS.map(({ object, property }) => ({ object, property, message: browserGlobalMessage(`${object}.${property}`) })),
      ...BROWSER_ONLY_GLOBALS.map((property) => ({ object: 'globalThis', property, message: browserGlobalMessage(property) })),
    ],
  },
};

/**
 * Free references in the emitted weapp JS that are known not to run in the mini-program. Each entry matches one
 * reference by its name and a text that must appear within 600 characters of it, and says why it is safe.
 */
export const OUTPUT_ALLOWED = [
  {
    name: 'IntersectionObserver',
    near: 'createIntersectionObserver',
    reason:
      "NutUI's Progress: the browser branch of its lazy mode, taken only when Taro.getEnv() is 'web'; in the " +
      'mini-program it calls Taro.createIntersectionObserver instead (nutui-react-taro progress.js, web()).',
  },
];

const NEAR_DISTANCE = 600;

// Collects, per file, the free references to the listed names and the ranges of `typeof NAME` tests.
function scanRule(names, found) {
  return {
    create(context) {
      const typeofTests = [];
      return {
        'UnaryExpression[operator="typeof"] > Identifier.argument'(node) {
          typeofTests.push({ name: node.name, range: node.parent.range });
        },
        'Program:exit'() {
          for (const ref of context.sourceCode.scopeManager.globalScope.through) {
            const id = ref.identifier;
            if (!names.has(id.name) || isGuarded(id, typeofTests)) continue;
            found.push({ name: id.name, range: id.range, line: id.loc.start.line, column: id.loc.start.column + 1 });
          }
        },
      };
    },
  };
}

const within = (inner, outer) => outer && inner[0] >= outer[0] && inner[1] <= outer[1];

/**
 * A reference is guarded when it is the operand of `typeof`, or sits in a branch of a test that checks `typeof`
 * of the same name: `typeof X !== 'undefined' && X.y`, `typeof X === 'object' ? X : …`, `if (typeof X …) X…`.
 */
function isGuarded(id, typeofTests) {
  const tests = typeofTests.filter((t) => t.name === id.name);
  if (id.parent.type === 'UnaryExpression' && id.parent.operator === 'typeof') return true;
  let child = id;
  for (let node = id.parent; node; child = node, node = node.parent) {
    let test = null;
    if (node.type === 'LogicalExpression' && child === node.right) test = node.left;
    if (['ConditionalExpression', 'IfStatement'].includes(node.type) && child !== node.test) test = node.test;
    if (test && tests.some((t) => within(t.range, test.range))) return true;
  }
  return false;
}

/** The unguarded free references to browser-only globals in one JS source. */
export function findBrowserGlobals(source, names = BROWSER_ONLY_GLOBALS) {
  const found = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(source, {
    plugins: { weapp: { rules: { 'browser-globals': scanRule(new Set(names), found) } } },
    rules: { 'weapp/browser-globals': 'error' },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'script' },
  });
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`cannot parse: ${fatal.message} (line ${fatal.line})`);
  return found.map((ref) => {
    const around = source.slice(Math.max(0, ref.range[0] - NEAR_DISTANCE), ref.range[1] + NEAR_DISTANCE);
    const allowed = OUTPUT_ALLOWED.find((a) => a.name === ref.name && around.includes(a.near));
    const snippet = source.slice(Math.max(0, ref.range[0] - 60), ref.range[1] + 60).replace(/\s+/g, ' ');
    return { ...ref, snippet, allowedBecause: allowed?.reason ?? null };
  });
}

function jsFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsFiles(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

/** Scans every emitted weapp JS file; allowed references are returned apart so that the build can print them. */
export function checkBrowserGlobals(weappDir) {
  const violations = [];
  const allowed = [];
  for (const file of jsFiles(weappDir)) {
    const rel = path.relative(weappDir, file);
    let refs;
    try {
      refs = findBrowserGlobals(readFileSync(file, 'utf8'));
    } catch (e) {
      violations.push({ rule: 'browser-globals', message: `${rel} 无法解析，不能检查浏览器全局对象 / cannot be parsed: ${e.message}` });
      continue;
    }
    for (const ref of refs) {
      const where = `${rel}:${ref.line}:${ref.column}`;
      if (ref.allowedBecause) {
        allowed.push({ where, name: ref.name, reason: ref.allowedBecause });
        continue;
      }
      violations.push({
        rule: 'browser-globals',
        message:
          `${where} 引用了小程序里不存在的浏览器全局对象 ${ref.name}，且没有 typeof 判断 / ` +
          `unguarded reference to the browser-only global ${ref.name}: …${ref.snippet}…`,
      });
    }
  }
  return { violations, allowed };
}
