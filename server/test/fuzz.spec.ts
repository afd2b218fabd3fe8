import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ERROR_MESSAGES } from '@cacem/shared';
import fc from 'fast-check';
import { API_PREFIX, dataSourceOf, routesOf } from '../src/app.factory.js';
import { SimilarityJobService } from '../src/modules/similarity/similarity-job.service.js';
import {
  dtoBody,
  dtoFields,
  HOSTILE_FILE_NAMES,
  mutatedBody,
  pathParam,
  queryString,
  type RawBody,
  rawBody,
  type RouteShape,
  routeShapes,
  type UploadCase,
  uploadCase,
  uploadPayload,
  wrongTopLevel,
} from './support/fuzz-arbitraries.js';
import { pdfFixture, PNG_1x1, pptxFixture } from './support/material-files.js';
import { memberFactory } from './support/member-factories.js';
import { contactFactory, statisticsFactory } from './support/recommendation-factories.js';
import { drawnSeasonFactory } from './support/review-factories.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';
import { WechatStandIn } from './support/wechat-stand-in.js';

/*
 * Property-based fuzzing of every route the router has (routesOf), as every kind of caller, with hostile path
 * parameters, query strings, JSON and raw bodies and multipart uploads. For each answer:
 *   - never a 5xx;
 *   - a 4xx is the API's one error shape, with a known code and a Chinese message;
 *   - a refused request stored nothing: every table's row count (and, on SQLite, the connection's total_changes(),
 *     which also counts UPDATEs) and the file store's objects/ and tmp/ are as they were.
 * The seed is fixed (FUZZ_SEED overrides it) and printed, so a failing case can be replayed.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_260_926);
/** Cases per route; MariaDB answers slower, so fewer there. */
const RUNS = Number(process.env.FUZZ_RUNS ?? (TEST_DB === 'sqlite' ? 60 : 40));

type Principal = 'anonymous' | 'declarant' | 'member' | 'recommender' | 'expert' | 'secretariat';
const PRINCIPALS: Principal[] = ['anonymous', 'declarant', 'member', 'recommender', 'expert', 'secretariat'];

/**
 * Routes that end a session when they succeed — the caller's own (logout, refresh), or the one whose card password is
 * reset, whose expert status is removed or who is removed from the team (the declarant may remove the world's member
 * with a real id: a plausible case the fuzz reaches depending on the seed): fuzzed last, after every other route, so
 * the world's tokens live till then.
 */
const TOKEN_SPENDING = /\/auth\/(logout|refresh)$|\/registration-cards\/:id\/reset$|\/experts\/:id\/(removal|account)$|\/teams\/:teamId\/members\/:memberId$/;

/** Routes whose multipart body is a file (the fuzz sends uploads there, and JSON now and then). */
const UPLOAD_ROUTE = /\/(materials\/:kind|photos|evidence|letter|excellent-list|experts\/import)$/;

/**
 * Refusals that write on purpose: a wrong password or code counts towards the address's and the account's lockout
 * (login_throttle, counted and updated). On these routes only the tables named may change, and total_changes() —
 * which the count updates move — is not taken as evidence.
 */
const WRITES_ON_REFUSAL: Array<{ route: RegExp; tables: string[] }> = [
  { route: /^POST \/api\/v1\/auth\/(login|card-login|member-login|join|bind|wechat-login)$/, tables: ['login_throttle', 'total_changes()'] },
];

interface FuzzCase {
  principal: Principal;
  params: string[];
  query: string;
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; raw: RawBody } | { kind: 'upload'; upload: UploadCase };
}

interface Problem {
  route: string;
  problem: string;
  request: string;
}

describe(`fuzzing every route with hostile input on ${TEST_DB}`, () => {
  // WeChat login and subscriptions reach the stand-in on loopback, never the real service.
  const wechat = new WechatStandIn();
  let t: TestApp;
  const tokens: Partial<Record<Principal, string>> = {};
  const realIds: number[] = [];
  let tableNames: string[] = [];
  const knownBodies = new Map<string, unknown>();

  beforeAll(async () => {
    await wechat.start();
    t = await startTestApp(wechat.env());
    const season = await drawnSeasonFactory(t.app, { teams: 3, teamUnits: 1, experts: 3, panelCount: 1, panelSize: 3, tag: 'F' });
    const team = season.applications[0]!;
    const member = await memberFactory(t.app, team.declarantToken, team.teamId, '赵师傅');
    const contact = await contactFactory(t.app, season.unitIds[0]!, '钱主任');
    Object.assign(tokens, {
      declarant: team.declarantToken,
      member: member.token,
      recommender: contact.token,
      expert: season.experts[0]!.token,
      secretariat: season.secretariat,
    });
    realIds.push(
      1,
      2,
      ...season.applications.flatMap((a) => [a.id, a.teamId]),
      ...season.experts.map((e) => e.id),
      ...season.unitIds.slice(0, 2),
      season.drawId,
      member.memberId,
      contact.id,
    );
    // Bodies the services check themselves (no DTO): mutate a valid one so the fuzz gets past the first check.
    const current = await call<{ settings: unknown }>(t.app, 'GET', `/${API_PREFIX}/campaigns/current`);
    knownBodies.set(`PUT /${API_PREFIX}/campaigns/current/settings`, { settings: current.body.settings });
    knownBodies.set(`PUT /${API_PREFIX}/recommendation/statistics`, statisticsFactory());
    tableNames = await listTables();
  }, 240_000);

  afterAll(async () => {
    await t?.close();
    await wechat.stop();
  });

  async function listTables(): Promise<string[]> {
    const ds = dataSourceOf(t.app);
    const rows: Array<{ name: string }> =
      TEST_DB === 'sqlite'
        ? await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
        : await ds.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name`);
    return rows.map((r) => r.name);
  }

  /** Row counts of every table in one round trip, plus (SQLite) every row any statement has changed so far. */
  async function snapshot(withFiles: boolean): Promise<Record<string, unknown>> {
    const ds = dataSourceOf(t.app);
    const columns = tableNames.map((name, i) => `(SELECT COUNT(*) FROM ${ds.driver.escape(name)}) AS c${i}`);
    if (TEST_DB === 'sqlite') columns.push('total_changes() AS changes');
    const [row] = (await ds.query(`SELECT ${columns.join(', ')}`)) as Array<Record<string, unknown>>;
    const state: Record<string, unknown> = {};
    tableNames.forEach((name, i) => (state[name] = Number(row![`c${i}`])));
    if (TEST_DB === 'sqlite') state['total_changes()'] = Number(row!.changes);
    if (withFiles) state.files = listFiles();
    return state;
  }

  function listFiles(): string[] {
    const root = t.config.storage.dir;
    return ['objects', 'tmp'].flatMap((sub) => {
      const dir = join(root, sub);
      if (!existsSync(dir)) return [];
      return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(root, join(e.parentPath, e.name)))
        .sort();
    });
  }

  function caseArbitrary(route: { method: string; url: string }, shape: RouteShape | undefined): fc.Arbitrary<FuzzCase> {
    const params = (route.url.match(/:[A-Za-z]+/g) ?? []).map((name) => {
      const real = name === ':kind' ? ['materials', 'presentation', 'pdf', 'ppt'] : realIds.map(String);
      return pathParam(real);
    });
    const allowed = !shape || shape.roles.length === 0 || shape.roles.includes('public') ? PRINCIPALS : (shape.roles as Principal[]);
    const principal = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...PRINCIPALS) });
    const queryKeys = shape?.query ? dtoFields(shape.query).map((f) => f.name) : ['unitId', 'page', 'status'];
    const bodyFields = shape?.body ? dtoFields(shape.body).map((f) => f.name) : [];
    const known = knownBodies.get(`${route.method} ${route.url}`);
    const jsonBodies: Array<fc.Arbitrary<unknown>> = [wrongTopLevel];
    if (shape?.body) jsonBodies.push(dtoBody(shape.body, realIds), dtoBody(shape.body, realIds).chain((b) => mutatedBody(b)));
    if (known) jsonBodies.push(mutatedBody(known), mutatedBody(known));
    if (!shape?.body && !known) jsonBodies.push(mutatedBody({ name: '测试', reason: '原因', id: 1, items: [1] }));
    const json = fc.oneof(...jsonBodies).map((value) => ({ kind: 'json' as const, value }));
    const raw = rawBody(bodyFields).map((r) => ({ kind: 'raw' as const, raw: r }));
    const none = fc.constant({ kind: 'none' as const });
    let body: fc.Arbitrary<FuzzCase['body']>;
    if (route.method === 'GET') body = none;
    else if (UPLOAD_ROUTE.test(route.url)) body = fc.oneof({ weight: 5, arbitrary: uploads.map((upload) => ({ kind: 'upload' as const, upload })) }, { weight: 1, arbitrary: raw }, { weight: 1, arbitrary: none });
    else body = fc.oneof({ weight: 6, arbitrary: json }, { weight: 2, arbitrary: raw }, { weight: 1, arbitrary: none });
    return fc.record({ principal, params: fc.tuple(...params), query: route.method === 'GET' ? queryString(queryKeys) : fc.oneof(fc.constant(''), queryString(queryKeys)), body });
  }

  let uploads: fc.Arbitrary<UploadCase>;

  function describeCase(route: { method: string; url: string }, c: FuzzCase, url: string): string {
    const body =
      c.body.kind === 'json'
        ? JSON.stringify(c.body.value)
        : c.body.kind === 'raw'
          ? `${c.body.raw.contentType ?? '(no content-type)'} ${String(c.body.raw.payload)}`
          : c.body.kind === 'upload'
            ? `${c.body.upload.truncate ? '(cut off half-way) ' : ''}${JSON.stringify(c.body.upload.parts.map((p) => ('filename' in p ? { name: p.name, filename: p.filename, bytes: p.content.length } : p)))}`
            : '';
    return `${c.principal} ${route.method} ${url} ${body}`.slice(0, 400);
  }

  it('refuses JSON nested thousands deep with BODY_TOO_DEEP instead of overflowing the stack (found by this fuzz)', async () => {
    // Was a 500: class-transformer's plainToInstance recursed once per level and ran out of stack.
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const nested = `{"settings":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`;
    const cases: Array<[string, string, string | undefined]> = [
      [`/${API_PREFIX}/auth/login`, `{"username":${deep},"password":"x"}`, undefined],
      [`/${API_PREFIX}/teams`, `{"name":"班组","kind":"other","x":${deep}}`, tokens.declarant],
      // A body the service checks itself (typed unknown): refused before it too.
      [`/${API_PREFIX}/campaigns/current/settings`, nested, tokens.secretariat],
    ];
    for (const [url, payload, token] of cases) {
      const before = await snapshot(false);
      const reply = await t.app.inject({
        method: url.endsWith('settings') ? 'PUT' : 'POST',
        url,
        payload,
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      });
      expect({ status: reply.statusCode, body: JSON.parse(reply.body) as unknown }).toEqual({
        status: 422,
        body: { statusCode: 422, code: 'BODY_TOO_DEEP', message: '请求内容嵌套层数过多', field: 'body' },
      });
      expect(await snapshot(false)).toEqual(before);
    }
  });

  it('never answers 5xx, always answers a 4xx with a known code and a Chinese message, and stores nothing on refusal', async () => {
    uploads = uploadCase([
      { filename: '申报材料.pdf', content: await pdfFixture() },
      { filename: '发布材料.pptx', content: pptxFixture() },
      { filename: 'photo.png', content: PNG_1x1 },
    ]);
    const shapes = routeShapes(t.app, API_PREFIX);
    const similarity = t.app.get(SimilarityJobService);
    const routes = [...routesOf(t.app)]
      .filter((r) => r.method !== 'OPTIONS')
      // Reads first, removals last, so a lucky DELETE does not take the world away from the routes after it; logging out
      // (which ends the caller's session) after everything else.
      .sort((a, b) => order(a) - order(b));
    const problems: Problem[] = [];
    const statuses = new Map<number, number>();
    let cases = 0;
    let serverErrors = 0;
    const durations: Array<[string, number]> = [];
    /** Principals whose token stopped working, and the route after which it did (only logout may do that, and runs last). */
    const lostTokens: string[] = [];
    console.log(`fuzz: seed ${SEED}, ${RUNS} runs per route (FUZZ_SEED=${SEED} to replay)`);

    for (const [index, route] of routes.entries()) {
      const key = `${route.method} ${route.url}`;
      const shape = shapes.get(key);
      const allowedWrites = WRITES_ON_REFUSAL.filter((w) => w.route.test(key)).flatMap((w) => w.tables);
      const upload = UPLOAD_ROUTE.test(route.url);
      const started = Date.now();
      if (process.env.FUZZ_PROGRESS) process.stderr.write(`fuzz: ${key}\n`);
      await fc.assert(
        fc.asyncProperty(caseArbitrary(route, shape), async (c) => {
          let p = 0;
          const url = route.url.replace(/:[A-Za-z]+/g, () => c.params[p++]!) + c.query;
          const headers: Record<string, string> = {};
          const token = c.principal === 'anonymous' ? undefined : tokens[c.principal];
          if (token) headers.authorization = `Bearer ${token}`;
          let payload: string | Buffer | undefined;
          if (c.body.kind === 'json') {
            headers['content-type'] = 'application/json';
            payload = JSON.stringify(c.body.value) ?? 'null';
          } else if (c.body.kind === 'raw') {
            if (c.body.raw.contentType) headers['content-type'] = c.body.raw.contentType;
            payload = c.body.raw.payload;
          } else if (c.body.kind === 'upload') {
            const multipart = uploadPayload(c.body.upload);
            Object.assign(headers, multipart.headers);
            payload = multipart.payload;
          }
          // Files are listed for uploads always, elsewhere now and then (no other route should write any).
          const withFiles = upload || cases % 10 === 0;
          // A similarity run an earlier case queued works in the background; let it finish so its rows are not counted
          // against this case.
          await similarity.idle();
          const before = await snapshot(withFiles);
          const response = await answerOrHang(t.app.inject({ method: route.method as 'GET', url, headers, payload }));
          cases++;
          if (response === 'no answer') {
            problems.push({ route: key, problem: `no answer within ${HANG_SECONDS} s`, request: describeCase(route, c, url) });
            return;
          }
          statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
          const report = (problem: string) => problems.push({ route: key, problem, request: describeCase(route, c, url) });
          if (response.statusCode >= 500) {
            serverErrors++;
            report(`${response.statusCode} ${response.body.slice(0, 200)}`);
            return;
          }
          if (response.statusCode < 400) return;
          let body: Record<string, unknown> = {};
          try {
            body = JSON.parse(response.body) as Record<string, unknown>;
          } catch {
            report(`${response.statusCode} not JSON: ${response.body.slice(0, 120)}`);
          }
          if (body.statusCode !== response.statusCode || typeof body.code !== 'string' || !(body.code in ERROR_MESSAGES)) {
            report(`${response.statusCode} without a known code: ${response.body.slice(0, 200)}`);
          } else if (typeof body.message !== 'string' || !/[\u4e00-\u9fff]/.test(body.message)) {
            report(`${response.statusCode} ${body.code} without a Chinese message: ${String(body.message)}`);
          }
          const after = await snapshot(withFiles);
          const unexplained = Object.keys(before).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]) && !allowedWrites.includes(k));
          if (unexplained.length) report(`${response.statusCode} ${String(body.code)} but stored: ${unexplained.map((k) => `${k} ${JSON.stringify(before[k])}→${JSON.stringify(after[k])}`).join(', ').slice(0, 300)}`);
        }),
        { seed: SEED + index, numRuns: RUNS },
      );
      durations.push([key, Date.now() - started]);
      if (!TOKEN_SPENDING.test(route.url)) {
        for (const principal of PRINCIPALS.slice(1)) {
          const me = await t.app.inject({ method: 'GET', url: `/${API_PREFIX}/auth/me`, headers: { authorization: `Bearer ${tokens[principal]}` } });
          if (me.statusCode !== 200 && !lostTokens.some((l) => l.startsWith(`${principal} `))) lostTokens.push(`${principal} after ${key}: ${me.body}`);
        }
      }
    }

    // A hostile file name never puts a file outside the store, whatever the answer was.
    for (const dir of [t.config.dataDir, t.config.storage.dir, tmpdir()]) {
      const names = readdirSync(dir);
      expect(names.filter((n) => HOSTILE_FILE_NAMES.some((h) => h.endsWith(n) && /x\.pdf|evil|passwd|win\.ini/.test(n)))).toEqual([]);
    }

    const fromDtos = routes.filter((r) => shapes.get(`${r.method} ${r.url}`)?.body || shapes.get(`${r.method} ${r.url}`)?.query).length;
    console.log(
      `fuzz: ${routes.length} routes, ${cases} cases, ${serverErrors} server errors (seed ${SEED}); ${fromDtos} routes fuzzed from their DTOs; answers by status: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
    );
    // Where the time goes, to keep the run short as routes are added.
    console.log(`fuzz: slowest routes ${durations.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([r, ms]) => `${r} ${ms} ms`).join('; ')}`);
    const unexpected = dedupe(problems);
    expect(unexpected.map((p) => `${p.route}: ${p.problem}\n    ${p.request}`)).toEqual([]);
    // Every principal kept its session up to the token-spending routes, so the fuzz reached guards and services as each.
    expect(lostTokens).toEqual([]);
    expect(routes.length).toBeGreaterThan(100);
  }, 600_000);
});

/** A request that never answers is a failure too (reported, not waited on until Jest's own timeout). */
const HANG_SECONDS = 15;
async function answerOrHang<T>(pending: Promise<T>): Promise<T | 'no answer'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'no answer'>((resolve) => (timer = setTimeout(() => resolve('no answer'), HANG_SECONDS * 1000)));
  try {
    return await Promise.race([pending, hang]);
  } finally {
    clearTimeout(timer);
  }
}

function order(route: { method: string; url: string }): number {
  if (TOKEN_SPENDING.test(route.url)) return 3;
  return route.method === 'GET' ? 0 : route.method === 'DELETE' ? 2 : 1;
}

/** One line per route and kind of problem (the status and code), so a broken route does not fill the report. */
function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.route} ${p.problem.split(' ').slice(0, 2).join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
