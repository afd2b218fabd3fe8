import type { DomEnv } from './dom-env.js';

/**
 * The view layer: every WXML file of the build compiled by WeChat's own `wcc` (npm `miniprogram-compiler`) into one
 * generator, and each page or custom component drawn from it by `miniprogram-exparser`, WeChat's component framework,
 * through `j-component` (which turns wcc's output into exparser's tree and routes bound events to their handlers).
 */
export interface WireEvent {
  type: string;
  timeStamp: number;
  target: { id: string; dataset: Record<string, unknown> };
  currentTarget: { id: string; dataset: Record<string, unknown> };
  detail: unknown;
  touches?: unknown;
  changedTouches?: unknown;
}

/** The logic side of one drawn component: its bound handlers are called with the event as WeChat delivers it. */
export interface LogicSide {
  call(method: string, event: WireEvent): void;
}

export interface ComponentSpec {
  /** Build-relative path without extension, e.g. `comp`. */
  path: string;
  properties: Record<string, unknown>;
  methods: string[];
  options: Record<string, unknown>;
  usingComponents: Record<string, string>;
  /** Called when exparser creates an instance; returns where its events go. */
  attach(view: ViewCaller): LogicSide;
}

export interface ViewCaller {
  data: Record<string, unknown>;
  setData(data: Record<string, unknown>): void;
}

export interface JNode {
  dom: Element;
  data: Record<string, unknown>;
  instance: ViewCaller;
  setData(data: Record<string, unknown>, callback?: () => void): void;
  attach(parent: Element): void;
  detach(): void;
}

interface JComponentModule {
  register(definition: Record<string, unknown>): string;
  create(id: string, properties?: Record<string, unknown>): JNode;
}

type Generator = (data: Record<string, unknown>) => unknown;

export class ViewLayer {
  readonly exparser: Record<string, unknown> & { Event: { create: (...a: unknown[]) => unknown; dispatchEvent: (...a: unknown[]) => void } };
  private readonly j: JComponentModule;
  private readonly generators: (path: string) => Generator;
  private readonly registered = new Map<string, string>();

  constructor(
    private readonly env: DomEnv,
    root: string,
  ) {
    const compiler = env.require('miniprogram-compiler') as { wxmlToJs(root: string): string };
    const source = compiler.wxmlToJs(root);
    // The generator reads `window` and friends as globals: evaluate it in the view's window, as a WebView would.
    const gwx = (env.window as unknown as { Function: FunctionConstructor }).Function(source)() as (path: string) => Generator;
    this.generators = (path) => {
      const generator = gwx(path);
      if (typeof generator !== 'function') throw new Error(`wcc 没有为 ${path} 生成渲染函数`);
      return generator;
    };
    this.j = env.require('j-component') as JComponentModule;
    this.exparser = env.require('miniprogram-exparser') as ViewLayer['exparser'];
  }

  /** Registers a custom component (once) and returns its exparser id. */
  component(spec: ComponentSpec, resolve: (name: string, from: string) => ComponentSpec): string {
    const known = this.registered.get(spec.path);
    if (known) return known;
    const id = `c-${spec.path.replace(/[^a-z0-9]+/gi, '-')}`;
    this.registered.set(spec.path, id);
    const using = this.using(spec.usingComponents, spec.path, resolve);
    const methods: Record<string, (this: ViewCaller & { __logic?: LogicSide }, e: WireEvent) => void> = {};
    for (const name of spec.methods) {
      methods[name] = function (event) {
        this.__logic?.call(name, event);
      };
    }
    this.j.register({
      id,
      tagName: spec.path.split('/').pop(),
      template: this.generators(`${spec.path}.wxml`),
      usingComponents: using,
      properties: spec.properties,
      options: { virtualHost: spec.options.virtualHost === true, multipleSlots: true },
      methods,
      lifetimes: {
        created(this: ViewCaller & { __logic?: LogicSide }) {
          this.__logic = spec.attach(this);
        },
      },
    });
    return id;
  }

  /** Draws a page: its WXML from wcc, its custom components registered, `eh` and friends routed to `logic`. */
  page(route: string, usingComponents: Record<string, string>, handlers: string[], logic: LogicSide, resolve: (name: string, from: string) => ComponentSpec): JNode {
    const id = `page-${route.replace(/[^a-z0-9]+/gi, '-')}-${this.registered.size}`;
    this.registered.set(`${route}#${id}`, id);
    const methods: Record<string, (e: WireEvent) => void> = {};
    for (const name of handlers) methods[name] = (event) => logic.call(name, event);
    this.j.register({ id, tagName: 'page', template: this.generators(`${route}.wxml`), usingComponents: this.using(usingComponents, route, resolve), methods });
    const node = this.j.create(id);
    node.attach(this.env.window.document.body);
    return node;
  }

  private using(usingComponents: Record<string, string>, from: string, resolve: (name: string, from: string) => ComponentSpec): Record<string, string> {
    const out: Record<string, string> = {};
    for (const name of Object.keys(usingComponents)) out[name] = this.component(resolve(name, from), resolve);
    return out;
  }
}
