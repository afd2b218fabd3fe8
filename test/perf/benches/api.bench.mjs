// The authenticated status read and the paged application list, through the real server on MariaDB, against a bare
// Fastify + mysql2 handler running the same SQL (test/perf/lib/api-bare.mjs), in the same run.
//
// How: a throwaway MariaDB (scripts/lib/mariadb.mjs); the built server on it (BENCH_SERVER_DIST or server/dist); TEAMS
// (BENCH_API_TEAMS, 200) declarants registered, their applications filled in, materials uploaded and submitted, through
// the API (secretariat mishuchu makes the cards; the campaign's registration window moved to today, as the e2e tests do).
// Then
// for each request the load will send, the bench switches MariaDB's general log on, sends it once, and keeps the
// statements the server ran — that is the bare handler's plan, so both run identical SQL (auth session lookup included).
// autocannon (in this process) then drives each endpoint at 50 connections for DURATION seconds after a warm-up, first
// the real server, then the bare one (each a separate process; both on the same MariaDB, one at a time).
//   (a) status read: GET /teams/:teamId/application with the declarant's token — what the mini-program's team page
//       polls (miniapp/src/api/endpoints.ts `ofTeam`) — rotating over READERS declarants;
//   (b) paged list: GET /console/applications?page=p&pageSize=20 with the secretariat's token, rotating over pages.
// The captured SQL of one request per case is written to test/perf/out/api-sql.json. On a 2-core machine the load
// generator, the server under test and MariaDB share the cores: the ratio is the figure to read, more than req/s.
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import mysql from 'mysql2/promise';
import { startMariaDb } from '../../../scripts/lib/mariadb.mjs';
import { ROOT, api, freePort, login, seedDeclarants, startServer } from '../lib/api-server.mjs';

export const name = 'api';
export const what = 'status read + paged application list: real server on MariaDB vs a bare Fastify + mysql2 handler running the same SQL (autocannon, 50 connections)';

const TEAMS = Number(process.env.BENCH_API_TEAMS ?? 200);
const READERS = 20;
const PAGES = 10;
const CONNECTIONS = 50;
const DURATION = Number(process.env.BENCH_API_SECONDS ?? 10);
const WARMUP = 3;
/** BENCH_API_CASES: only these cases ('status', 'list'), e.g. to profile one of them (BENCH_SERVER_NODE_ARGS). */
const ONLY = (process.env.BENCH_API_CASES ?? '').split(',').filter(Boolean);
const JWT_SECRET = `perf-bench-secret-${'x'.repeat(40)}`;

/** One autocannon run over a rotating list of requests; returns its result. */
function cannon(url, requests, duration, connections = CONNECTIONS) {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, requests }, (error, result) => (error ? reject(error) : resolve(result)));
    instance.on('error', reject);
  });
}

async function startBare(plan) {
  const file = join(tmpdir(), `cacem-perf-bare-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(plan));
  const child = spawn(process.execPath, [join(ROOT, 'test/perf/lib/api-bare.mjs'), file], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bare handler exited (${code})`)));
    child.stdout.on('data', (d) => String(d).includes('listening') && resolve());
  });
  return {
    url: `http://127.0.0.1:${plan.port}`,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(file, { force: true });
    },
  };
}

export async function run({ log }) {
  const maria = await startMariaDb(log);
  const cleanups = [() => maria.stop()];
  try {
    const db = { host: maria.env.MARIADB_HOST, port: Number(maria.env.MARIADB_PORT), user: maria.env.MARIADB_USER, password: maria.env.MARIADB_PASSWORD, database: 'cacem_perf' };
    const admin = await mysql.createConnection({ ...db, database: undefined });
    cleanups.unshift(() => admin.end());
    await admin.query('CREATE DATABASE cacem_perf CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
    const server = await startServer({
      DB_TYPE: 'mariadb',
      DB_HOST: db.host,
      DB_PORT: String(db.port),
      DB_USER: db.user,
      DB_PASSWORD: db.password,
      DB_NAME: db.database,
      JWT_SECRET,
    });
    cleanups.unshift(() => server.stop());
    let t0 = Date.now();
    const declarants = await seedDeclarants(server.url, TEAMS, { submit: true });
    log(`seeded ${TEAMS} submitted applications through the API in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
    const secretariat = await login(server.url, 'mishuchu', 'Demo@2026');
    const total = (await api(server.url, 'GET', '/console/applications?page=1&pageSize=20', { token: secretariat })).total;
    log(`console list: ${total} submitted applications, ${Math.ceil(total / 20)} pages`);

    const cases = [
      {
        case: 'status read',
        requests: declarants.slice(0, READERS).map((d) => ({ method: 'GET', path: `/api/v1/teams/${d.teamId}/application`, headers: { authorization: `Bearer ${d.token}` } })),
      },
      {
        case: 'paged list',
        requests: Array.from({ length: PAGES }, (_, p) => ({ method: 'GET', path: `/api/v1/console/applications?page=${p + 1}&pageSize=20`, headers: { authorization: `Bearer ${secretariat}` } })),
      },
    ].filter((c) => ONLY.length === 0 || ONLY.some((only) => c.case.includes(only)));

    // Warm the real server up, then capture what SQL each request runs, from the general log.
    for (const c of cases) await cannon(server.url, c.requests, WARMUP, 10);
    // autocannon stops sending at the end of its time but does not wait for answers in flight: let them finish.
    await new Promise((r) => setTimeout(r, 2000));
    const routes = {};
    const captured = {};
    await admin.query("SET GLOBAL log_output = 'TABLE'");
    for (const c of cases) {
      for (const r of c.requests) {
        await admin.query('TRUNCATE TABLE mysql.general_log');
        await admin.query('SET GLOBAL general_log = 1');
        const response = await fetch(`${server.url}${r.path}`, { headers: r.headers });
        await response.arrayBuffer();
        await admin.query('SET GLOBAL general_log = 0');
        if (!response.ok) throw new Error(`${r.path} → ${response.status}`);
        const [rows] = await admin.query("SELECT argument FROM mysql.general_log WHERE command_type IN ('Query', 'Execute') AND thread_id <> CONNECTION_ID()");
        routes[`${r.path} ${r.headers.authorization.slice(7)}`] = rows.map((row) => String(row.argument));
      }
      const sample = routes[`${c.requests[0].path} ${c.requests[0].headers.authorization.slice(7)}`];
      captured[c.case] = sample;
      log(`${c.case}: the server runs ${sample.length} statements per request:`);
      for (const sql of sample) log(`    ${sql.length > 160 ? `${sql.slice(0, 157)}…` : sql}`);
    }

    // The statements of one request per case, in full, for whoever looks into the figures.
    mkdirSync(join(ROOT, 'test/perf/out'), { recursive: true });
    writeFileSync(join(ROOT, 'test/perf/out/api-sql.json'), `${JSON.stringify(captured, null, 2)}\n`);
    const bare = await startBare({ db, port: await freePort(), secret: JWT_SECRET, routes });
    cleanups.unshift(() => bare.stop());

    const rows = [];
    for (const c of cases) {
      const figures = {};
      for (const [who, url] of [
        ['real', server.url],
        ['bare', bare.url],
      ]) {
        await cannon(url, c.requests, WARMUP);
        t0 = Date.now();
        const result = await cannon(url, c.requests, DURATION);
        const errors = result.errors + result.timeouts + result.non2xx;
        figures[who] = { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors };
        log(`${c.case} ${who}: ${result.requests.average.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errors} errors (${result.requests.total} requests)`);
      }
      const ratio = (figures.real.rps / figures.bare.rps) * 100;
      rows.push(
        { case: c.case, metric: 'real req/s', value: Math.round(figures.real.rps), unit: 'req/s' },
        { case: c.case, metric: 'bare req/s', value: Math.round(figures.bare.rps), unit: 'req/s' },
        { case: c.case, metric: 'real / bare', value: Number(ratio.toFixed(1)), unit: '%', target: '≥ 50 %', ok: ratio >= 50 },
        { case: c.case, metric: 'real p50', value: figures.real.p50, unit: 'ms' },
        { case: c.case, metric: 'real p99', value: figures.real.p99, unit: 'ms', target: '< 50 ms', ok: figures.real.p99 < 50 },
        { case: c.case, metric: 'bare p50', value: figures.bare.p50, unit: 'ms' },
        { case: c.case, metric: 'bare p99', value: figures.bare.p99, unit: 'ms' },
        { case: c.case, metric: 'errors (real + bare)', value: figures.real.errors + figures.bare.errors, unit: '', target: '0', ok: figures.real.errors + figures.bare.errors === 0 },
      );
    }
    return rows;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((error) => log(`cleanup: ${error.message}`));
  }
}
