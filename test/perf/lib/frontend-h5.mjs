/* global window, document */
// The H5 build as a visitor's browser first meets it: the built server serving miniapp/dist/h5, and Chromium opening the
// login page cold (a new browser context each load: empty cache, no cookies, no storage).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { withMallocDefaults } from '../../../scripts/lib/server-memory.mjs';

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts `<dist>/main.js` (as `npm start` does) on a free port and a temporary data folder. */
export async function startServer(dist, env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'perf-frontend-'));
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [join(dist, 'main.js')], {
    env: { ...withMallocDefaults(), HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 90 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
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
