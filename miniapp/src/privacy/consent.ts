import Taro from '@tarojs/taro';
import { CONSENT_TEXT, type ConsentPurpose } from './guide';

/** The id of the `open-type="agreePrivacyAuthorization"` button: WeChat checks that this button was tapped. */
export const AGREE_BUTTON_ID = 'qt-privacy-agree';
export const PRIVACY_PAGE = '/pages/privacy/index';

type ResolveOption = Taro.onNeedPrivacyAuthorization.ResolveOption;
type Resolve = (option: ResolveOption) => void;

export interface ConsentRequest {
  /** The interface WeChat holds back until the person answers, e.g. "chooseMedia". */
  referrer: string;
  purpose: ConsentPurpose | 'general';
}

export interface ConsentState {
  request: ConsentRequest | null;
  /** The gate that shows the popup: the newest mounted one, i.e. on the page in front. */
  topGate: number | null;
}

const PURPOSE_BY_INTERFACE: Record<string, ConsentPurpose> = {
  chooseMedia: 'photo',
  chooseImage: 'photo',
  chooseMessageFile: 'file',
  setClipboardData: 'clipboard',
  getClipboardData: 'clipboard',
};

const pending: Resolve[] = [];
const gates: number[] = [];
const subscribers = new Set<() => void>();
let state: ConsentState = { request: null, topGate: null };
let exposed = false;
let installed = false;
let nextGateId = 1;

function publish(request: ConsentRequest | null) {
  state = { request, topGate: gates.length > 0 ? gates[gates.length - 1]! : null };
  subscribers.forEach((notify) => notify());
}

/** Base libraries before 2.32.3, and H5, have no privacy interfaces: the pickers then work as they always did. */
export function privacyApiAvailable(): boolean {
  return typeof Taro.onNeedPrivacyAuthorization === 'function';
}

function onNeedPrivacyAuthorization(resolve: Resolve, eventInfo?: { referrer?: string }) {
  // A page without a gate cannot show the popup; refusing at once beats a picker that never answers.
  if (gates.length === 0) {
    resolve({ event: 'disagree' });
    return;
  }
  pending.push(resolve);
  const referrer = eventInfo?.referrer ?? '';
  publish({ referrer, purpose: PURPOSE_BY_INTERFACE[referrer] ?? 'general' });
}

/** Registers WeChat's listener once; WeChat keeps one listener for the whole mini-program. */
function install() {
  if (installed || !privacyApiAvailable()) return;
  installed = true;
  Taro.onNeedPrivacyAuthorization(onNeedPrivacyAuthorization);
}

export function mountGate(): number {
  install();
  const id = nextGateId++;
  gates.push(id);
  publish(state.request);
  return id;
}

export function unmountGate(id: number) {
  const at = gates.indexOf(id);
  if (at >= 0) gates.splice(at, 1);
  if (gates.length === 0 && pending.length > 0) answerConsent(false);
  else publish(state.request);
}

export function subscribeConsent(notify: () => void): () => void {
  subscribers.add(notify);
  return () => subscribers.delete(notify);
}

export function consentState(): ConsentState {
  return state;
}

/** Tells WeChat the popup is on screen (allowed before agree or disagree), once per request. */
export function reportExposure() {
  if (exposed || pending.length === 0) return;
  exposed = true;
  pending.forEach((resolve) => resolve({ event: 'exposureAuthorization' }));
}

/** Agree only from the agree button's agreeprivacyauthorization event: WeChat checks that button was tapped. */
export function answerConsent(agree: boolean) {
  const resolvers = pending.splice(0);
  exposed = false;
  publish(null);
  const option: ResolveOption = agree ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' };
  resolvers.forEach((resolve) => resolve(option));
}

export interface PrivacySetting {
  needAuthorization: boolean;
  contractName: string;
}

/** WeChat's record of this person's consent; null where the base library has no privacy interfaces. */
export function readPrivacySetting(): Promise<PrivacySetting | null> {
  if (typeof Taro.getPrivacySetting !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    Taro.getPrivacySetting({
      success: (res) => resolve({ needAuthorization: res.needAuthorization, contractName: res.privacyContractName }),
      fail: () => resolve(null),
    });
  });
}

/** Asks for consent ahead of any privacy interface (our popup shows if it is still needed); true once given. */
export function requestConsent(): Promise<boolean> {
  if (typeof Taro.requirePrivacyAuthorize !== 'function') return Promise.resolve(true);
  return new Promise((resolve) => {
    Taro.requirePrivacyAuthorize({ success: () => resolve(true), fail: () => resolve(false) });
  });
}

/** WeChat's own page showing the guide filed in the admin console; our privacy page where there is none. */
export function openPrivacyContract() {
  if (typeof Taro.openPrivacyContract === 'function') {
    Taro.openPrivacyContract({ fail: () => void Taro.navigateTo({ url: PRIVACY_PAGE }) });
  } else {
    void Taro.navigateTo({ url: PRIVACY_PAGE });
  }
}

function errMsgOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'errMsg' in error) return String((error as { errMsg: unknown }).errMsg);
  return '';
}

/** The Chinese sentence for a privacy interface that failed because of consent; null for anything else (a cancel). */
export function privacyFailureText(error: unknown, purpose: ConsentPurpose): string | null {
  const message = errMsgOf(error);
  const { action } = CONSENT_TEXT[purpose];
  if (message.includes('privacy permission is not authorized')) return `未同意隐私保护指引，无法${action}；其他功能不受影响`;
  if (message.includes('not declared in the privacy agreement')) return `小程序尚未登记这项信息的用途，暂时无法${action}，请联系活动秘书处`;
  return null;
}

/** For a picker's catch: a toast when consent stopped it, silence when the person just cancelled. */
export function toastPrivacyFailure(error: unknown, purpose: ConsentPurpose): boolean {
  const text = privacyFailureText(error, purpose);
  if (text !== null) void Taro.showToast({ title: text, icon: 'none', duration: 3000 });
  return text !== null;
}
