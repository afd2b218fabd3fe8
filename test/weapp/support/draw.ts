import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Browser } from 'playwright-core';
import type { MiniProgram } from '../runtime/mini-program.js';

/**
 * Draws the page exparser built (the view layer's DOM: <view>, <text>, <button> … with the classes the WXML gave them)
 * in Chromium at a phone's size, styled by the build's own WXSS: app.wxss and the page's .wxss with their @imports,
 * rpx turned into px for a 375 px wide screen. The built-in components' look is WeChat's and not public: a few plain
 * rules stand in for it (view is a block, text inline, button a rounded box, the navigation bar a blue strip).
 */
const BUILT_IN = `
  body { margin: 0; font-family: "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; font-size: 16px; background: #f4f6f9; }
  page, view, scroll-view, form, swiper, picker { display: block; }
  text, label { display: inline; }
  image { display: inline-block; width: 320px; height: 240px; background: #dde3ea center/cover no-repeat; }
  button { display: block; position: relative; box-sizing: border-box; margin: 0 auto; padding: 0 14px; font-size: 18px; line-height: 2.55; border-radius: 5px; text-align: center; background: #f8f8f8; color: #000; }
  input, textarea { display: block; min-height: 1.4em; color: #1d2129; }
  input:empty::before, textarea:empty::before { content: attr(data-placeholder); color: #a9aeb8; }
  [hidden] { display: none !important; }
  .wx-nav { height: 44px; line-height: 44px; text-align: center; font-size: 17px; color: #fff; background: #1f4e8c; }
  .wx-status { height: 24px; background: #1f4e8c; }
  .wx-tabbar { position: fixed; left: 0; right: 0; bottom: 0; display: flex; height: 50px; background: #fff; border-top: 1px solid #e5e6eb; }
  .wx-tabbar div { flex: 1; text-align: center; line-height: 50px; color: #4e5969; }
  .wx-tabbar .on { color: #1f4e8c; font-weight: 600; }
`;

function wxss(build: string, file: string, seen = new Set<string>()): string {
  if (seen.has(file) || !existsSync(join(build, file))) return '';
  seen.add(file);
  const text = readFileSync(join(build, file), 'utf8');
  return text
    .replace(/@import\s+"([^"]+)";/g, (_m, target: string) => wxss(build, posix.normalize(posix.join(posix.dirname(file), target)), seen))
    .replace(/(-?[\d.]+)rpx/g, (_m, n: string) => `${(Number(n) / 2).toFixed(2)}px`);
}

export async function drawPage(browser: Browser, mp: MiniProgram, path: string): Promise<void> {
  const route = mp.currentRoute();
  const css = `${wxss(mp.build, 'app.wxss')}\n${wxss(mp.build, `${route}.wxss`)}`;
  // Placeholders live on the exparser nodes, not in the DOM: copy them so an empty input shows what it asks for.
  const root = mp.ui.root();
  for (const field of root.querySelectorAll('input, textarea')) field.setAttribute('data-placeholder', String(mp.ui.attr(field, 'placeholder') ?? ''));
  const tabs = mp.isTabPage(route) ? `<div class="wx-tabbar">${mp.tabBar().map((t) => `<div class="${t.selected ? 'on' : ''}">${t.text}</div>`).join('')}</div>` : '';
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${BUILT_IN}\n${css}</style></head><body><div class="wx-status"></div><div class="wx-nav">${mp.page.title}</div>${root.outerHTML.replace(/ hidden=""/, '')}${tabs}</body></html>`;
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path, fullPage: true });
  } finally {
    await context.close();
  }
}
