import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Device } from './device.js';
import { LocalFiles } from './files.js';
import { asyncApi, type WxHost } from './host.js';
import { Network } from './network.js';

/**
 * The `wx` object of the logic layer. Every name WeChat's own typings (`miniprogram-api-typings`) declare is present,
 * as on a phone; the ones the runtime implements behave as WeChat documents them, and any other one, if called,
 * fails with "not supported by the test runtime" and is listed, so a test sees the build reach for it.
 */
export interface Wx {
  object: Record<string, unknown>;
  device: Device;
  network: Network;
  files: LocalFiles;
  storage: Map<string, unknown>;
  unsupported: string[];
}

function declaredApiNames(): string[] {
  const typings = createRequire(import.meta.url).resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts');
  const body = readFileSync(typings, 'utf8').split('interface Wx {')[1] ?? '';
  return [...new Set(body.match(/^ {8}[a-zA-Z]+(?=[<(])/gm)?.map((s) => s.trim()) ?? [])];
}

export const SYSTEM = {
  brand: 'HUAWEI', model: 'Mate 60', pixelRatio: 3, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 724,
  statusBarHeight: 32, language: 'zh_CN', version: '8.0.54', system: 'Android 14', platform: 'android', SDKVersion: '3.7.12',
  safeArea: { left: 0, right: 375, top: 32, bottom: 812, width: 375, height: 780 }, theme: 'light', fontSizeSetting: 16,
};

export function createWx(host: WxHost): Wx {
  const files = new LocalFiles(host.dir);
  const device = new Device(host, files);
  const network = new Network(host, files);
  const storage = new Map<string, unknown>();
  const unsupported: string[] = [];
  const object: Record<string, unknown> = {};
  for (const name of declaredApiNames()) {
    object[name] = (o: Record<string, unknown> = {}) => {
      unsupported.push(name);
      return asyncApi(host, name, () => {
        throw new Error('not supported by the test runtime');
      })(o);
    };
  }
  const sync = <T>(name: string, fn: (...a: never[]) => T, describe?: (...a: never[]) => string) =>
    (...args: never[]) => {
      host.record(name, describe ? describe(...args) : '', true);
      return fn(...args);
    };
  const stored = (key: string) => (storage.has(key) ? structuredClone(storage.get(key)) : '');
  const toast = (o: Record<string, unknown>) => (device.toasts.push(String(o.title ?? '')), {});
  Object.assign(object, files.apis(host), device.apis(), network.apis(), {
    // Storage: values are kept as WeChat keeps them (a copy, not the object).
    getStorageSync: (key: string) => stored(key),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, structuredClone(value)),
    removeStorageSync: (key: string) => void storage.delete(key),
    clearStorageSync: () => storage.clear(),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 1, limitSize: 10240 }),
    getStorage: asyncApi(host, 'getStorage', (o) => {
      if (!storage.has(String(o.key))) throw new Error('data not found');
      return { data: stored(String(o.key)) };
    }),
    setStorage: asyncApi(host, 'setStorage', (o) => (storage.set(String(o.key), structuredClone(o.data)), {})),
    removeStorage: asyncApi(host, 'removeStorage', (o) => (storage.delete(String(o.key)), {})),
    // The device and the base library.
    getSystemInfoSync: () => ({ ...SYSTEM }),
    getSystemInfo: asyncApi(host, 'getSystemInfo', () => ({ ...SYSTEM })),
    getWindowInfo: () => ({ pixelRatio: SYSTEM.pixelRatio, screenWidth: 375, screenHeight: 812, windowWidth: 375, windowHeight: 724, statusBarHeight: 32, safeArea: SYSTEM.safeArea, screenTop: 0 }),
    getDeviceInfo: () => ({ brand: SYSTEM.brand, model: SYSTEM.model, system: SYSTEM.system, platform: 'android', benchmarkLevel: 30 }),
    getAppBaseInfo: () => ({ SDKVersion: SYSTEM.SDKVersion, language: 'zh_CN', version: SYSTEM.version, theme: 'light', enableDebug: false, host: { env: 'WeChat' } }),
    getSystemSetting: () => ({ bluetoothEnabled: false, locationEnabled: false, wifiEnabled: true, deviceOrientation: 'portrait' }),
    getAppAuthorizeSetting: () => ({ albumAuthorized: 'authorized', cameraAuthorized: 'authorized', notificationAuthorized: 'authorized' }),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 36, right: 365, bottom: 68, left: 278 }),
    getAccountInfoSync: () => ({ miniProgram: { appId: 'wx-standin-appid', envVersion: 'develop', version: '' } }),
    getLaunchOptionsSync: () => ({ path: 'pages/index/index', scene: 1001, query: {}, referrerInfo: {} }),
    getEnterOptionsSync: () => ({ path: 'pages/index/index', scene: 1001, query: {}, referrerInfo: {} }),
    canIUse: (what: string) => typeof object[String(what).split('.')[0]!] === 'function',
    nextTick: (fn: () => void) => queueMicrotask(() => host.logic.guard('wx.nextTick', fn)),
    onAppShow: () => undefined, onAppHide: () => undefined, offAppShow: () => undefined, offAppHide: () => undefined,
    onError: () => undefined, onUnhandledRejection: () => undefined, onPageNotFound: () => undefined, onThemeChange: () => undefined,
    onMemoryWarning: () => undefined, onWindowResize: () => undefined, offWindowResize: () => undefined,
    getUpdateManager: () => ({ onCheckForUpdate: () => undefined, onUpdateReady: () => undefined, onUpdateFailed: () => undefined, applyUpdate: () => undefined }),
    reportAnalytics: sync('reportAnalytics', () => undefined),
    reportEvent: sync('reportEvent', () => undefined),
    // What the person sees: recorded; a modal's answer is scripted (default: confirm).
    showToast: asyncApi(host, 'showToast', toast, (o) => String(o.title ?? '')),
    hideToast: asyncApi(host, 'hideToast', () => ({})),
    showLoading: asyncApi(host, 'showLoading', () => ({}), (o) => String(o.title ?? '')),
    hideLoading: asyncApi(host, 'hideLoading', () => ({})),
    showModal: asyncApi(host, 'showModal', (o) => {
      device.modals.push({ title: String(o.title ?? ''), content: String(o.content ?? '') });
      const confirm = device.modalAnswers.shift() ?? true;
      return { confirm, cancel: !confirm, content: o.editable ? '' : undefined };
    }, (o) => `${String(o.title ?? '')}｜${String(o.content ?? '')}`),
    showActionSheet: asyncApi(host, 'showActionSheet', () => ({ tapIndex: 0 })),
    setNavigationBarTitle: asyncApi(host, 'setNavigationBarTitle', () => ({}), (o) => String(o.title)),
    setNavigationBarColor: asyncApi(host, 'setNavigationBarColor', () => ({})),
    showNavigationBarLoading: () => undefined, hideNavigationBarLoading: () => undefined,
    startPullDownRefresh: asyncApi(host, 'startPullDownRefresh', () => ({})),
    stopPullDownRefresh: asyncApi(host, 'stopPullDownRefresh', () => ({})),
    pageScrollTo: asyncApi(host, 'pageScrollTo', () => ({})),
    setBackgroundColor: asyncApi(host, 'setBackgroundColor', () => ({})),
    setBackgroundTextStyle: asyncApi(host, 'setBackgroundTextStyle', () => ({})),
    hideHomeButton: asyncApi(host, 'hideHomeButton', () => ({})),
    vibrateShort: asyncApi(host, 'vibrateShort', () => ({})),
    createSelectorQuery: () => selectorQuery(),
    createIntersectionObserver: () => ({ relativeTo: function () { return this; }, relativeToViewport: function () { return this; }, observe: () => undefined, disconnect: () => undefined }),
    // The page stack, kept by the runtime.
    navigateTo: (o: Record<string, unknown>) => asyncApi(host, 'navigateTo', async () => (await host.navigate('navigateTo', o), {}), (x) => String(x.url))(o),
    redirectTo: (o: Record<string, unknown>) => asyncApi(host, 'redirectTo', async () => (await host.navigate('redirectTo', o), {}), (x) => String(x.url))(o),
    switchTab: (o: Record<string, unknown>) => asyncApi(host, 'switchTab', async () => (await host.navigate('switchTab', o), {}), (x) => String(x.url))(o),
    reLaunch: (o: Record<string, unknown>) => asyncApi(host, 'reLaunch', async () => (await host.navigate('reLaunch', o), {}), (x) => String(x.url))(o),
    navigateBack: (o: Record<string, unknown> = {}) => asyncApi(host, 'navigateBack', async () => (await host.navigate('navigateBack', o), {}), (x) => `delta ${String(x.delta ?? 1)}`)(o),
  });
  return { object, device, network, files, storage, unsupported };
}

/** A selector query answers with empty boxes: the runtime draws no layout (pages must not depend on measured sizes to work). */
function selectorQuery() {
  const pending: Array<(r: unknown) => void> = [];
  const results: unknown[] = [];
  const node = {
    boundingClientRect: (cb?: (r: unknown) => void) => (results.push({ width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 }), cb && pending.push(cb), query),
    scrollOffset: (cb?: (r: unknown) => void) => (results.push({ scrollTop: 0, scrollLeft: 0 }), cb && pending.push(cb), query),
    fields: (_f: unknown, cb?: (r: unknown) => void) => (results.push({}), cb && pending.push(cb), query),
    node: (cb?: (r: unknown) => void) => (results.push({ node: null }), cb && pending.push(cb), query),
    context: (cb?: (r: unknown) => void) => (results.push({}), cb && pending.push(cb), query),
  };
  const query = {
    in: () => query,
    select: () => node,
    selectAll: () => node,
    selectViewport: () => node,
    exec: (cb?: (r: unknown[]) => void) => setImmediate(() => {
      pending.forEach((fn, i) => fn(results[i]));
      cb?.(results);
    }),
  };
  return query;
}
