// app.json checked against WeChat's 全局配置 reference
// (developers.weixin.qq.com/miniprogram/dev/reference/configuration/app.html): known keys, their types, and the base
// library each key needs. A key missing from the table is refused until someone looks its version up and adds it.

const isString = (v) => typeof v === 'string';
const isBoolean = (v) => typeof v === 'boolean';
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v) => Array.isArray(v) && v.every(isString);
const isHexColor = (v) => isString(v) && /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/.test(v);
const oneOf = (...values) => (v) => values.includes(v);
const asArray = (v) => (Array.isArray(v) ? v : []);

/** Top-level keys: the type WeChat documents and the minimum base library ('' when the table gives none). */
export const APP_JSON_KEYS = {
  entryPagePath: { type: 'string', check: isString, since: '' },
  pages: { type: 'string[]', check: isStringArray, since: '' },
  window: { type: 'object', check: isObject, since: '' },
  tabBar: { type: 'object', check: isObject, since: '' },
  networkTimeout: { type: 'object', check: isObject, since: '' },
  debug: { type: 'boolean', check: isBoolean, since: '' },
  functionalPages: { type: 'boolean', check: (v) => isBoolean(v) || isObject(v), since: '2.1.0' },
  subpackages: { type: 'object[]', check: Array.isArray, since: '1.7.3' },
  subPackages: { type: 'object[]', check: Array.isArray, since: '1.7.3' },
  workers: { type: 'string', check: (v) => isString(v) || isObject(v), since: '1.9.90' },
  requiredBackgroundModes: { type: 'string[]', check: isStringArray, since: '' },
  requiredPrivateInfos: { type: 'string[]', check: isStringArray, since: '' },
  plugins: { type: 'object', check: isObject, since: '1.9.6' },
  preloadRule: { type: 'object', check: isObject, since: '2.3.0' },
  resizable: { type: 'boolean', check: isBoolean, since: '2.3.0' },
  usingComponents: { type: 'object', check: isObject, since: '' },
  permission: { type: 'object', check: isObject, since: '' },
  sitemapLocation: { type: 'string', check: isString, since: '' },
  style: { type: 'string', check: isString, since: '2.8.0' },
  useExtendedLib: { type: 'object', check: isObject, since: '2.2.1' },
  entranceDeclare: { type: 'object', check: isObject, since: '' },
  darkmode: { type: 'boolean', check: isBoolean, since: '2.11.0' },
  themeLocation: { type: 'string', check: isString, since: '' },
  lazyCodeLoading: { type: 'string', check: isString, since: '2.11.1' },
  singlePage: { type: 'object', check: isObject, since: '2.12.0' },
  supportedMaterials: { type: 'object[]', check: Array.isArray, since: '2.14.3' },
  serviceProviderTicket: { type: 'string', check: isString, since: '' },
  embeddedAppIdList: { type: 'string[]', check: isStringArray, since: '2.20.1' },
  renderer: { type: 'string', check: oneOf('webview', 'skyline'), since: '3.0.0' },
  __usePrivacyCheck__: { type: 'boolean', check: isBoolean, since: '2.32.3' },
};

/** window keys: type check and minimum base library (the page-level 页面配置 table). */
export const WINDOW_KEYS = {
  navigationBarBackgroundColor: { check: isHexColor, since: '' },
  navigationBarTextStyle: { check: oneOf('black', 'white'), since: '' },
  navigationBarTitleText: { check: isString, since: '' },
  navigationStyle: { check: oneOf('default', 'custom'), since: '' },
  backgroundColor: { check: isHexColor, since: '' },
  backgroundTextStyle: { check: oneOf('dark', 'light'), since: '' },
  backgroundColorTop: { check: isHexColor, since: '' },
  backgroundColorBottom: { check: isHexColor, since: '' },
  enablePullDownRefresh: { check: isBoolean, since: '' },
  onReachBottomDistance: { check: (v) => typeof v === 'number', since: '' },
  pageOrientation: { check: oneOf('portrait', 'auto', 'landscape'), since: '2.4.0' },
  restartStrategy: { check: oneOf('homePage', 'homePageAndLatestPage'), since: '2.8.0' },
  initialRenderingCache: { check: oneOf('static', 'dynamic'), since: '2.11.1' },
  visualEffectInBackground: { check: oneOf('hidden', 'none'), since: '2.19.2' },
};

const TAB_BAR_KEYS = ['color', 'selectedColor', 'backgroundColor', 'borderStyle', 'list', 'position', 'custom'];
const TAB_ITEM_KEYS = ['pagePath', 'text', 'iconPath', 'selectedIconPath'];

/** Compares dotted versions numerically: '2.32.3' > '2.9.0'. */
export function compareVersions(a, b) {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

const violation = (zh, en) => ({ rule: 'app-json', message: `${zh} / ${en}` });

function checkVersion(key, since, minBaseLibrary) {
  if (!since || compareVersions(since, minBaseLibrary) <= 0) return [];
  return [violation(`app.json 的 ${key} 需要基础库 ${since}，高于我们声明的最低基础库 ${minBaseLibrary}`, `app.json ${key} needs base library ${since}, above our minimum ${minBaseLibrary}`)];
}

function checkWindow(win, minBaseLibrary) {
  const out = [];
  for (const [key, value] of Object.entries(win)) {
    const spec = WINDOW_KEYS[key];
    if (!spec) {
      out.push(violation(`app.json window.${key} 不在已核对的配置项表里`, `app.json window.${key} is not a known window setting`));
      continue;
    }
    if (!spec.check(value)) out.push(violation(`app.json window.${key} 的值 ${JSON.stringify(value)} 不合法`, `app.json window.${key} has an invalid value`));
    out.push(...checkVersion(`window.${key}`, spec.since, minBaseLibrary));
  }
  return out;
}

function checkTabBar(tabBar, mainPages) {
  const out = [];
  for (const key of Object.keys(tabBar)) {
    if (!TAB_BAR_KEYS.includes(key)) out.push(violation(`app.json tabBar.${key} 不是 tabBar 的配置项`, `app.json tabBar.${key} is not a tabBar setting`));
  }
  for (const key of ['color', 'selectedColor', 'backgroundColor']) {
    if (!isHexColor(tabBar[key])) out.push(violation(`app.json tabBar.${key} 必须是十六进制颜色（如 #1f4e8c）`, `app.json tabBar.${key} must be a hex colour`));
  }
  if (tabBar.borderStyle !== undefined && !oneOf('black', 'white')(tabBar.borderStyle)) {
    out.push(violation('app.json tabBar.borderStyle 只能是 black 或 white', 'app.json tabBar.borderStyle must be black or white'));
  }
  const list = Array.isArray(tabBar.list) ? tabBar.list : [];
  if (list.length < 2 || list.length > 5) {
    out.push(violation(`app.json tabBar.list 有 ${list.length} 项，微信要求 2 到 5 项`, `app.json tabBar.list has ${list.length} items; WeChat needs 2 to 5`));
  }
  for (const item of list) {
    const extra = Object.keys(item).filter((k) => !TAB_ITEM_KEYS.includes(k));
    if (extra.length) out.push(violation(`tabBar 项 ${item.pagePath} 有未知字段 ${extra.join('、')}`, `tabBar item ${item.pagePath} has unknown keys ${extra.join(', ')}`));
    if (!isString(item.text) || !item.text) out.push(violation(`tabBar 项 ${item.pagePath} 缺少 text`, `tabBar item ${item.pagePath} has no text`));
    if (!mainPages.includes(item.pagePath)) {
      out.push(violation(`tabBar 页面 ${item.pagePath} 不在主包的 pages 里（tabBar 页面必须在主包内）`, `tabBar page ${item.pagePath} is not in the main package's pages`));
    }
  }
  return out;
}

function checkSubPackages(subPackages) {
  const out = [];
  const roots = [];
  for (const sub of subPackages) {
    if (!isObject(sub) || !isString(sub.root) || !sub.root) {
      out.push(violation('app.json 分包缺少 root', 'app.json subpackage without root'));
      continue;
    }
    if (!isStringArray(sub.pages) || sub.pages.length === 0) {
      out.push(violation(`分包 ${sub.root} 的 pages 必须是非空字符串数组`, `subpackage ${sub.root} needs a non-empty string array of pages`));
    }
    const extra = Object.keys(sub).filter((k) => !['root', 'name', 'pages', 'independent', 'plugins', 'entry'].includes(k));
    if (extra.length) out.push(violation(`分包 ${sub.root} 有未知字段 ${extra.join('、')}`, `subpackage ${sub.root} has unknown keys ${extra.join(', ')}`));
    roots.push(sub.root.replace(/\/+$/, ''));
  }
  for (const a of roots) {
    for (const b of roots) {
      if (a !== b && b.startsWith(`${a}/`)) out.push(violation(`分包 ${b} 位于分包 ${a} 之内，微信不允许`, `subpackage ${b} lies inside subpackage ${a}`));
    }
  }
  return out;
}

/** Every page app.json declares, main package first, with subpackage pages prefixed by their root. */
export function declaredPages(appJson) {
  const subs = [...asArray(appJson.subPackages), ...asArray(appJson.subpackages)];
  const main = isStringArray(appJson.pages) ? appJson.pages : [];
  const valid = subs.filter((s) => isObject(s) && isString(s.root) && isStringArray(s.pages));
  return [...main, ...valid.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/+$/, '')}/${p}`))];
}

/** app.json's keys, their types and versions, pages, tabBar and subpackages. */
export function checkAppJson(appJson, minBaseLibrary) {
  const out = [];
  for (const [key, value] of Object.entries(appJson)) {
    const spec = APP_JSON_KEYS[key];
    if (!spec) {
      out.push(violation(`app.json 的 ${key} 不在已核对最低基础库的配置项表里`, `app.json key ${key} is not in the table of checked keys`));
      continue;
    }
    if (!spec.check(value)) out.push(violation(`app.json 的 ${key} 应为 ${spec.type}`, `app.json ${key} must be ${spec.type}`));
    out.push(...checkVersion(key, spec.since, minBaseLibrary));
  }
  if (appJson.subPackages && appJson.subpackages) {
    out.push(violation('app.json 同时写了 subPackages 和 subpackages', 'app.json has both subPackages and subpackages'));
  }
  if (!isStringArray(appJson.pages) || appJson.pages.length === 0) {
    out.push(violation('app.json 的 pages 必须是非空字符串数组', 'app.json pages must be a non-empty string array'));
  }
  const pages = declaredPages(appJson);
  for (const page of new Set(pages.filter((p, i) => pages.indexOf(p) !== i))) {
    out.push(violation(`页面 ${page} 声明了不止一次`, `page ${page} is declared more than once`));
  }
  for (const page of pages.filter((p) => p.startsWith('/') || /\.(js|json|wxml|wxss)$/.test(p))) {
    out.push(violation(`页面路径 ${page} 不能以 / 开头或带扩展名`, `page path ${page} must not start with / or carry an extension`));
  }
  if (isObject(appJson.window)) out.push(...checkWindow(appJson.window, minBaseLibrary));
  if (isObject(appJson.tabBar)) out.push(...checkTabBar(appJson.tabBar, isStringArray(appJson.pages) ? appJson.pages : []));
  out.push(...checkSubPackages([...asArray(appJson.subPackages), ...asArray(appJson.subpackages)]));
  return out;
}
