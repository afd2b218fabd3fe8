import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

/**
 * The view layer's page: WeChat draws a mini-program's pages in a WebView where exparser, its component framework,
 * builds the tree. Here that WebView is a jsdom window whose globals exparser (and the `wcc` output) find where they
 * expect them. Only the view layer sees these globals; the logic layer runs in its own context without them.
 */
export interface DomEnv {
  window: JSDOM['window'];
  require: NodeJS.Require;
  /** What WeChat's WXML runtime (the wcc output) warned while drawing, e.g. a template the build lacks. */
  warnings: string[];
  close(): void;
}

const GLOBALS = ['window', 'document', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent', 'TouchEvent', 'getComputedStyle', 'MutationObserver', 'DocumentFragment', 'Text', 'Comment'];

export function openDomEnv(): DomEnv {
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { pretendToBeVisual: true, url: 'https://servicewechat.com/view/' });
  const g = globalThis as Record<string, unknown>;
  const saved = new Map(GLOBALS.map((k) => [k, Object.getOwnPropertyDescriptor(g, k)]));
  for (const key of GLOBALS) Object.defineProperty(g, key, { value: (dom.window as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
  // The wcc output checks the engine version the WebView announces (as the simulator does).
  (dom.window as unknown as Record<string, unknown>).__webview_engine_version__ = 0.02;
  const require = createRequire(import.meta.url);
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    if (text.startsWith('WXMLRT')) warnings.push(text);
    else warn(...args);
  };
  return {
    window: dom.window,
    require,
    warnings,
    close() {
      console.warn = warn;
      for (const [key, descriptor] of saved) {
        if (descriptor) Object.defineProperty(g, key, descriptor);
        else delete g[key];
      }
      dom.window.close();
    },
  };
}
