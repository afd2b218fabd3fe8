import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf, routesOf } from '../src/app.factory.js';
import { Expert } from '../src/modules/expert/expert.entity.js';
import { MATRIX, type MatrixEntry, type MatrixRequest, sendAs } from './authz-matrix.js';
import { ProbeTally } from './probe/probe-tally.js';
import { type AuthzWorld, buildAuthzWorld, PRINCIPALS, type PrincipalName } from './support/authz-world.js';
import { type H5Fixture, h5Fixture, startStaticTestApp } from './support/fuzz-static.js';
import { call, TEST_DB, type TestApp } from './support/test-app.js';
import { WechatStandIn } from './support/wechat-stand-in.js';

type Verdict = 'allow' | 'deny' | 'error';

/**
 * What an answer says about access. 401 and 403 are refusals. 404 is one too: services answer 404 for another
 * enterprise's (team's, unit's, panel's) object so ids cannot be probed, and every object the matrix names exists,
 * unless the entry says it is deliberately absent. Anything else — including 409 and 422 for the wrong stage or a
 * refused file — means the caller was let in to the work. A 5xx is neither, and fails the test on its own.
 */
function verdictOf(entry: MatrixEntry, status: number, code: string | undefined): Verdict {
  if (status >= 500) return 'error';
  if (status === 401) return code !== undefined && entry.credentialCodes?.includes(code) ? 'allow' : 'deny';
  if (status === 403) return 'deny';
  if (status === 404) return entry.absent ? 'allow' : 'deny';
  return 'allow';
}

/**
 * The static routes: each H5 file is its own route (wildcard: false), Swagger UI has its page, init script and assets.
 * Everyone may read them; a wildcard route is tried with a real asset.
 */
function staticEntries(h5Files: readonly string[]): Record<string, MatrixEntry> {
  const entries: Record<string, MatrixEntry> = {
    'GET /': { allow: PRINCIPALS },
    'GET /api/docs': { allow: PRINCIPALS },
    'GET /api/docs/': { allow: PRINCIPALS },
    'GET /api/docs/swagger-ui-init.js': { allow: PRINCIPALS },
    'GET /api/docs/index.html': { allow: PRINCIPALS },
    // SwaggerModule registers this route to answer 404 to everyone (the asset folder's licence file is not served).
    'GET /api/docs/LICENSE': { allow: [] },
    'GET /api/docs/*': { allow: PRINCIPALS, request: () => ({ url: '/api/docs/swagger-ui.css' }) },
    // Swagger UI mounted a second time under its last path segment (SwaggerModule's slash-ending path).
    'GET /api/docs/docs/swagger-ui-init.js': { allow: PRINCIPALS },
    'GET /api/docs/docs/*': { allow: PRINCIPALS, request: () => ({ url: '/api/docs/docs/swagger-ui.css' }) },
  };
  for (const file of h5Files) entries[`GET ${file}`] = { allow: PRINCIPALS, request: () => ({ url: encodeURI(file) }) };
  return entries;
}

const PHASE_RANK = { late: 1, last: 2, logout: 3 } as const;

describe(`the authorization matrix on ${TEST_DB}`, () => {
  let t: TestApp;
  let w: AuthzWorld;
  let h5: H5Fixture;
  /** The API's matrix and the static files' entries (the H5 files of the fixture, Swagger UI): all public. */
  let matrix: Record<string, MatrixEntry>;
  // WeChat login and binding are public routes too; a local stand-in for WeChat's server makes them answer for real.
  const wechat = new WechatStandIn();

  beforeAll(async () => {
    await wechat.start();
    // An allowed origin, so the CORS preflight route answers rather than falling through to the API's 404. Static files
    // are served as `npm start` serves them (a small H5 site of the test's own), so their routes are in the router too.
    h5 = h5Fixture();
    t = await startStaticTestApp(h5, { ...wechat.env(), CORS_ORIGINS: 'http://localhost:10086' });
    matrix = { ...MATRIX, ...staticEntries(h5.files) };
    w = await buildAuthzWorld(t.app, wechat);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await wechat.stop();
    h5?.remove();
  });

  const routeKeys = () => routesOf(t.app).map((r) => `${r.method} ${r.url}`);

  async function send(method: string, url: string, who: PrincipalName, request: MatrixRequest) {
    const path = request.url ?? url.replace(/:(\w+)/g, (_, name: string) => {
      const value = request.path?.[name];
      if (value === undefined) throw new Error(`${method} ${url}: no value for :${name}`);
      return encodeURIComponent(String(value));
    });
    return sendAs(t.app, w, method, path, who, request);
  }

  it('has an entry for every route of the router, and none for a route that is gone', () => {
    const keys = routeKeys();
    const missing = keys.filter((k) => !(k in matrix));
    const stale = Object.keys(matrix).filter((k) => !keys.includes(k));
    const problems = [
      ...missing.map((k) => `route without a matrix entry (add it to test/authz-matrix.ts): ${k}`),
      ...stale.map((k) => `matrix entry for no route (remove it from test/authz-matrix.ts): ${k}`),
    ];
    // The two leniencies of verdictOf stay where no relationship can hide behind them.
    for (const [key, entry] of Object.entries(matrix)) {
      if (entry.absent && entry.allow.join() !== 'secretariat') problems.push(`${key}: an absent object is only for secretariat-only routes`);
      if (entry.credentialCodes && entry.allow.length !== PRINCIPALS.length) problems.push(`${key}: credential refusals are only for public routes`);
    }
    expect(problems).toEqual([]);
  });

  // The matrix's conflicted expert is a panel member, refused A's sheet by name; a leader is refused A too.
  it('refuses the panel leader the leader actions on A once pool data puts the leader in A\'s unit', async () => {
    const repo = dataSourceOf(t.app).getRepository(Expert);
    const leader = await repo.findOneByOrFail({ id: w.experts.assigned });
    await repo.update({ id: leader.id }, { recommendingUnitId: w.unitA });
    try {
      const token = w.tokens.expertAssigned;
      const returned = await call(t.app, 'POST', `/api/v1/reviews/${w.applicationA}/materials/sheets/${w.experts.conflict}/return`, { token, json: { reason: '请更正' } });
      // Whether A's team presented decides whether it forfeits: not for a leader from A's own unit to say.
      const absent = await call(t.app, 'POST', `/api/v1/presentation-sessions/${w.sessionId}/slots/${w.applicationA}/absent`, { token, json: { absent: true } });
      expect([returned.status, returned.body.code, absent.status, absent.body.code]).toEqual([403, 'REVIEW_CONFLICT', 403, 'REVIEW_CONFLICT']);
    } finally {
      await repo.update({ id: leader.id }, { recommendingUnitId: leader.recommendingUnitId });
    }
  });

  it('lets each principal through exactly where the matrix allows it', async () => {
    const rank = (key: string) => {
      const phase = matrix[key]!.phase;
      return phase ? PHASE_RANK[phase] : 0;
    };
    // Router order, with the entries that change shared objects moved to the end (Array.sort is stable).
    const keys = routeKeys()
      .filter((k) => k in matrix)
      .sort((a, b) => rank(a) - rank(b));
    // Counted in the probe suite's table too (npm test prints it): this is its route × principal kind.
    const tally = new ProbeTally('route × principal (authorization)');
    const mismatches: string[] = [];
    let checks = 0;
    for (const key of keys) {
      const entry = matrix[key]!;
      const [method, url] = key.split(' ') as [string, string];
      // Refused callers first: a caller let in may change the object the others are tried on.
      const order = [...PRINCIPALS.filter((p) => !entry.allow.includes(p)), ...PRINCIPALS.filter((p) => entry.allow.includes(p))];
      for (const who of order) {
        const reply = await send(method, url, who, entry.request?.(w, who) ?? {});
        const got = verdictOf(entry, reply.status, reply.code);
        const expected: Verdict = entry.allow.includes(who) ? 'allow' : 'deny';
        checks++;
        tally.check(got === expected, `${key} — ${who}`);
        if (got !== expected) mismatches.push(`${key} — ${who}: expected ${expected}, got ${reply.status}${reply.code ? ` ${reply.code}` : ''}`);
      }
    }
    process.stdout.write(`authorization matrix: ${keys.length} routes × ${PRINCIPALS.length} principals = ${checks} checks\n`);
    expect(mismatches).toEqual([]);
    tally.done();
  }, 120_000);
});
