import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize } from 'node:path';
import { applyDataPath, wire } from './data-path.js';
import { openDomEnv, type DomEnv } from './dom-env.js';
import { AppService, type Definition, type Handler } from './logic.js';
import { Interaction } from './interaction.js';
import { parsePageUrl } from './page-url.js';
import { type ComponentSpec, type JNode, type LogicSide, ViewLayer, type WireEvent } from './view.js';
import { createWx, type Wx } from './wx/index.js';
import type { ApiCall, WxHost } from './wx/host.js';

export const WEAPP_BUILD = join(import.meta.dirname, '..', '..', '..', 'miniapp', 'dist', 'weapp');

export interface LaunchOptions {
  /** The test's server, e.g. http://127.0.0.1:41234 — the build's API origin is sent there. */
  server: string;
  build?: string;
  /** The origin the weapp build was compiled to call (TARO_APP_API_BASE). */
  buildOrigin?: string;
  /** The page the mini-program opens on (default: the first page of app.json). */
  path?: string;
}

interface AppJson {
  pages: string[];
  subPackages?: Array<{ root: string; pages: string[] }>;
  tabBar?: { list: Array<{ pagePath: string; text: string }> };
  window?: { navigationBarTitleText?: string };
}

export interface PageInstance {
  route: string;
  options: Record<string, string>;
  logic: Definition & { data: Record<string, unknown> };
  view: JNode;
  title: string;
}

const MAX_STACK = 10;

/**
 * A WeChat mini-program, headless: the weapp build's JavaScript in a logic layer, its WXML compiled by WeChat's `wcc`
 * and drawn by exparser in a view layer, `wx` answered by a real server and a scripted phone, and the page stack and
 * tab bar kept as the base library keeps them. Tests drive it with taps and typing (see Interaction).
 */
export class MiniProgram implements WxHost {
  readonly calls: ApiCall[] = [];
  readonly stack: PageInstance[] = [];
  readonly appJson: AppJson;
  readonly logic: AppService;
  readonly view: ViewLayer;
  readonly wx: Wx;
  readonly dir: string;
  readonly ui: Interaction;
  private readonly env: DomEnv;
  private readonly tabPages = new Map<string, PageInstance>();
  private tapping = 0;
  private offline = false;
  private pageSerial = 0;
  private readonly unloaded = new WeakSet<PageInstance>();

  private constructor(
    readonly build: string,
    private readonly options: LaunchOptions,
  ) {
    this.appJson = JSON.parse(readFileSync(join(build, 'app.json'), 'utf8')) as AppJson;
    this.dir = mkdtempSync(join(tmpdir(), 'weapp-runtime-'));
    this.env = openDomEnv();
    this.view = new ViewLayer(this.env, build);
    this.wx = createWx(this);
    this.logic = new AppService(build, { wx: this.wx.object, getCurrentPages: () => this.stack.map((p) => p.logic) });
    this.ui = new Interaction(this);
  }

  static async launch(options: LaunchOptions): Promise<MiniProgram> {
    const mp = new MiniProgram(options.build ?? WEAPP_BUILD, options);
    mp.logic.require('app');
    if (!mp.logic.app) throw new Error('app.js 没有调用 App()');
    const path = options.path ?? mp.appJson.pages[0]!;
    const launch = { path, query: {}, scene: 1001, referrerInfo: {} };
    mp.logic.guard('App.onLaunch', () => (mp.logic.app!.onLaunch as Handler | undefined)?.call(mp.logic.appInstance, launch));
    mp.logic.guard('App.onShow', () => (mp.logic.app!.onShow as Handler | undefined)?.call(mp.logic.appInstance, launch));
    await mp.navigate('reLaunch', { url: `/${path}` });
    return mp;
  }

  /** What WeChat's WXML runtime warned while drawing (a missing template means something the phone does not draw). */
  get viewWarnings(): string[] {
    return this.env.warnings;
  }

  get page(): PageInstance {
    const top = this.stack[this.stack.length - 1];
    if (!top) throw new Error('页面栈为空');
    return top;
  }

  currentRoute(): string {
    return this.stack[this.stack.length - 1]?.route ?? '';
  }

  record(api: string, detail: string, ok: boolean): void {
    this.calls.push({ api, page: this.currentRoute(), detail, ok });
  }

  inTap(): boolean {
    return this.tapping > 0;
  }

  /**
   * Runs `fn` as the handling of a tap. WeChat lets tap-only APIs (requestSubscribeMessage: 「仅在点击行为时调用」) through
   * only while the tap's handler runs: a call made after an awaited request or a timer fails. Promise-style wrappers
   * (Taro's) call wx in the same turn, so the window closes once the microtasks queued by the handler have run.
   */
  async asTap(fn: () => void): Promise<void> {
    this.tapping += 1;
    try {
      fn();
      await Promise.resolve();
    } finally {
      this.tapping -= 1;
    }
  }

  resolveUrl(url: string): string {
    const from = this.options.buildOrigin ?? 'http://127.0.0.1:3000';
    return url.startsWith(from) ? this.options.server + url.slice(from.length) : url;
  }

  online(): boolean {
    return !this.offline;
  }

  /** The phone loses or regains its connection; WeChat tells onNetworkStatusChange listeners. */
  setOnline(online: boolean): void {
    if (this.offline === !online) return;
    this.offline = !online;
    this.wx.network.changed(online);
  }

  isTabPage(route: string): boolean {
    return (this.appJson.tabBar?.list ?? []).some((t) => t.pagePath === route);
  }

  tabBar(): Array<{ text: string; route: string; selected: boolean }> {
    return (this.appJson.tabBar?.list ?? []).map((t) => ({ text: t.text, route: t.pagePath, selected: t.pagePath === this.currentRoute() }));
  }

  /** Every page app.json declares, main package and subpackages. */
  declaredPages(): string[] {
    return [...this.appJson.pages, ...(this.appJson.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
  }

  async navigate(kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack', o: Record<string, unknown>): Promise<void> {
    if (kind === 'navigateBack') {
      const delta = Math.max(1, Number(o.delta ?? 1));
      if (this.stack.length <= 1) return;
      for (let i = 0; i < delta && this.stack.length > 1; i += 1) this.unload(this.stack.pop()!);
      this.show(this.page);
      return;
    }
    const { route, query } = parsePageUrl(String(o.url ?? ''), this.currentRoute());
    if (!this.declaredPages().includes(route)) throw new Error(`page "${route}" is not found`);
    const tab = this.isTabPage(route);
    if (kind === 'switchTab' && !tab) throw new Error(`can not switch to no-tabBar page`);
    if ((kind === 'navigateTo' || kind === 'redirectTo') && tab) throw new Error(`can not ${kind} a tabbar page`);
    if (kind === 'navigateTo' && this.stack.length >= MAX_STACK) throw new Error('webview count limit exceed');
    const top = this.stack[this.stack.length - 1];
    if (kind === 'navigateTo' && top) this.hide(top);
    if (kind === 'redirectTo' && top) this.unload(this.stack.pop()!);
    if (kind === 'reLaunch' || kind === 'switchTab') {
      while (this.stack.length) {
        const page = this.stack.pop()!;
        if (kind === 'switchTab' && this.isTabPage(page.route)) this.hide(page);
        else this.unload(page);
      }
      if (kind === 'reLaunch') {
        for (const page of this.tabPages.values()) this.unload(page);
        this.tabPages.clear();
      }
    }
    const kept = kind === 'switchTab' ? this.tabPages.get(route) : undefined;
    if (kept) {
      this.stack.push(kept);
      kept.view.dom.removeAttribute('hidden');
      this.show(kept);
      return;
    }
    const page = this.createPage(route, query);
    this.stack.push(page);
    if (tab) this.tabPages.set(route, page);
    this.logic.guard(`${route} onLoad`, () => (page.logic.onLoad as Handler | undefined)?.call(page.logic, { ...query }));
    this.show(page);
    await new Promise((r) => setImmediate(r));
    this.logic.guard(`${route} onReady`, () => (page.logic.onReady as Handler | undefined)?.call(page.logic));
  }

  /** Stops the mini-program: pages unloaded, timers stopped, the view's window closed, its temp folder removed. */
  async close(): Promise<void> {
    while (this.stack.length) this.unload(this.stack.pop()!);
    for (const page of this.tabPages.values()) page.view.detach();
    this.logic.stopTimers();
    await new Promise((r) => setTimeout(r, 20));
    this.logic.stopTimers();
    this.env.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private createPage(route: string, query: Record<string, string>): PageInstance {
    this.logic.require(route);
    const config = this.logic.pages.get(route);
    if (!config) throw new Error(`${route}.js 没有调用 Page()`);
    const json = JSON.parse(readFileSync(join(this.build, `${route}.json`), 'utf8')) as { usingComponents?: Record<string, string>; navigationBarTitleText?: string };
    // WeChat copies the Page() object's fields onto the page instance; data is the instance's own copy.
    const logic = Object.assign(Object.create(null) as Record<string, unknown>, config, {
      route,
      __route__: route,
      options: { ...query },
      data: structuredClone(config.data ?? {}),
      __wxWebviewId__: ++this.pageSerial,
      __wxExparserNodeId__: `page-${this.pageSerial}`,
    }) as PageInstance['logic'];
    // setData before the view exists (during onLoad) reaches it when it is drawn.
    const drawn: { view?: JNode; pending: Array<Record<string, unknown>> } = { pending: [] };
    logic.setData = (data: Record<string, unknown>, callback?: () => void) => {
      const touched = new Set<string>();
      for (const [path, value] of Object.entries(data ?? {})) touched.add(applyDataPath(logic.data, path, wire(value)));
      const update = Object.fromEntries([...touched].map((k) => [k, wire(logic.data[k])]));
      if (drawn.view) drawn.view.setData(update);
      else drawn.pending.push(update);
      if (callback) setImmediate(() => this.logic.guard(`${route} setData callback`, callback));
    };
    const handlers = Object.keys(config).filter((k) => typeof config[k] === 'function');
    const side: LogicSide = { call: (method, event) => this.logic.guard(`${route} ${method}(${event.type})`, () => (logic[method] as Handler).call(logic, event)) };
    const view = this.view.page(route, json.usingComponents ?? {}, handlers, side, (name, from) => this.componentSpec(name, from));
    drawn.view = view;
    view.setData({ ...wire(logic.data) });
    for (const update of drawn.pending) view.setData(update);
    const page: PageInstance = { route, options: query, logic, view, title: json.navigationBarTitleText ?? this.appJson.window?.navigationBarTitleText ?? '' };
    return page;
  }

  private componentSpec(name: string, from: string): ComponentSpec {
    const using = (JSON.parse(readFileSync(join(this.build, `${from}.json`), 'utf8')) as { usingComponents?: Record<string, string> }).usingComponents ?? {};
    const target = using[name];
    if (!target) throw new Error(`${from}.json 没有声明组件 ${name}`);
    const path = normalize(target.startsWith('/') ? target.slice(1) : join(dirname(from), target)).replace(/\\/g, '/');
    this.logic.require(path);
    const definition = this.logic.components.get(path);
    if (!definition) throw new Error(`${path}.js 没有调用 Component()`);
    const json = JSON.parse(readFileSync(join(this.build, `${path}.json`), 'utf8')) as { usingComponents?: Record<string, string> };
    const methods = (definition.methods ?? {}) as Record<string, Handler>;
    return {
      path,
      properties: (definition.properties ?? {}) as Record<string, unknown>,
      methods: Object.keys(methods),
      options: (definition.options ?? {}) as Record<string, unknown>,
      usingComponents: json.usingComponents ?? {},
      attach: (viewCaller) => {
        // The component's logic-side instance: its data mirrors the view's properties, its methods bound to it.
        const instance: Record<string, unknown> = Object.assign(Object.create(null) as Record<string, unknown>, methods, {
          is: path,
          get data() {
            return wire(viewCaller.data);
          },
          get properties() {
            return wire(viewCaller.data);
          },
          setData: (data: Record<string, unknown>) => viewCaller.setData(wire(data)),
        });
        return { call: (method: string, event: WireEvent) => this.logic.guard(`${path} ${method}(${event.type})`, () => methods[method]!.call(instance, event)) };
      },
    };
  }

  private show(page: PageInstance): void {
    this.logic.guard(`${page.route} onShow`, () => (page.logic.onShow as Handler | undefined)?.call(page.logic));
  }

  private hide(page: PageInstance): void {
    page.view.dom.setAttribute('hidden', '');
    this.logic.guard(`${page.route} onHide`, () => (page.logic.onHide as Handler | undefined)?.call(page.logic));
  }

  private unload(page: PageInstance): void {
    if (this.unloaded.has(page)) return;
    this.unloaded.add(page);
    this.logic.guard(`${page.route} onUnload`, () => (page.logic.onUnload as Handler | undefined)?.call(page.logic));
    page.view.detach();
  }
}
