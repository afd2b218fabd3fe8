import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import vm from 'node:vm';

/**
 * The logic layer (WeChat's "app service"): one JavaScript context shared by every file of the mini-program, with no
 * DOM. Each file runs once in its own function scope with WeChat's `require`, `module` and `exports`; the browser's
 * globals are passed as undefined parameters, as the base library does, so `window.x` throws here as on a phone.
 */
export type Handler = (this: unknown, ...args: unknown[]) => unknown;
export type Definition = Record<string, unknown> & { data?: Record<string, unknown>; methods?: Record<string, Handler>; properties?: Record<string, unknown> };

export interface LogicError {
  where: string;
  message: string;
}

const BROWSER_ONLY = ['window', 'document', 'frames', 'self', 'location', 'navigator', 'localStorage', 'history', 'Caches', 'screen', 'alert', 'confirm', 'prompt', 'XMLHttpRequest', 'WebSocket', 'webkit', 'WeixinJSCore'];

export interface LogicGlobals {
  wx: Record<string, unknown>;
  getCurrentPages: () => unknown[];
}

export class AppService {
  readonly errors: LogicError[] = [];
  readonly consoleErrors: string[] = [];
  readonly pages = new Map<string, Definition>();
  readonly components = new Map<string, Definition>();
  app: Definition | undefined;
  appInstance: Definition | undefined;
  private readonly context: vm.Context;
  private readonly modules = new Map<string, { exports: unknown }>();
  private loading: string[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly root: string,
    globals: LogicGlobals,
  ) {
    const record = (level: string) => (...args: unknown[]) => {
      const text = args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : typeof a === 'string' ? a : safeJson(a))).join(' ');
      if (level === 'error') this.consoleErrors.push(text);
      if (process.env.WEAPP_LOG) process.stdout.write(`[weapp ${level}] ${text}\n`);
    };
    const sandbox: Record<string, unknown> = {
      wx: globals.wx,
      console: { log: record('log'), info: record('info'), debug: record('debug'), warn: record('warn'), error: record('error') },
      setTimeout: (fn: Handler, ms?: number, ...args: unknown[]) => this.timer(setTimeout, fn, ms, args),
      setInterval: (fn: Handler, ms?: number, ...args: unknown[]) => this.timer(setInterval, fn, ms, args),
      clearTimeout: (t: NodeJS.Timeout) => (this.timers.delete(t), clearTimeout(t)),
      clearInterval: (t: NodeJS.Timeout) => (this.timers.delete(t), clearInterval(t)),
      App: (definition: Definition) => {
        this.app = definition;
        this.appInstance = definition;
      },
      Page: (definition: Definition) => this.pages.set(this.current('Page'), definition),
      Component: (definition: Definition) => this.components.set(this.current('Component'), definition),
      Behavior: (definition: Definition) => definition,
      getApp: () => this.appInstance,
      getCurrentPages: globals.getCurrentPages,
      requirePlugin: (name: string) => {
        throw new Error(`requirePlugin(${name}): 本小程序不使用插件`);
      },
      __wxConfig: { envVersion: 'develop', platform: 'android' },
    };
    this.context = vm.createContext(sandbox, { name: 'weapp app-service' });
  }

  /** Loads a file of the build (path relative to its root, with or without .js) once, as WeChat's require does. */
  require(file: string): unknown {
    const path = normalize(file.endsWith('.js') ? file : `${file}.js`).replace(/^\/+/, '');
    const known = this.modules.get(path);
    if (known) return known.exports;
    const module = { exports: {} as unknown };
    this.modules.set(path, module);
    const code = readFileSync(join(this.root, path), 'utf8');
    const factory = vm.runInContext(`(function (require, module, exports, ${BROWSER_ONLY.join(', ')}) {${code}\n})`, this.context, { filename: path }) as Handler;
    this.loading.push(path.replace(/\.js$/, ''));
    try {
      factory.call(module.exports, (p: string) => this.require(p.startsWith('/') ? p : join(dirname(path), p)), module, module.exports);
    } finally {
      this.loading.pop();
    }
    return module.exports;
  }

  /** Runs a call into the mini-program's code as the base library does: a throw is reported to App.onError, not raised. */
  guard<T>(where: string, fn: () => T): T | undefined {
    try {
      const result = fn();
      const maybe = result as unknown as Promise<unknown> | undefined;
      if (maybe && typeof maybe.then === 'function') maybe.then(undefined, (error: unknown) => this.report(where, error));
      return result;
    } catch (error) {
      this.report(where, error);
      return undefined;
    }
  }

  report(where: string, error: unknown): void {
    const message = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    this.errors.push({ where, message });
    if (process.env.WEAPP_LOG) process.stdout.write(`[weapp error] ${where}: ${message}\n`);
    const onError = this.app?.onError as Handler | undefined;
    if (onError && where !== 'App.onError') {
      try {
        onError.call(this.appInstance, message);
      } catch {
        // App.onError itself failed: already recorded above.
      }
    }
  }

  /** Stops every timer the mini-program started (the page is gone; the test is over). */
  stopTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }

  private timer(kind: typeof setTimeout | typeof setInterval, fn: Handler, ms: number | undefined, args: unknown[]): NodeJS.Timeout {
    const handle: NodeJS.Timeout = (kind as typeof setTimeout)(() => {
      if (kind === setTimeout) this.timers.delete(handle);
      this.guard('timer', () => (typeof fn === 'function' ? fn(...args) : undefined));
    }, ms);
    this.timers.add(handle);
    return handle;
  }

  private current(constructor: string): string {
    const path = this.loading[this.loading.length - 1];
    if (!path) throw new Error(`${constructor}() 只能在文件加载时调用`);
    return path;
  }
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
