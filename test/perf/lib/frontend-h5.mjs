/* global window, document */
// The H5 build as a visitor's browser first meets it: the built server serving miniapp/dist/h5, and Chromium opening the
// login page cold (a new browser context each load: empty cache, no cookies, no storage).
import { chromium } from 'playwright-core';
import { startBuiltServer } from './built-server.mjs';

/** Starts `<dist>/main.js` (as `npm start` does) on a free port and a temporary data folder: built-server.mjs. */
export function startServer(dist, env = {}) {
  return startBuiltServer({ dist, env, waitForDemo: false });
}

export async function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * One cold load of `url` in a new context. Returns every response (url, type, content-encoding, bytes on the wire —
 * CDP's encodedDataLength, headers included — and decoded body bytes) and the page's timings, in ms since navigation:
 *   interactive  the card-number field is visible and enabled, and text typed into it stays there (React has hydrated the
 *                form and its handlers answer) — the page clock read right after the typed value is seen;
 *   domContentLoaded, load (Navigation Timing), lcp (largest contentful paint, as Chromium reports it).
 * Bytes are counted until the network has been quiet for 500 ms after the page became interactive.
 */
export async function coldLoad(browser, url, fieldSelector) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  const requests = new Map();
  let lastActivity = Date.now();
  cdp.on('Network.responseReceived', ({ requestId, response, type }) => {
    const headers = Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    requests.set(requestId, { url: response.url, type, status: response.status, encoding: headers['content-encoding'] ?? null, wire: 0, body: 0 });
    lastActivity = Date.now();
  });
  cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
    const r = requests.get(requestId);
    if (r) r.body += dataLength;
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const r = requests.get(requestId);
    if (r) r.wire = encodedDataLength;
    lastActivity = Date.now();
  });
  await page.addInitScript(() => {
    window.__lcp = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });

  await page.goto(url, { waitUntil: 'commit' });
  const field = page.locator(fieldSelector).first();
  await field.waitFor({ state: 'visible', timeout: 60_000 });
  await field.pressSequentially('12', { timeout: 60_000 });
  await page.waitForFunction((selector) => document.querySelector(selector)?.value === '12', fieldSelector, { timeout: 60_000 });
  const interactive = await page.evaluate(() => performance.now());
  while (Date.now() - lastActivity < 500) await new Promise((r) => setTimeout(r, 100));
  await page.waitForLoadState('load');
  const timings = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, lcp: window.__lcp };
  });
  await context.close();
  return { responses: [...requests.values()], timings: { interactive, ...timings } };
}
