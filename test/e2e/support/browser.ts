import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { ROOT } from './server.js';

export const SCREENSHOTS = join(ROOT, 'test/artifacts/screenshots');

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with the flags this closed network needs; Playwright gives it a fresh profile. */
export async function launchChromium(): Promise<LaunchedBrowser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** Two animation frames: the page has laid out and painted what the last step changed (a resize, a new page). */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * Waits until Taro's toast saying `text` has been shown and is off the screen again (Taro reuses one toast element and
 * hides it with display: none 1.5 s after it shows), so a screenshot shows the page, not the toast.
 */
export async function toastGone(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const toast = document.querySelector<HTMLElement>('.taro__toast');
      return toast !== null && (toast.textContent ?? '').includes(expected) && toast.style.display === 'none';
    },
    text,
    { timeout: 10_000 },
  );
}
