import type { MiniProgram } from './mini-program.js';

/**
 * What a person does on the phone, done on the drawn page: find by visible text (or an input by its placeholder),
 * tap (touchstart, touchend: exparser turns them into the `tap` WXML binds), type, pick. Where WeChat's built-in
 * components act natively — a form's submit button, a button's open-type, a picker — the runtime emulates the
 * built-in component's documented behaviour (WeChat's own built-in components are not public).
 */
type Exparser = MiniProgram['view']['exparser'];
interface WxElement {
  _vt?: { attrs: Array<{ name: string; value: unknown }>; event: Record<string, unknown>; tagName: string };
}
type El = Element & { __wxElement?: WxElement };

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export class Interaction {
  private readonly values = new WeakMap<Element, string>();

  constructor(private readonly mp: MiniProgram) {}

  private get exparser(): Exparser {
    return this.mp.view.exparser;
  }

  /** The current page's drawn root. */
  root(): Element {
    return this.mp.page.view.dom;
  }

  /** All visible text of the current page, whitespace folded. */
  text(): string {
    return norm(this.root().textContent);
  }

  attr(el: Element, name: string): unknown {
    return (el as El).__wxElement?._vt?.attrs.find((a) => a.name === name)?.value;
  }

  /** The innermost elements showing `text` (exactly, or containing it when `exact` is false). */
  findAll(text: string | RegExp, options: { exact?: boolean; tag?: string } = {}): Element[] {
    const matches = (el: Element) => {
      const t = norm(el.textContent);
      return typeof text === 'string' ? (options.exact === false ? t.includes(text) : t === text) : text.test(t);
    };
    const all = [...this.root().querySelectorAll(options.tag ?? '*')].filter(matches);
    return all.filter((el) => !all.some((other) => other !== el && el.contains(other)));
  }

  find(text: string | RegExp, options: { exact?: boolean; tag?: string } = {}): Element {
    const found = this.findAll(text, options);
    if (found.length === 0 && options.exact !== false && typeof text === 'string') return this.find(text, { ...options, exact: false });
    if (found.length === 0) throw new Error(`页面 ${this.mp.currentRoute()} 上没有「${String(text)}」。页面文字：${this.text().slice(0, 600)}`);
    return found[0]!;
  }

  has(text: string | RegExp): boolean {
    return typeof text === 'string' ? this.text().includes(text) : text.test(this.text());
  }

  /** The input or textarea whose placeholder (or current value) is `label`. */
  field(label: string | RegExp): Element {
    const fields = [...this.root().querySelectorAll('input, textarea')];
    const hit = fields.find((el) => {
      const placeholder = String(this.attr(el, 'placeholder') ?? '');
      return typeof label === 'string' ? placeholder.includes(label) : label.test(placeholder);
    });
    if (!hit) throw new Error(`页面 ${this.mp.currentRoute()} 上没有占位文字为「${String(label)}」的输入框（有：${fields.map((f) => String(this.attr(f, 'placeholder') ?? '')).join('、')}）`);
    return hit;
  }

  /** Waits (as a person looks) until `lookup` finds its element: a page still drawing is not a page without it. */
  async located(lookup: () => Element, timeoutMs = 10_000): Promise<Element> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      try {
        return lookup();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 25));
      }
    }
  }

  /** Taps the element showing `target` (or the element itself) and waits for what the tap set off to settle. */
  async tap(target: string | RegExp | Element): Promise<void> {
    const el = typeof target === 'string' || target instanceof RegExp ? await this.located(() => this.find(target)) : target;
    const button = el.closest('button');
    if (button && this.attr(button, 'disabled') === true) throw new Error(`按钮「${norm(button.textContent)}」不可用（disabled），点不动`);
    // NutUI's Button keeps the native <button> enabled and only marks itself (and ignores the click): a person sees it greyed.
    const marked = el.closest('.nut-button-disabled, .nut-button-loading');
    if (marked) throw new Error(`按钮「${norm(marked.textContent)}」不可用（${marked.classList.contains('nut-button-loading') ? '加载中' : '已禁用'}），点不动`);
    await this.mp.asTap(() => {
      el.dispatchEvent(touch('touchstart', [{ x: 10, y: 10 }]));
      el.dispatchEvent(touch('touchend', []));
    });
    if (button) await this.builtInButton(button);
    await this.settle();
  }

  /** Types into an input or textarea: focus, one input event with the whole value (as a phone's IME commits it), blur. */
  async type(field: string | RegExp | Element, value: string): Promise<void> {
    const el = typeof field === 'string' || field instanceof RegExp ? await this.located(() => this.field(field)) : field;
    this.values.set(el, value);
    this.emit(el, 'focus', { value: String(this.attr(el, 'value') ?? ''), height: 0 });
    this.emit(el, 'input', { value, cursor: value.length, keyCode: 0 });
    await this.settle();
    this.emit(el, 'blur', { value, cursor: value.length });
    await this.settle();
  }

  /** Chooses the option at `index` of a picker (the element showing `label`, or inside it). */
  async pick(label: string | RegExp | Element, index: number | number[] | string): Promise<void> {
    const el = typeof label === 'string' || label instanceof RegExp ? await this.located(() => this.find(label)) : label;
    const picker = el.closest('picker') ?? el.querySelector('picker');
    if (!picker) throw new Error(`「${String(label)}」不在选择器（picker）里`);
    this.values.set(picker, String(index));
    this.emit(picker, 'change', { value: index });
    await this.settle();
  }

  /** Fires an event as a built-in component would, on the element itself (does not bubble, as component events). */
  emit(el: Element, type: string, detail: unknown, bubbles = false): void {
    const wxElement = (el as El).__wxElement;
    if (!wxElement) throw new Error(`<${el.tagName.toLowerCase()}> 不是 exparser 节点`);
    this.exparser.Event.dispatchEvent(wxElement, this.exparser.Event.create(type, detail, { bubbles, composed: bubbles, capturePhase: bubbles }));
  }

  /** Lets timers, requests and setData settle: resolves once nothing has changed on the page for a while. */
  async settle(quietMs = 60, maxMs = 5_000): Promise<void> {
    const started = Date.now();
    let last = this.snapshot();
    let quietSince = Date.now();
    while (Date.now() - started < maxMs) {
      await new Promise((r) => setTimeout(r, 15));
      const now = this.snapshot();
      if (now !== last) {
        last = now;
        quietSince = Date.now();
      } else if (Date.now() - quietSince >= quietMs) return;
    }
  }

  /** Waits until the current page shows `text`. */
  async waitFor(text: string | RegExp, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.has(text)) {
      if (Date.now() > deadline) throw new Error(`等待「${String(text)}」超时（${this.mp.currentRoute()}）：${this.text().slice(0, 600)}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** Waits until the page on top is `route`. */
  async waitForPage(route: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.mp.currentRoute() !== route) {
      if (Date.now() > deadline) throw new Error(`等待页面 ${route} 超时，当前 ${this.mp.currentRoute()}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    await this.settle();
  }

  private snapshot(): string {
    return `${this.mp.currentRoute()}|${this.mp.stack.length ? this.root().innerHTML.length : 0}|${this.mp.calls.length}`;
  }

  /** WeChat's <button>: form-type submits its form; open-type="agreePrivacyAuthorization" records the agreement tap. */
  private async builtInButton(button: Element): Promise<void> {
    const openType = this.attr(button, 'openType');
    if (openType === 'agreePrivacyAuthorization') {
      this.mp.wx.device.tappedAgree(String((button as El & { __wxElement?: { id?: string } }).__wxElement?.id ?? ''));
      this.emit(button, 'agreeprivacyauthorization', {});
    }
    const formType = this.attr(button, 'formType');
    const form = button.closest('form');
    if (form && (formType === 'submit' || formType === 'reset')) {
      if (formType === 'reset') return void this.emit(form, 'reset', {});
      const value: Record<string, unknown> = {};
      for (const field of form.querySelectorAll('input, textarea, picker, switch, slider, radio-group, checkbox-group')) {
        const name = this.attr(field, 'name');
        if (typeof name === 'string' && name !== '') value[name] = this.values.get(field) ?? this.attr(field, 'value') ?? '';
      }
      await this.mp.asTap(() => this.emit(form, 'submit', { value, target: { id: form.getAttribute('id') ?? '' } }));
    }
  }
}

function touch(type: string, points: Array<{ x: number; y: number }>): Event {
  const event = new (globalThis as unknown as { window: { Event: typeof Event } }).window.Event(type, { bubbles: true, cancelable: true });
  const list = points.map((p, i) => ({ identifier: i, pageX: p.x, pageY: p.y, clientX: p.x, clientY: p.y }));
  Object.defineProperty(event, 'touches', { value: list });
  Object.defineProperty(event, 'changedTouches', { value: list.length ? list : [{ identifier: 0, pageX: 10, pageY: 10, clientX: 10, clientY: 10 }] });
  return event;
}
