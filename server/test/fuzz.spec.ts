import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { ERROR_MESSAGES } from '@cacem/shared';
import fc from 'fast-check';
import { API_PREFIX, routesOf } from '../src/app.factory.js';
import { SimilarityJobService } from '../src/modules/similarity/similarity-job.service.js';
import { PRINCIPALS } from './support/authz-world.js';
import { HOSTILE_FILE_NAMES, routeShapes, uploadPayload } from './support/fuzz-arbitraries.js';
import { admitted, caseArbitrary, describeCase, type FuzzCase, type FuzzWorld, matrixCase } from './support/fuzz-cases.js';
import { dedupe, HAPPY_PATH_UNREACHABLE, order, type Problem, type RouteTally, SLOW_ROUTE_RUNS, TOKEN_SPENDING, UPLOAD_ROUTE, WRITES_ON_REFUSAL } from './support/fuzz-policy.js';
import { answerOrHang, HANG_SECONDS, RUNS, SEED } from './support/fuzz-report.js';
import { type StoreSnapshots, storeSnapshots } from './support/fuzz-snapshot.js';
import { resolvedUpload } from './support/fuzz-uploads.js';
import { buildFuzzWorld } from './support/fuzz-world.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';
import { WechatStandIn } from './support/wechat-stand-in.js';

/*
 * Property-based fuzzing of every route the router has (routesOf), as every kind of caller, with hostile path
 * parameters, query strings, JSON and raw bodies and multipart uploads — and, for a share of the cases, well-formed
 * requests from a caller the route admits: the authorization matrix's valid request first, then bodies built from the
 * route's DTO with plausible values only, and uploads with the route's real field names and real files (generated
 * images, PDF and PPTX documents, generated workbooks for the expert import). For each answer:
 *   - never a 5xx;
 *   - a 4xx is the API's one error shape, with a known code and a Chinese message;
 *   - a refused request stored nothing: every table's row count and content (on SQLite a count of rows changed by
 *     committed statements, which sees UPDATEs; on MariaDB CHECKSUM TABLE of every table) and the file store's objects/
 *     and tmp/ are as they were. A 2xx is allowed to write: it is counted, not snapshotted;
 *   - every route with a happy path answered 2xx at least once (HAPPY_PATH_UNREACHABLE lists the few that cannot, each
 *     with its reason), so a route that refuses everything fails the run.
 * The seed is fixed (FUZZ_SEED overrides it) and printed, so a failing case can be replayed.
 */

describe(`fuzzing every route with hostile input on ${TEST_DB}`, () => {
  // WeChat login and subscriptions reach the stand-in on loopback, never the real service.
  const wechat = new WechatStandIn();
  let t: TestApp;
  let world: FuzzWorld;
  let tokens: FuzzWorld['tokens'];
  /** Well-formed requests the matrix's world cannot give (its applications are drawn): on a draft of declarant A's own. */
  let extraExamples: FuzzWorld['extraExamples'];
  let snapshot: StoreSnapshots['snapshot'];

  beforeAll(async () => {
    await wechat.start();
    t = await startTestApp(wechat.env());
    world = await buildFuzzWorld(t.app, wechat);
    ({ tokens, extraExamples } = world);
    ({ snapshot } = await storeSnapshots(t));
  }, 240_000);

  afterAll(async () => {
    await t?.close();
    await wechat.stop();
  });

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
    const shapes = routeShapes(t.app, API_PREFIX);
    const similarity = t.app.get(SimilarityJobService);
    const routes = [...routesOf(t.app)]
      .filter((r) => r.method !== 'OPTIONS')
      // Reads first, removals last, so a lucky DELETE does not take the world away from the routes after it; logging out
      // (which ends the caller's session) after everything else.
      .sort((a, b) => order(a) - order(b));
    const problems: Problem[] = [];
    const statuses = new Map<number, number>();
    const tallies = new Map<string, RouteTally>();
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
      const tally: RouteTally = { ok: 0, refused: 0, wellFormed: 0, wellFormedRefusals: new Map() };
      tallies.set(key, tally);
      // The matrix's valid request, as each caller the route admits, goes first, before hostile cases change the world.
      const examples = admitted(route, shape).flatMap((who) => {
        const c = matrixCase(world, route, who);
        return c ? [[c] as [FuzzCase]] : [];
      });
      const extra = extraExamples.get(key);
      if (extra) examples.push([extra]);
      if (process.env.FUZZ_PROGRESS) process.stderr.write(`fuzz: ${key}\n`);
      await fc.assert(
        fc.asyncProperty(caseArbitrary(world, route, shape), async (c) => {
          let p = 0;
          const url = c.url ?? route.url.replace(/:[A-Za-z]+/g, () => c.params[p++]!) + c.query;
          if (c.wellFormed) tally.wellFormed++;
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
            const multipart = uploadPayload(await resolvedUpload(c.body.upload));
            Object.assign(headers, multipart.headers);
            payload = multipart.payload;
          }
          // Files are listed for uploads always, elsewhere now and then (no other route should write any).
          const withFiles = upload || cases % 10 === 0;
          // A similarity run an earlier case queued works in the background; let it finish so its rows are not counted
          // against this case.
          await similarity.idle();
          const before = await snapshot(withFiles);
          // Each route's cases come from an address of their own: the login throttle counts failures per address, and the
          // hostile logins of one route must not lock the next route's well-formed login out (429).
          const remoteAddress = `198.18.${index >> 8}.${index & 255}`;
          const response = await answerOrHang(t.app.inject({ method: route.method as 'GET', url, headers, payload, remoteAddress }));
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
          // A success may write: only refusals are held to "stored nothing".
          if (response.statusCode < 300) tally.ok++;
          if (response.statusCode < 400) return;
          tally.refused++;
          if (c.wellFormed) {
            const why = `${response.statusCode} ${/"code":"([A-Z_]+)"/.exec(response.body)?.[1] ?? ''}`;
            tally.wellFormedRefusals.set(why, (tally.wellFormedRefusals.get(why) ?? 0) + 1);
          }
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
        { seed: SEED + index, numRuns: SLOW_ROUTE_RUNS[key] ?? RUNS, examples },
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
    // Per route: answers 2xx / 4xx (and how many cases were well-formed), and the routes with a happy path never reached.
    console.log(
      `fuzz: answers by route (2xx/4xx, well-formed cases)\n${[...tallies]
        .map(([key, n]) => `  ${String(n.ok).padStart(3)} / ${String(n.refused).padEnd(3)} (${n.wellFormed} well-formed)  ${key}${n.ok ? '' : `  — well-formed refused: ${[...n.wellFormedRefusals].map(([why, k]) => `${why}×${k}`).join(', ')}`}`)
        .join('\n')}`,
    );
    const neverOk = [...tallies].filter(([key, n]) => n.ok === 0 && !(key in HAPPY_PATH_UNREACHABLE)).map(([key]) => key);
    const reachedAfterAll = Object.keys(HAPPY_PATH_UNREACHABLE).filter((key) => (tallies.get(key)?.ok ?? 0) > 0 || !tallies.has(key));
    // Where the time goes, to keep the run short as routes are added.
    console.log(`fuzz: slowest routes ${durations.sort((a, b) => b[1] - a[1]).slice(0, 6).map(([r, ms]) => `${r} ${ms} ms`).join('; ')}`);
    const unexpected = dedupe(problems);
    expect(unexpected.map((p) => `${p.route}: ${p.problem}\n    ${p.request}`)).toEqual([]);
    // Every principal kept its session up to the token-spending routes, so the fuzz reached guards and services as each.
    expect(lostTokens).toEqual([]);
    // Every route with a happy path answered 2xx; the list of those without one holds only routes that exist and never did.
    expect({ neverOk, reachedAfterAll }).toEqual({ neverOk: [], reachedAfterAll: [] });
    expect(routes.length).toBeGreaterThan(100);
  }, 600_000);
});
