// The built server as the benches run it: started as a child process the way `npm start` starts it (the malloc
// settings of scripts/lib/server-memory.mjs, demo accounts seeded), on a free port and a fresh data folder, with the
// 2026 campaign's registration window moved to today where a bench registers teams (the deadline rush is today).
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { withMallocDefaults } from '../../../scripts/lib/server-memory.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** BENCH_SERVER_DIST: another build of the server (e.g. server/dist-perf), so parallel work benches its own build. */
export const SERVER_DIST = process.env.BENCH_SERVER_DIST ?? join(ROOT, 'server/dist');

/** A Beijing date `offset` days from today, yyyy-mm-dd (the campaign's windows are Beijing dates). */
export const day = (offset) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
export const today = () => day(0);

/** The three windows placing today in a stage (as test/e2e/support/config-dir.ts and review-config.ts do). */
export const WINDOWS = {
  registration: () => ({
    registration: { opens: day(-10), closes: day(10) },
    materialsReview: { opens: day(11), closes: day(40) },
    presentations: { opens: day(41), closes: day(100) },
  }),
  materialsReview: () => ({
    registration: { opens: day(-40), closes: day(-11) },
    materialsReview: { opens: day(-10), closes: day(10) },
    presentations: { opens: day(11), closes: day(60) },
  }),
  presentations: () => ({
    registration: { opens: day(-70), closes: day(-41) },
    materialsReview: { opens: day(-40), closes: day(-1) },
    presentations: { opens: day(0), closes: day(40) },
  }),
};

/** A copy of config/ whose 2026 campaign is in its registration window today, statistics period including today. */
export function configDirInRegistration() {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-perf-config-'));
  cpSync(join(ROOT, 'config'), dir, { recursive: true });
  const file = join(dir, 'campaigns', '2026.json');
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  settings.windows = WINDOWS.registration();
  settings.statisticsPeriod = { from: day(-300).slice(0, 7), to: day(10).slice(0, 7) };
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return dir;
}

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => res(port));
    });
  });
}

/**
 * Starts `<dist>/main.js` and waits until it answers (and, with `waitForDemo`, has seeded the demo accounts).
 * BENCH_SERVER_NODE_ARGS: extra node flags for it, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' to profile it.
 * @param {{ dist?: string, env?: Record<string, string>, waitForDemo?: boolean, startSeconds?: number, cleanup?: () => void }} options
 * @returns {Promise<{ url: string, pid: number, dataDir: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startBuiltServer({ dist = SERVER_DIST, env = {}, waitForDemo = true, startSeconds = 90, cleanup = () => {} } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cacem-perf-data-'));
  const port = await freePort();
  let output = '';
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(dist, 'main.js')], {
    cwd: ROOT,
    env: { ...withMallocDefaults(), NODE_ENV: '', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const keep = (d) => (output = (output + d).slice(-50_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + startSeconds * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok && (!waitForDemo || output.includes('演示账号'))) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in ${startSeconds} s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: /** @type {number} */ (child.pid),
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
      cleanup();
    },
  };
}
