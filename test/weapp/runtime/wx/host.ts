import type { AppService } from '../logic.js';

/** One call the mini-program made to `wx`, as the runtime recorded it. */
export interface ApiCall {
  api: string;
  /** The page on top of the stack when the call was made. */
  page: string;
  detail: string;
  ok: boolean;
}

export type Callbacks = { success?: (r: unknown) => void; fail?: (r: unknown) => void; complete?: (r: unknown) => void };

/** What the `wx` implementation needs from the runtime around it. */
export interface WxHost {
  logic: AppService;
  /** Where `wxfile://` paths live on this machine. */
  dir: string;
  currentRoute(): string;
  record(api: string, detail: string, ok: boolean): void;
  /** True while a tap is being dispatched (WeChat allows some APIs only from a tap). */
  inTap(): boolean;
  /** The server's address for a URL the build asks for (the build's API origin mapped to the test's server). */
  resolveUrl(url: string): string;
  online(): boolean;
  navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack', options: Record<string, unknown>): Promise<void>;
}


/**
 * WeChat's asynchronous API shape: `success` / `fail` / `complete` callbacks with `errMsg` "name:ok" or "name:fail …",
 * called later (never synchronously), through the logic layer's guard so a throw in a callback reaches App.onError.
 */
export function asyncApi(host: WxHost, name: string, impl: (options: Record<string, unknown>) => Promise<Record<string, unknown>> | Record<string, unknown>, describe?: (o: Record<string, unknown>) => string) {
  return (options: Record<string, unknown> & Callbacks = {}): Promise<unknown> | undefined => {
    const detail = describe ? describe(options) : '';
    // Called without success, fail or complete, an asynchronous API returns a Promise (base library 2.10.2+).
    const promised = options.success === undefined && options.fail === undefined && options.complete === undefined;
    const answer = (async () => {
      let result: Record<string, unknown>;
      let ok = true;
      try {
        result = { ...(await impl(options)), errMsg: `${name}:ok` };
      } catch (error) {
        ok = false;
        result = { errMsg: `${name}:fail ${error instanceof Error ? error.message : String(error)}`, ...(error instanceof WxFailWith ? error.fields : {}) };
      }
      host.record(name, ok ? detail : [detail, `✗ ${String(result.errMsg)}`].filter(Boolean).join(' '), ok);
      await new Promise((r) => setImmediate(r));
      if (promised) return ok ? result : Promise.reject(result);
      host.logic.guard(`wx.${name} ${ok ? 'success' : 'fail'}`, () => (ok ? options.success?.(result) : options.fail?.(result)));
      host.logic.guard(`wx.${name} complete`, () => options.complete?.(result));
      return undefined;
    })();
    return promised ? answer : undefined;
  };
}

export class WxFailWith extends Error {
  constructor(
    message: string,
    readonly fields: Record<string, unknown>,
  ) {
    super(message);
  }
}
