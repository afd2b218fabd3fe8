// A stand-in for @tarojs/taro under Jest + jsdom: just enough of the API our pages and NutUI call.
import { useEffect } from 'react';

type Callback = (...args: unknown[]) => void;

export const ENV_TYPE = {
  WEAPP: 'WEAPP',
  WEB: 'WEB',
  RN: 'RN',
  SWAN: 'SWAN',
  ALIPAY: 'ALIPAY',
  TT: 'TT',
  QQ: 'QQ',
  JD: 'JD',
  HARMONY: 'HARMONY',
} as const;

const storage = new Map<string, unknown>();

export interface RequestOption {
  url: string;
  method?: string;
  data?: unknown;
  header?: Record<string, string>;
}

export interface RequestResult {
  statusCode: number;
  data: unknown;
  header?: Record<string, string>;
}

function selectorQuery() {
  const rect = { width: 0, height: 0, top: 0, left: 0, right: 0, bottom: 0 };
  const query = {
    select: () => query,
    selectAll: () => query,
    selectViewport: () => query,
    boundingClientRect: () => query,
    scrollOffset: () => query,
    fields: () => query,
    in: () => query,
    exec: (cb?: (result: unknown[]) => void) => {
      cb?.([rect]);
      return query;
    },
  };
  return query;
}

const listeners = new Map<string, Set<Callback>>();

// WeChat's privacy interfaces (base library ≥ 2.32.3): the one listener the app registers, kept so a test can play
// WeChat holding a privacy interface back (needPrivacyAuthorization) and see how the app answered.
export interface PrivacyResolveOption {
  event: 'exposureAuthorization' | 'agree' | 'disagree';
  buttonId?: string;
}
type PrivacyListener = (resolve: (option: PrivacyResolveOption) => void, eventInfo: { referrer: string }) => void;
let privacyListener: PrivacyListener | null = null;

/** What WeChat does when `referrer` needs consent: calls the listener and settles on its final answer. */
export function needPrivacyAuthorization(referrer: string): { answer: Promise<PrivacyResolveOption>; calls: PrivacyResolveOption[] } {
  const calls: PrivacyResolveOption[] = [];
  const answer = new Promise<PrivacyResolveOption>((settle, reject) => {
    if (!privacyListener) {
      reject(new Error('no onNeedPrivacyAuthorization listener registered'));
      return;
    }
    privacyListener((option) => {
      calls.push(option);
      if (option.event !== 'exposureAuthorization') settle(option);
    }, { referrer });
  });
  return { answer, calls };
}

type PickerCallbacks<T> = { success?: (res: T) => void; fail?: (res: { errMsg: string }) => void };

const Taro = {
  ENV_TYPE,
  getEnv: () => ENV_TYPE.WEB,
  // Tests replace this with jest.spyOn(Taro, 'request'); by default there is no network.
  request: (_option: RequestOption): Promise<RequestResult> => Promise.reject(new Error('request:fail no network in tests')),
  getStorageSync: (key: string): unknown => (storage.has(key) ? storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    storage.set(key, value);
  },
  removeStorageSync: (key: string) => {
    storage.delete(key);
  },
  clearStorageSync: () => storage.clear(),
  // Tests replace this with jest.spyOn(Taro, 'uploadFile').
  uploadFile: (_option: { url: string; filePath: string; name: string; formData?: Record<string, string>; header?: Record<string, string> }) =>
    Object.assign(Promise.reject(new Error('uploadFile:fail no network in tests')), { onProgressUpdate: () => undefined }),
  getNetworkType: () => Promise.resolve({ networkType: 'wifi' }),
  onNetworkStatusChange: (_cb: (res: { isConnected: boolean }) => void) => undefined,
  navigateTo: (_o: { url: string }) => Promise.resolve(),
  switchTab: (_o: { url: string }) => Promise.resolve(),
  stopPullDownRefresh: () => undefined,
  setClipboardData: (_o: unknown) => Promise.resolve(),
  // Tests replace the pickers with jest.spyOn; by default nothing is picked.
  chooseMedia: (_o: unknown): Promise<{ tempFiles: Array<{ tempFilePath: string; size: number }> }> =>
    Promise.reject({ errMsg: 'chooseMedia:fail cancel' }),
  chooseMessageFile: (_o: unknown): Promise<{ tempFiles: Array<{ path: string; name: string; size: number }> }> =>
    Promise.reject({ errMsg: 'chooseMessageFile:fail cancel' }),
  previewImage: (_o: unknown) => Promise.resolve(),
  onNeedPrivacyAuthorization: (listener: PrivacyListener) => {
    privacyListener = listener;
  },
  getPrivacySetting: (o: PickerCallbacks<{ needAuthorization: boolean; privacyContractName: string; errMsg: string }>) =>
    o.success?.({ needAuthorization: true, privacyContractName: '《质量信得过班组小程序隐私保护指引》', errMsg: 'getPrivacySetting:ok' }),
  requirePrivacyAuthorize: (o: PickerCallbacks<{ errMsg: string }>) => {
    needPrivacyAuthorization('requirePrivacyAuthorize').answer.then(
      (option) =>
        option.event === 'agree'
          ? o.success?.({ errMsg: 'requirePrivacyAuthorize:ok' })
          : o.fail?.({ errMsg: 'requirePrivacyAuthorize:fail privacy permission is not authorized' }),
      () => o.fail?.({ errMsg: 'requirePrivacyAuthorize:fail' }),
    );
  },
  openPrivacyContract: (_o?: PickerCallbacks<{ errMsg: string }>) => undefined,
  redirectTo: (_o: { url: string }) => Promise.resolve(),
  reLaunch: (_o: { url: string }) => Promise.resolve(),
  navigateBack: () => Promise.resolve(),
  showToast: (_o: unknown) => Promise.resolve(),
  getCurrentPages: (): Array<{ route?: string }> => [],
  createSelectorQuery: selectorQuery,
  nextTick: (cb: () => void) => setTimeout(cb, 0),
  pxTransform: (value: number) => `${value}px`,
  getSystemInfoSync: () => ({ windowWidth: 375, windowHeight: 667, screenWidth: 375, pixelRatio: 2, platform: 'devtools' }),
  getWindowInfo: () => ({ windowWidth: 375, windowHeight: 667, screenWidth: 375, pixelRatio: 2 }),
  getDeviceInfo: () => ({ platform: 'devtools' }),
  getAppBaseInfo: () => ({ theme: 'light' }),
  getCurrentInstance: () => ({ router: { params: {}, path: '' }, page: {} }),
  eventCenter: {
    on: (name: string, cb: Callback) => {
      if (!listeners.has(name)) listeners.set(name, new Set());
      listeners.get(name)!.add(cb);
    },
    off: (name: string, cb?: Callback) => {
      if (cb) listeners.get(name)?.delete(cb);
      else listeners.delete(name);
    },
    trigger: (name: string, ...args: unknown[]) => listeners.get(name)?.forEach((cb) => cb(...args)),
  },
};

// Page lifecycle hooks: a page is "shown" once, when it mounts.
export function useDidShow(cb: () => void) {
  useEffect(() => {
    cb();
  }, []);
}
export const useLoad = useDidShow;
export const useReady = useDidShow;
export function useDidHide(_cb: () => void) {}
export function useUnload(_cb: () => void) {}
export function usePullDownRefresh(_cb: () => void) {}
export function useShareAppMessage(_cb: () => unknown) {}
export function useRouter() {
  return Taro.getCurrentInstance().router;
}

export const getEnv = () => Taro.getEnv();
export const createSelectorQuery = () => Taro.createSelectorQuery();
export const nextTick = (cb: () => void) => Taro.nextTick(cb);
export const eventCenter = Taro.eventCenter;
export const getCurrentInstance = () => Taro.getCurrentInstance();
export const pxTransform = (value: number) => Taro.pxTransform(value);

export default Taro;
