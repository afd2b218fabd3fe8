// The front end as delivered:
//   weapp  miniapp/dist/weapp (Taro's outputRoot `dist/${TARO_ENV}`): the main package (every file not under a
//          sub-package root listed in the built app.json) against the issue's ≤ 1 MB (WeChat's limit: 2 MB), the largest
//          sub-package (WeChat: ≤ 2 MB each) and the total (WeChat: ≤ 20 MB). Bytes as the files lie on disk, as WeChat counts.
//   H5     miniapp/dist/h5 served by the built server (BENCH_SERVER_DIST, default server/dist) and opened cold in Chromium at
//          /#/pages/login/index, 3 times (a new context each): the first load's bytes on the wire (every response's
//          encodedDataLength, headers included, i.e. gzipped/brotli'd when the server compresses) against ≤ 300 KB, and
//          the time to interactive (see lib/frontend-h5.mjs: the card-number field visible, enabled, and holding what is
//          typed into it), DOMContentLoaded, load and LCP — medians of the 3.
// Builds the front end first (npm run build -w shared && npm run build -w miniapp) when either output is missing, or when
// BENCH_FRONTEND_BUILD=1.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { coldLoad, launchChromium, startServer } from '../lib/frontend-h5.mjs';

export const name = 'frontend';
export const what = 'weapp package sizes against WeChat’s limits; the H5 login page’s first-load bytes and time to interactive in Chromium';

const ROOT = resolve(import.meta.dirname, '..', '..', '..');
const WEAPP = join(ROOT, 'miniapp/dist/weapp');
const H5 = join(ROOT, 'miniapp/dist/h5');
const MB = 1024 * 1024;
const KB = 1024;
const LOADS = 3;
const LOGIN = '/#/pages/login/index';
const FIELD = '[data-testid="login-card-no"] input';

function sh(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal})`);
}

function sizeOf(path) {
  const stat = statSync(path);
  return stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : stat.size;
}

function weappSizes() {
  const appJson = JSON.parse(readFileSync(join(WEAPP, 'app.json'), 'utf8'));
  const subPackages = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])];
  const roots = new Set(subPackages.map((p) => p.root.replace(/[\\/]+$/, '')));
  let main = 0;
  const mainFiles = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const rel = relative(WEAPP, full);
      if (roots.has(rel)) continue;
      if (statSync(full).isDirectory()) walk(full);
      else {
        const size = statSync(full).size;
        main += size;
        mainFiles.push({ rel, size });
      }
    }
  };
  walk(WEAPP);
  const subs = subPackages.map((p) => ({ root: p.root, size: existsSync(join(WEAPP, p.root)) ? sizeOf(join(WEAPP, p.root)) : 0 }));
  return { main, mainFiles: mainFiles.sort((a, b) => b.size - a.size), subs, total: sizeOf(WEAPP) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (x, digits = 1) => Number(x.toFixed(digits));

export async function run({ log }) {
  if (process.env.BENCH_FRONTEND_BUILD === '1' || !existsSync(join(WEAPP, 'app.json')) || !existsSync(join(H5, 'index.html'))) {
    log('building the front end (npm run build -w shared && npm run build -w miniapp) …');
    sh('npm', ['run', 'build', '-w', 'shared']);
    sh('npm', ['run', 'build', '-w', 'miniapp']);
  }
  const rows = [];

  const weapp = weappSizes();
  log(`weapp main package: ${(weapp.main / KB).toFixed(1)} KB; largest files: ${weapp.mainFiles.slice(0, 5).map((f) => `${f.rel} ${(f.size / KB).toFixed(0)} KB`).join(', ')}`);
  rows.push({ case: 'weapp main package', metric: 'size on disk', value: round(weapp.main / KB), unit: 'KB', target: '≤ 1 MB (WeChat: ≤ 2 MB)', ok: weapp.main <= MB });
  const largest = weapp.subs.reduce((a, b) => (b.size > a.size ? b : a), { root: '—', size: 0 });
  log(`weapp sub-packages: ${weapp.subs.map((s) => `${s.root} ${(s.size / KB).toFixed(0)} KB`).join(', ')}`);
  rows.push({ case: `weapp largest sub-package (${largest.root})`, metric: 'size on disk', value: round(largest.size / KB), unit: 'KB', target: '≤ 2 MB (WeChat)', ok: largest.size <= 2 * MB });
  rows.push({ case: `weapp total (main + ${weapp.subs.length} sub-packages)`, metric: 'size on disk', value: round(weapp.total / KB), unit: 'KB', target: '≤ 20 MB (WeChat)', ok: weapp.total <= 20 * MB });

  const dist = process.env.BENCH_SERVER_DIST ?? join(ROOT, 'server/dist');
  const server = await startServer(dist, { H5_DIR: H5 });
  const browser = await launchChromium();
  try {
    const loads = [];
    for (let i = 0; i < LOADS; i++) {
      loads.push(await coldLoad(browser, `${server.url}${LOGIN}`, FIELD));
      const { responses, timings } = loads.at(-1);
      log(`load ${i + 1}: ${responses.length} responses, ${(responses.reduce((s, r) => s + r.wire, 0) / KB).toFixed(1)} KB on the wire, interactive at ${timings.interactive.toFixed(0)} ms`);
    }
    const first = loads[0].responses;
    for (const r of [...first].sort((a, b) => b.wire - a.wire)) {
      log(`  ${r.status} ${r.type.padEnd(10)} ${(r.wire / KB).toFixed(1).padStart(7)} KB wire ${(r.body / KB).toFixed(1).padStart(7)} KB body ${r.encoding ?? 'identity'}  ${r.url.replace(server.url, '')}`);
    }
    const wire = median(loads.map((l) => l.responses.reduce((s, r) => s + r.wire, 0)));
    const body = median(loads.map((l) => l.responses.reduce((s, r) => s + r.body, 0)));
    const scripts = first.filter((r) => r.type === 'Script' || r.type === 'Stylesheet');
    const compressed = scripts.filter((r) => r.encoding && r.encoding !== 'identity').length;
    rows.push({ case: 'H5 login page, cold', metric: `first-load bytes on the wire (median of ${LOADS})`, value: round(wire / KB), unit: 'KB', target: '≤ 300 KB', ok: wire <= 300 * KB });
    rows.push({ case: 'H5 login page, cold', metric: 'first-load bytes decoded', value: round(body / KB), unit: 'KB' });
    rows.push({ case: 'H5 login page, cold', metric: 'responses', value: first.length, unit: 'requests' });
    rows.push({ case: 'H5 login page, cold', metric: 'JS/CSS responses compressed', value: `${compressed}/${scripts.length} (${[...new Set(scripts.map((r) => r.encoding ?? 'identity'))].join(', ')})`, unit: '', target: 'all', ok: compressed === scripts.length });
    const timing = (key) => median(loads.map((l) => l.timings[key]));
    rows.push({ case: 'H5 login page, cold', metric: `time to interactive (median of ${LOADS})`, value: round(timing('interactive'), 0), unit: 'ms', target: '< 3,000 ms (local, no throttling)', ok: timing('interactive') < 3000 });
    rows.push({ case: 'H5 login page, cold', metric: 'DOMContentLoaded', value: round(timing('domContentLoaded'), 0), unit: 'ms' });
    rows.push({ case: 'H5 login page, cold', metric: 'load', value: round(timing('load'), 0), unit: 'ms' });
    rows.push({ case: 'H5 login page, cold', metric: 'largest contentful paint', value: round(timing('lcp'), 0), unit: 'ms' });
  } finally {
    await browser.close();
    await server.stop();
  }
  return rows;
}
