// Helpers the api and upload benches share: start the built server as a child whose pid we know, call its API, and
// seed declarants with applications through the API exactly as a client would.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { creditCodeCheckChar } from '@cacem/shared';
import { pdfFixture, pptxFixture } from './upload-fixtures.mjs';
import { withMallocDefaults } from '../../../scripts/lib/server-memory.mjs';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
/** BENCH_SERVER_DIST: another build of the server (e.g. server/dist-perf), so parallel work benches its own build. */
export const SERVER_DIST = process.env.BENCH_SERVER_DIST ?? join(ROOT, 'server/dist');

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

const day = (offset) => new Date(Date.now() + 8 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);

/**
 * A copy of config/ whose 2026 campaign is in its registration window today (Beijing date), as the e2e tests make it
 * (test/e2e/support/config-dir.ts): the bench registers and submits whatever day it runs — the deadline rush is today.
 */
export function configDirInRegistrationWindow() {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-perf-config-'));
  cpSync(join(ROOT, 'config'), dir, { recursive: true });
  const file = join(dir, 'campaigns', '2026.json');
  const settings = JSON.parse(readFileSync(file, 'utf8'));
  settings.windows = {
    registration: { opens: day(-10), closes: day(10) },
    materialsReview: { opens: day(11), closes: day(40) },
    presentations: { opens: day(41), closes: day(100) },
  };
  settings.statisticsPeriod = { from: day(-300).slice(0, 7), to: day(10).slice(0, 7) };
  writeFileSync(file, JSON.stringify(settings, null, 2));
  return dir;
}

/**
 * Starts `server/dist/main.js` as `npm start` does (demo accounts seeded: NODE_ENV unset), on a free port and a fresh
 * data folder, and waits until it answers and has seeded.
 * @param {Record<string, string>} env
 * @returns {Promise<{ url: string, pid: number, dataDir: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startServer(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cacem-perf-'));
  const configDir = configDirInRegistrationWindow();
  const port = await freePort();
  let output = '';
  // BENCH_SERVER_NODE_ARGS: extra node flags for the server, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' to profile it.
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(SERVER_DIST, 'main.js')], {
    cwd: ROOT,
    env: { ...withMallocDefaults(), NODE_ENV: '', HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NOTIFY_INTERVAL_MS: '0', CONFIG_DIR: configDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${url}/api/v1/health`);
      if (r.ok && output.includes('演示账号')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start in 90 s:\n${output}`);
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
        await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(configDir, { recursive: true, force: true });
    },
  };
}

/** One JSON call to /api/v1; throws on a non-2xx answer. */
export async function api(base, method, path, { token, json } = {}) {
  const response = await fetch(`${base}/api/v1${path}`, {
    method,
    headers: { ...(json !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: json !== undefined ? JSON.stringify(json) : undefined,
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(body)}`);
  return body;
}

export async function upload(base, path, token, name, bytes, type) {
  const form = new FormData();
  form.append('file', new Blob([bytes], { type }), name);
  const response = await fetch(`${base}/api/v1${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (!response.ok) throw new Error(`upload ${path} → ${response.status} ${await response.text()}`);
}

export const login = async (base, username, password) => (await api(base, 'POST', '/auth/login', { json: { username, password } })).accessToken;

/** Runs `task(i)` for i in [0, n) with at most `width` at a time. */
export async function inParallel(n, width, task) {
  const results = new Array(n);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, n) }, async () => {
      while (next < n) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/**
 * Seeds `count` enterprises, each with a registration card, a credit code, one team and its application filled in
 * (recommended by one of the recommending units, round robin). With `submit`, each also uploads a small PDF and PPTX,
 * records one activity and submits — so the application shows in the secretariat's list.
 * @returns {Promise<Array<{ token: string, teamId: number, applicationId: number }>>}
 */
export async function seedDeclarants(base, count, { submit = false, width = 6, tag = 'p' } = {}) {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = (await api(base, 'GET', '/recommending-units')).items;
  const pdf = submit ? await pdfFixture('申报材料') : null;
  const pptx = submit ? pptxFixture('成果发布') : null;
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  return inParallel(count, width, async (i) => {
    const card = await api(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: `性能测试建设有限公司${tag}${i + 1}` } });
    const token = (await api(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
    const body = `91110${tag === 'p' ? '1' : '2'}0${String(10_000 + i).padStart(10, '0')}`.slice(0, 17);
    await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
    const team = await api(base, 'POST', '/teams', { token, json: { name: `第${i + 1}施工班组`, kind: 'construction_crew' } });
    const application = await api(base, 'PUT', `/teams/${team.id}/application`, {
      token,
      json: {
        recommendingUnitId: units[i % units.length].id,
        profile: { leaderName: '李工', leaderMobile: '13800138002', memberCount: 12, specialty: '钢结构', projectName: `示例大桥工程${i + 1}`, introduction: '班组简介' },
        declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
      },
    });
    if (submit) {
      await api(base, 'POST', `/teams/${team.id}/activity-records`, {
        token,
        json: { clientKey: `perf-${tag}-${i}-0000`, date: today, kind: 'pre_shift_meeting', content: '班前会', place: '工地', attendeeIds: [] },
      });
      await upload(base, `/applications/${application.id}/materials/pdf`, token, '申报材料.pdf', pdf, 'application/pdf');
      await upload(base, `/applications/${application.id}/materials/ppt`, token, '成果发布.pptx', pptx, 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
      await api(base, 'POST', `/applications/${application.id}/submit`, { token });
    }
    return { token, teamId: team.id, applicationId: application.id };
  });
}
