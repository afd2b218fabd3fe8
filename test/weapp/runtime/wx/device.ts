import { extname } from 'node:path';
import type { LocalFiles } from './files.js';
import { asyncApi, WxFailWith, type WxHost } from './host.js';

/**
 * The phone's side of WeChat: what the person picks, scans and agrees to. A test scripts each answer before the tap
 * that needs it; an answer nobody scripted is a cancel, as when the person closes the picker.
 */
export interface Pick {
  /** A file of this machine to pick (copied into the phone's temp folder). */
  file: string;
  /** The name shown in the chat the file comes from (chooseMessageFile). */
  name?: string;
}

export class Device {
  readonly media: Pick[][] = [];
  readonly messageFiles: Pick[][] = [];
  readonly scans: string[] = [];
  /** wx.login: the code for this login (from the WeChat stand-in). */
  loginCode: (() => string) | undefined;
  subscribeAnswer: 'accept' | 'reject' | 'ban' = 'accept';
  modalAnswers: boolean[] = [];
  clipboard = '';
  readonly toasts: string[] = [];
  readonly modals: Array<{ title: string; content: string }> = [];
  /** The user privacy agreement: not yet agreed on a fresh install. */
  privacy = { needAuthorization: true, contractName: '《工程建设质量信得过班组活动小程序隐私保护指引》', contractOpened: 0 };
  /** Ids of agree buttons (open-type="agreePrivacyAuthorization") the person has tapped. */
  readonly agreeTaps = new Set<string>();
  private needListeners: Array<(resolve: (r: { event: string; buttonId?: string }) => void, info: { referrer: string }) => void> = [];
  readonly privacyAsks: Array<{ referrer: string; answer: string }> = [];

  constructor(
    private readonly host: WxHost,
    private readonly files: LocalFiles,
  ) {}

  apis(): Record<string, unknown> {
    const host = this.host;
    const picked = (queue: Pick[][]) => {
      const next = queue.shift();
      if (!next) throw new Error('cancel');
      return next.map((p) => ({ path: this.files.temp(extname(p.file), p.file), name: p.name ?? p.file.split('/').pop()!, source: p.file }));
    };
    return {
      login: asyncApi(host, 'login', () => {
        if (!this.loginCode) throw new Error('the test has not scripted a wx.login code');
        return { code: this.loginCode() };
      }),
      chooseMedia: this.privacyGuarded('chooseMedia', () => {
        const files = picked(this.media);
        return { type: 'image', tempFiles: files.map((f) => ({ tempFilePath: f.path, size: this.files.read(f.path).length, fileType: 'image', width: 1280, height: 960 })) };
      }, (o) => `count ${String(o.count)} ${JSON.stringify(o.sourceType ?? [])}`),
      chooseMessageFile: this.privacyGuarded('chooseMessageFile', () => {
        const files = picked(this.messageFiles);
        return { tempFiles: files.map((f) => ({ path: f.path, size: this.files.read(f.path).length, name: f.name, type: 'file', time: Math.floor(Date.now() / 1000) })) };
      }, (o) => `${String(o.type)} ${JSON.stringify(o.extension ?? [])}`),
      setClipboardData: this.privacyGuarded('setClipboardData', (o) => ((this.clipboard = String(o.data)), {}), (o) => String(o.data).slice(0, 40)),
      getClipboardData: this.privacyGuarded('getClipboardData', () => ({ data: this.clipboard })),
      scanCode: asyncApi(host, 'scanCode', () => {
        const result = this.scans.shift();
        if (result === undefined) throw new Error('cancel');
        return { result, scanType: 'QR_CODE', charSet: 'UTF-8', rawData: Buffer.from(result).toString('base64') };
      }),
      requestSubscribeMessage: (o: Record<string, unknown>) => {
        // WeChat asks only in answer to a tap: a call from anywhere else fails.
        const tapped = this.host.inTap();
        const ids = (o.tmplIds as string[]) ?? [];
        return asyncApi(host, 'requestSubscribeMessage', () => {
          if (!tapped) throw new WxFailWith('can only be invoked by user TAP gesture.', { errCode: 20004 });
          if (ids.length === 0 || ids.length > 3) throw new WxFailWith('parameter error', { errCode: 10001 });
          return Object.fromEntries(ids.map((id) => [id, this.subscribeAnswer]));
        }, () => `${ids.join(',')} ${tapped ? 'from a tap' : 'NOT from a tap'}`)(o);
      },
      previewImage: asyncApi(host, 'previewImage', () => ({}), (o) => String(o.current ?? '')),
      getPrivacySetting: asyncApi(host, 'getPrivacySetting', () => ({ needAuthorization: this.privacy.needAuthorization, privacyContractName: this.privacy.contractName })),
      onNeedPrivacyAuthorization: (listener: Device['needListeners'][number]) => {
        host.record('onNeedPrivacyAuthorization', '', true);
        this.needListeners.push(listener);
      },
      requirePrivacyAuthorize: (o: Record<string, unknown> = {}) =>
        asyncApi(host, 'requirePrivacyAuthorize', async () => {
          await this.authorize('requirePrivacyAuthorize');
          return {};
        })(o),
      openPrivacyContract: asyncApi(host, 'openPrivacyContract', () => ((this.privacy.contractOpened += 1), {})),
    };
  }

  /** The person tapped a button with open-type="agreePrivacyAuthorization". */
  tappedAgree(buttonId: string): void {
    this.agreeTaps.add(buttonId);
  }

  private privacyGuarded(name: string, impl: (o: Record<string, unknown>) => Record<string, unknown>, describe?: (o: Record<string, unknown>) => string) {
    return (o: Record<string, unknown> = {}) =>
      asyncApi(this.host, name, async () => {
        await this.authorize(name);
        return impl(o);
      }, describe)(o);
  }

  /**
   * WeChat's privacy check before a privacy interface: nothing to do once agreed; otherwise the mini-program's
   * onNeedPrivacyAuthorization listener is told and the call waits for its resolve. `agree` counts only after the
   * named agree button was tapped; `disagree` fails the call.
   */
  private authorize(referrer: string): Promise<void> {
    if (!this.privacy.needAuthorization) return Promise.resolve();
    const listener = this.needListeners[this.needListeners.length - 1];
    if (!listener) {
      this.privacyAsks.push({ referrer, answer: 'no listener: WeChat’s own popup' });
      return Promise.reject(new WxFailWith('privacy permission is not authorized (no onNeedPrivacyAuthorization listener; the test runtime does not draw WeChat’s own popup)', { errno: 104 }));
    }
    return new Promise((resolve, reject) => {
      const ask = { referrer, answer: 'pending' };
      this.privacyAsks.push(ask);
      let settled = false;
      const answer = (r: { event: string; buttonId?: string }) => {
        if (r?.event === 'exposureAuthorization' || settled) return;
        settled = true;
        if (r?.event === 'agree' && r.buttonId && this.agreeTaps.has(r.buttonId)) {
          ask.answer = 'agree';
          this.privacy.needAuthorization = false;
          resolve();
        } else {
          ask.answer = r?.event === 'agree' ? `agree without a tap on button "${String(r.buttonId)}"` : 'disagree';
          reject(new WxFailWith('privacy permission is not authorized', { errno: 104 }));
        }
      };
      this.host.logic.guard('onNeedPrivacyAuthorization', () => listener(answer, { referrer }));
    });
  }
}
