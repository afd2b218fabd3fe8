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
  uploadPayload,
  wrongTopLevel,
} from './support/fuzz-arbitraries.js';
import { MATRIX, type MatrixRequest } from './authz-matrix.js';
import { type AuthzWorld, buildAuthzWorld, PRINCIPALS, type PrincipalName } from './support/authz-world.js';
import { type RouteUpload, resolvedUpload, routeUpload } from './support/fuzz-uploads.js';
import { pdfFixture, pptxFixture } from './support/material-files.js';
import { applicationFormFactory } from './support/factories.js';
import { statisticsFactory } from './support/recommendation-factories.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';
import { WechatStandIn } from './support/wechat-stand-in.js';
import { answerOrHang, HANG_SECONDS, RUNS, SEED } from './support/fuzz-report.js';


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

/** The snapshot's key for rows changed by committed statements (SQLite; see countCommittedChanges). */
const COMMITTED = 'committed row changes';


/** The fuzz's callers are the authorization matrix's: each relationship to the world's team A (see authz-world.ts). */
type Principal = PrincipalName;
const ROLE_OF: Record<Principal, string> = {
  anonymous: 'public',
  member: 'member',
  otherMember: 'member',
  declarant: 'declarant',
  otherDeclarant: 'declarant',
  recommender: 'recommender',
  otherRecommender: 'recommender',
  expertUnassigned: 'expert',
  expertAssigned: 'expert',
  expertConflict: 'expert',
  secretariat: 'secretariat',
};

/**
 * Routes that end a session when they succeed — the caller's own (logout, refresh), or the one whose card password is
 * reset, whose expert status is removed or who is removed from the team (the declarant may remove a member of the
 * world with a real id): fuzzed last, after every other route, so the world's tokens live till then.
 */
const TOKEN_SPENDING = /\/auth\/(logout|refresh)$|\/registration-cards\/:id\/reset$|\/experts\/:id\/(removal|account)$|\/teams\/:teamId\/members\/:memberId$/;

/** Routes whose multipart body is a file (the fuzz sends uploads there, and JSON now and then). */
const UPLOAD_ROUTE = /\/(materials\/:kind|photos|evidence|letter|excellent-list|experts\/import)$/;

/**
 * Routes that cannot answer 2xx in the fuzz's world, each with its reason. Every other route must answer 2xx at least
 * once, to a well-formed request from a caller it admits, or the run fails: a route that refuses everything is a bug
 * the other checks cannot see. Keep this short: give the world what a route needs instead.
 */
const PAST_REGISTRATION = 'the world is past registration and recommendation (A and B drawn, the clock in the materials review): the window is closed and A, B are past this state';
const PAST_REVIEW = 'the materials review of the world has not ended (no scores from the conflicted member): there is nothing to grade, invite, schedule or close yet';
const NO_OBJECT = 'the world holds no such object (a returned sheet, a kept sheet, a similarity pair or template cluster: each needs a season played further)';
const HAPPY_PATH_UNREACHABLE: Record<string, string> = {
  'PUT /api/v1/enterprises/me/credit-code': `${PAST_REGISTRATION}; the credit code is locked once submitted`,
  'PUT /api/v1/enterprises/:id/credit-code': 'the world names no enterprise by id (the matrix uses an absent one) and a DTO-built code fails its checksum',
  'POST /api/v1/applications/:id/submit': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/materials/:kind': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/recommend': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/decline': PAST_REGISTRATION,
  'PUT /api/v1/recommendation/preferences': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/secretariat-decision': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/screening': PAST_REGISTRATION,
  'POST /api/v1/reviews/panels/:panelNo/materials/close': PAST_REVIEW,
  'POST /api/v1/reviews/:applicationId/:kind/submit': 'the one expert free to score A has submitted A\'s sheet already; a DTO-built sheet is not the rubric',
  'POST /api/v1/reviews/:applicationId/:kind/sheets/:expertId/return': 'the conflicted member never submits a sheet to return',
  'POST /api/v1/presentation-sessions': PAST_REVIEW,
  'POST /api/v1/presentation-sessions/:id/close': PAST_REVIEW,
  'POST /api/v1/invitations': PAST_REVIEW,
  'PUT /api/v1/grading/items/:applicationId': PAST_REVIEW,
  'POST /api/v1/grading/confirm': PAST_REVIEW,
  'POST /api/v1/grading/reconfirmation': PAST_REVIEW,
  'POST /api/v1/grading/publish': PAST_REVIEW,
  'POST /api/v1/reviews/changes/:id/decision': NO_OBJECT,
  'GET /api/v1/experts/:id/kept-sheets': NO_OBJECT,
  'POST /api/v1/experts/:id/kept-sheets/decision': NO_OBJECT,
  'GET /api/v1/similarity/pairs/:id': NO_OBJECT,
  'POST /api/v1/similarity/pairs/:id/case': NO_OBJECT,
  'POST /api/v1/similarity/pairs/:id/dismissal': NO_OBJECT,
  'DELETE /api/v1/similarity/pairs/:id/dismissal': NO_OBJECT,
  'GET /api/v1/similarity/clusters/:id': NO_OBJECT,
};

/**
 * Refusals that write on purpose: a wrong password or code counts towards the address's and the account's lockout
 * (login_throttle, counted and updated). On these routes only the tables named may change, and the committed-changes
 * count — which the count updates move — is not taken as evidence.
 */
const WRITES_ON_REFUSAL: Array<{ route: RegExp; tables: string[] }> = [
  // The failure that locks an account or an address is audited too (login.account_locked, login.address_blocked in
  // ThrottleService.count), with the chain's head moving along.
  { route: /^POST \/api\/v1\/auth\/(login|card-login|member-login|join|bind|wechat-login)$/, tables: ['login_throttle', 'audit_entry', 'audit_head', COMMITTED] },
];

/** Routes whose every success is slow (a PDF certificate, a QR code image): fewer cases, the same checks. */
const SLOW_ROUTE_RUNS: Record<string, number> = {
  'GET /api/v1/certificates/:no/pdf': 12,
  'POST /api/v1/teams/:teamId/invites': 12,
};

interface FuzzCase {
  principal: Principal;
  /** Built to be accepted: a caller the route admits, real ids, a valid body or the route's real upload. */
  wellFormed: boolean;
  /** The whole URL instead of the route's with `params` (the matrix's signed file link). */
  url?: string;
  params: string[];
  query: string;
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; raw: RawBody } | { kind: 'upload'; upload: RouteUpload };
}

interface Problem {
  route: string;
  problem: string;
  request: string;
}

interface RouteTally {
  ok: number;
  refused: number;
  wellFormed: number;
  /** What the well-formed cases were refused with (status and code), to say why a route never answered 2xx. */
  wellFormedRefusals: Map<string, number>;
}

describe(`fuzzing every route with hostile input on ${TEST_DB}`, () => {
  // WeChat login and subscriptions reach the stand-in on loopback, never the real service.
  const wechat = new WechatStandIn();
  let t: TestApp;
  let w: AuthzWorld;
  const tokens: Partial<Record<Principal, string>> = {};
  const realIds: number[] = [];
  /** Real values for path parameters by name; ids of the world for the rest. */
  const realParams = new Map<string, string[]>();
  let tableNames: string[] = [];
  const knownBodies = new Map<string, unknown>();
  let uploadFiles: Parameters<typeof routeUpload>[1];
  /** Well-formed requests the matrix's world cannot give (its applications are drawn): on a draft of declarant A's own. */
  const extraExamples = new Map<string, FuzzCase>();

  beforeAll(async () => {
    await wechat.start();
    t = await startTestApp(wechat.env());
    // The authorization matrix's world: team A's application drawn to a panel, with a record, materials, a certificate,
    // a presentation session and a misconduct case, and every kind of caller beside and around it.
    w = await buildAuthzWorld(t.app, wechat);
    Object.assign(tokens, w.tokens);
    realIds.push(
      1,
      2,
      w.unitA,
      w.unitB,
      w.teamA,
      w.teamB,
      w.applicationA,
      w.applicationB,
      w.spareMemberA,
      w.recordA,
      ...Object.values(w.experts),
      w.drawId,
      w.sessionId,
      w.caseId,
      w.inboxMessageA,
      w.recommenderUserA,
      w.resetCardId,
    );
    // Declarant A's second team, with a draft application: what saving and withdrawing an application act on.
    const team = await call<{ id: number }>(t.app, 'POST', `/${API_PREFIX}/teams`, { token: w.tokens.declarant, json: { name: '模糊测试班组', kind: 'construction_crew' } });
    const draft = await call<{ id: number }>(t.app, 'PUT', `/${API_PREFIX}/teams/${team.body.id}/application`, { token: w.tokens.declarant, json: applicationFormFactory(w.unitA) });
    if (team.status !== 201 || draft.status !== 200) throw new Error(`fuzz world: the draft failed: ${JSON.stringify([team.body, draft.body])}`);
    realIds.push(team.body.id, draft.body.id);
    const declarantCase = (params: number[], value?: unknown): FuzzCase => ({
      principal: 'declarant',
      wellFormed: true,
      params: params.map(String),
      query: '',
      body: value === undefined ? { kind: 'none' } : { kind: 'json', value },
    });
    extraExamples.set(`PUT /${API_PREFIX}/teams/:teamId/application`, declarantCase([team.body.id], applicationFormFactory(w.unitA)));
    extraExamples.set(`POST /${API_PREFIX}/applications/:id/withdraw`, declarantCase([draft.body.id]));
    realParams.set(':kind', ['materials', 'presentation', 'pdf', 'ppt']);
    realParams.set(':no', [w.certificateNo]);
    realParams.set(':token', [w.fileUrlA.split('/').pop()!.split('?')[0]!]);
    realParams.set(':panelNo', [String(w.panelNo)]);
    // Parameters whose name says what they hold get the world's objects of that kind only: a well-formed case then
    // names a real application, record or member, not an id of something else. (Team ids stay open: the teams the fuzz
    // itself creates, with their draft applications, are reached through them.)
    realParams.set(':applicationId', [w.applicationA, w.applicationB].map(String));
    realParams.set(':recordId', [String(w.recordA)]);
    realParams.set(':memberId', [String(w.spareMemberA)]);
    realParams.set(':unitId', [w.unitA, w.unitB].map(String));
    realParams.set(':expertId', Object.values(w.experts).map(String));
    // Bodies the services check themselves (no DTO): mutate a valid one so the fuzz gets past the first check.
    const current = await call<{ settings: unknown }>(t.app, 'GET', `/${API_PREFIX}/campaigns/current`);
    knownBodies.set(`PUT /${API_PREFIX}/campaigns/current/settings`, { settings: current.body.settings });
    knownBodies.set(`PUT /${API_PREFIX}/recommendation/statistics`, statisticsFactory());
    const units = await call<{ items: Array<{ name: string }> }>(t.app, 'GET', `/${API_PREFIX}/recommending-units`);
    uploadFiles = { pdf: await pdfFixture('fuzz'), pptx: pptxFixture('fuzz'), unitNames: units.body.items.map((u) => u.name).slice(0, 6) };
    tableNames = await listTables();
    if (TEST_DB === 'sqlite') await countCommittedChanges();
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

  /**
   * SQLite: a counter of rows changed by committed statements, kept by temporary triggers on every table (after each
   * INSERT, UPDATE and DELETE, per row). The triggers write inside the statement's own transaction, so a transaction
   * rolled back takes its counts back with it — unlike total_changes(), which also counts work that was undone.
   */
  async function countCommittedChanges(): Promise<void> {
    const ds = dataSourceOf(t.app);
    await ds.query(`CREATE TEMP TABLE fuzz_committed (n INTEGER NOT NULL)`);
    await ds.query(`INSERT INTO fuzz_committed (n) VALUES (0)`);
    for (const [i, name] of tableNames.entries()) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        await ds.query(`CREATE TEMP TRIGGER fuzz_${op.toLowerCase()}_${i} AFTER ${op} ON main.${ds.driver.escape(name)} BEGIN UPDATE fuzz_committed SET n = n + 1; END`);
      }
    }
  }

  /**
   * Every table's row count in one round trip, and evidence of UPDATEs too: on SQLite every row a committed statement
   * has changed so far (countCommittedChanges); on MariaDB each table's content checksum (CHECKSUM TABLE reads every row of an InnoDB
   * table and hashes it), kept with its count as `count/checksum`.
   */
  async function snapshot(withFiles: boolean): Promise<Record<string, unknown>> {
    const ds = dataSourceOf(t.app);
    const columns = tableNames.map((name, i) => `(SELECT COUNT(*) FROM ${ds.driver.escape(name)}) AS c${i}`);
    if (TEST_DB === 'sqlite') columns.push('(SELECT n FROM temp.fuzz_committed) AS changes');
    const [row] = (await ds.query(`SELECT ${columns.join(', ')}`)) as Array<Record<string, unknown>>;
    const state: Record<string, unknown> = {};
    tableNames.forEach((name, i) => (state[name] = Number(row![`c${i}`])));
    if (TEST_DB === 'sqlite') state[COMMITTED] = Number(row!.changes);
    else {
      const sums = (await ds.query(`CHECKSUM TABLE ${tableNames.map((n) => ds.driver.escape(n)).join(', ')} EXTENDED`)) as Array<{ Table: string; Checksum: string | number | null }>;
      for (const sum of sums) {
        const name = sum.Table.slice(sum.Table.indexOf('.') + 1);
        state[name] = `${String(state[name])}/${String(sum.Checksum)}`;
      }
    }
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

  const paramNames = (url: string) => url.match(/:[A-Za-z]+/g) ?? [];

  /** Callers the route admits: the matrix's allowed principals, else those of the roles its decorators name. */
  function admitted(route: { method: string; url: string }, shape: RouteShape | undefined): Principal[] {
    const entry = MATRIX[`${route.method} ${route.url}`];
    if (entry) return [...entry.allow];
    if (!shape || shape.roles.length === 0) return PRINCIPALS.filter((p) => p !== 'anonymous');
    if (shape.roles.includes('public')) return [...PRINCIPALS];
    return PRINCIPALS.filter((p) => shape.roles.includes(ROLE_OF[p]));
  }

  /** The authorization matrix's valid request for the route, as a fuzz case (matrix requests name their own values). */
  function matrixCase(route: { method: string; url: string }, who: Principal): FuzzCase | undefined {
    const entry = MATRIX[`${route.method} ${route.url}`];
    if (!entry) return undefined;
    const request: MatrixRequest = entry.request?.(w, who) ?? {};
    const query = request.query ? `?${new URLSearchParams(Object.entries(request.query).map(([k, v]): [string, string] => [k, String(v)])).toString()}` : '';
    const params = paramNames(route.url).map((name) => encodeURIComponent(String(request.path?.[name.slice(1)] ?? '')));
    let body: FuzzCase['body'] = { kind: 'none' };
    if (request.multipart) body = { kind: 'upload', upload: { parts: request.multipart, truncate: false, wellFormed: true } };
    else if (request.json !== undefined) body = { kind: 'json', value: request.json };
    return { principal: who, wellFormed: true, url: request.url, params, query, body };
  }

  function caseArbitrary(route: { method: string; url: string }, shape: RouteShape | undefined): fc.Arbitrary<FuzzCase> {
    const names = paramNames(route.url);
    const params = names.map((name) => pathParam(realParams.get(name) ?? realIds.map(String)));
    const allowed = admitted(route, shape);
    const principal = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...PRINCIPALS) });
    const queryKeys = shape?.query ? dtoFields(shape.query).map((f) => f.name) : ['unitId', 'page', 'status'];
    const bodyFields = shape?.body ? dtoFields(shape.body).map((f) => f.name) : [];
    const known = knownBodies.get(`${route.method} ${route.url}`);
    const upload = UPLOAD_ROUTE.test(route.url);
    const jsonBodies: Array<fc.Arbitrary<unknown>> = [wrongTopLevel];
    if (shape?.body) jsonBodies.push(dtoBody(shape.body, realIds), dtoBody(shape.body, realIds).chain((b) => mutatedBody(b)));
    if (known) jsonBodies.push(mutatedBody(known), mutatedBody(known));
    if (!shape?.body && !known) jsonBodies.push(mutatedBody({ name: '测试', reason: '原因', id: 1, items: [1] }));
    const json = fc.oneof(...jsonBodies).map((value) => ({ kind: 'json' as const, value }));
    const raw = rawBody(bodyFields).map((r) => ({ kind: 'raw' as const, raw: r }));
    const none = fc.constant({ kind: 'none' as const });
    const uploads = routeUpload(route.url, uploadFiles).map((u) => ({ kind: 'upload' as const, upload: u }));
    let body: fc.Arbitrary<FuzzCase['body']>;
    if (route.method === 'GET') body = none;
    else if (upload) body = fc.oneof({ weight: 5, arbitrary: uploads }, { weight: 1, arbitrary: raw }, { weight: 1, arbitrary: none });
    else body = fc.oneof({ weight: 6, arbitrary: json }, { weight: 2, arbitrary: raw }, { weight: 1, arbitrary: none });
    const hostile = fc
      .record({ principal, params: fc.tuple(...params), query: route.method === 'GET' ? queryString(queryKeys) : fc.oneof(fc.constant(''), queryString(queryKeys)), body })
      .map((c): FuzzCase => ({ ...c, wellFormed: false }));

    // Well-formed: an admitted caller, real ids, and the matrix's valid request, a DTO body of plausible values only, a
    // known body as it is, or the route's real upload.
    const realParamsOf = fc.tuple(...names.map((name) => fc.constantFrom(...(realParams.get(name) ?? realIds.map(String)))));
    const goodBodies: Array<fc.Arbitrary<FuzzCase['body']>> = [];
    if (route.method === 'GET') goodBodies.push(none);
    else if (upload) goodBodies.push(uploads.filter((u) => u.upload.wellFormed));
    else if (shape?.body) goodBodies.push(dtoBody(shape.body, realIds, 0, 'plausible').map((value) => ({ kind: 'json' as const, value })));
    else if (known) goodBodies.push(fc.constant({ kind: 'json' as const, value: known }));
    else goodBodies.push(none);
    const plausible = fc
      .record({ principal: fc.constantFrom(...allowed), params: realParamsOf, query: shape?.query ? dtoBody(shape.query, realIds, 0, 'plausible').map(toQuery) : fc.constant(''), body: fc.oneof(...goodBodies) })
      .map((c): FuzzCase => ({ ...c, wellFormed: true }));
    const fromMatrix = fc.constantFrom(...allowed).chain((who) => {
      const c = matrixCase(route, who);
      return c ? fc.constant(c) : plausible;
    });
    return fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: fc.oneof(plausible, fromMatrix) });
  }

  function describeCase(route: { method: string; url: string }, c: FuzzCase, url: string): string {
    const body =
      c.body.kind === 'json'
        ? JSON.stringify(c.body.value)
        : c.body.kind === 'raw'
          ? `${c.body.raw.contentType ?? '(no content-type)'} ${String(c.body.raw.payload)}`
          : c.body.kind === 'upload'
            ? `${c.body.upload.truncate ? '(cut off half-way) ' : ''}${JSON.stringify(c.body.upload.parts.map((p) => ('filename' in p ? { name: p.name, filename: p.filename, bytes: Buffer.isBuffer(p.content) ? p.content.length : 'workbook' } : p)))}`
            : '';
    return `${c.principal}${c.wellFormed ? ' (well-formed)' : ''} ${route.method} ${url} ${body}`.slice(0, 400);
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
        const c = matrixCase(route, who);
        return c ? [[c] as [FuzzCase]] : [];
      });
      const extra = extraExamples.get(key);
      if (extra) examples.push([extra]);
      if (process.env.FUZZ_PROGRESS) process.stderr.write(`fuzz: ${key}\n`);
      await fc.assert(
        fc.asyncProperty(caseArbitrary(route, shape), async (c) => {
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

/** A plausible query DTO as a query string (arrays as repeated keys). */
function toQuery(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) search.append(key, typeof v === 'object' ? JSON.stringify(v) : String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
}

/**
 * Reads, writes, removals; then what the matrix runs late (spends a code, closes an object) or last; then the routes
 * that end sessions: the refresh and the team's members first, then card resets and expert removals (a real id may be a
 * world's caller's card or expert), then logout.
 */
function order(route: { method: string; url: string }): number {
  if (route.url.endsWith('/auth/logout')) return 7;
  if (/\/registration-cards\/:id\/reset$|\/experts\/:id\/(removal|account)$/.test(route.url)) return 6;
  if (TOKEN_SPENDING.test(route.url)) return 5;
  const phase = MATRIX[`${route.method} ${route.url}`]?.phase;
  if (phase) return { late: 3, last: 4, logout: 6 }[phase];
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
