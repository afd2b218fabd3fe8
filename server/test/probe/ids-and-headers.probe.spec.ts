import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { API_PREFIX, routesOf } from '../../src/app.factory.js';
import { draftApplicationFactory } from '../support/factories.js';
import { memberFactory } from '../support/member-factories.js';
import { loginAccount, startTestApp, TEST_DB, type TestApp } from '../support/test-app.js';
import { probe } from './probe-tally.js';

/*
 * Ids in paths and caching headers. Found by the outside probe: `/teams/0x2` and `/teams/2e0` resolved to team 2 (ids
 * were read with Number()), and answers carrying tokens had no `Cache-Control: no-store`. Every route with an id in
 * its path, from the running router, must answer a malformed id as no object at all (404 NOT_FOUND) to whoever gets
 * past its guard; every answer under /auth, and every API answer to a logged-in caller, must say no-store.
 */

/** Path parameters that are numeric ids (the rest — a material or score kind, a certificate number, a link — are words). */
const ID_PARAM = /^(id|panelNo|\w+Id)$/;
/** Written-out forms of a small id that must name nothing; the last ones are past JavaScript's safe integers or not positive. */
const MALFORMED = ['0x2', '0X2', '2e0', '1e1', '+2', '%202', '2%20', '%092', '02', '002', '2.0', '2.', '0b10', '0o2', '2n', '1_0', 'Infinity', '-2', '0', '-0', '９', '9007199254740993', '99999999999999999999'];

type Principal = 'secretariat' | 'declarant' | 'member';

describe(`ids and headers on ${TEST_DB}`, () => {
  let t: TestApp;
  const tokens = {} as Record<Principal, string>;
  beforeAll(async () => {
    t = await startTestApp();
    tokens.secretariat = await loginAccount(t.app, 'mishuchu');
    const draft = await draftApplicationFactory(t.app);
    tokens.declarant = draft.token;
    tokens.member = (await memberFactory(t.app, draft.token, draft.teamId, '赵师傅')).token;
  }, 60_000);
  afterAll(async () => t?.close());

  const inject = (method: string, url: string, who: Principal | null, json?: unknown) =>
    t.app.inject({
      method: method as 'GET',
      url,
      headers: { ...(who ? { authorization: `Bearer ${tokens[who]}` } : {}), ...(json !== undefined ? { 'content-type': 'application/json' } : {}) },
      payload: json === undefined ? undefined : JSON.stringify(json),
    });

  it('answers a malformed id on every route with an id as no object (404 NOT_FOUND), never as object 2', async () => {
    await probe('ids and headers', async (tally) => {
      const routes = routesOf(t.app).filter((r) => r.method !== 'OPTIONS' && (r.url.match(/:(\w+)/g) ?? []).some((p) => ID_PARAM.test(p.slice(1))));
      tally.check(routes.length > 40, `routes with an id in the path: ${routes.length}`);
      for (const route of routes) {
        const names = (route.url.match(/:(\w+)/g) ?? []).map((p) => p.slice(1));
        // Each id parameter in turn is malformed, the others a plain 2.
        for (const [position, name] of names.entries()) {
          if (!ID_PARAM.test(name)) continue;
          for (const bad of MALFORMED) {
            const url = route.url.replace(/:(\w+)/g, (_, param: string) => {
              const at = names.indexOf(param);
              if (at === position) return bad;
              if (!ID_PARAM.test(param)) return param === 'kind' ? (route.url.includes('/materials/') ? 'pdf' : 'materials') : 'x';
              return '2';
            });
            for (const who of ['secretariat', 'declarant', 'member'] as const) {
              const reply = await inject(route.method, url, who, route.method === 'GET' || route.method === 'DELETE' ? undefined : {});
              const body = JSON.parse(reply.body || '{}') as { code?: string };
              // A guard's refusal (401, 403) comes before any id is read; past it, a malformed id names nothing.
              const ok = reply.statusCode === 401 || reply.statusCode === 403 || (reply.statusCode === 404 && body.code === 'NOT_FOUND');
              tally.check(ok, `${who} ${route.method} ${url} (:${name}=${bad}) answered ${reply.statusCode} ${body.code ?? reply.body.slice(0, 80)}`);
            }
          }
        }
      }
    });
  }, 300_000);

  it('says Cache-Control: no-store on every /auth answer and on API answers to a logged-in caller; /health keeps its own', async () => {
    await probe('ids and headers', async (tally) => {
      const noStore = (reply: { headers: Record<string, unknown> }) => /\bno-store\b/.test(String(reply.headers['cache-control'] ?? ''));
      // Every /auth route the router has, answered well and badly, anonymous and logged in.
      const authRoutes = routesOf(t.app).filter((r) => r.url.startsWith(`/${API_PREFIX}/auth/`) && r.method !== 'OPTIONS');
      tally.check(authRoutes.length >= 6, `/auth routes: ${authRoutes.length}`);
      for (const route of authRoutes) {
        for (const who of [null, 'declarant'] as const) {
          for (const json of [{}, { username: 'mishuchu', password: 'wrong' }]) {
            const reply = await inject(route.method, route.url, who, route.method === 'GET' ? undefined : json);
            tally.check(noStore(reply), `${who ?? 'anonymous'} ${route.method} ${route.url} → ${reply.statusCode} cache-control ${String(reply.headers['cache-control'])}`);
          }
        }
      }
      const login = await inject('POST', `/${API_PREFIX}/auth/login`, null, { username: 'mishuchu', password: 'Demo@2026' });
      tally.check(login.statusCode === 200 && noStore(login), `a successful login (tokens in the answer) → cache-control ${String(login.headers['cache-control'])}`);
      const { refreshToken } = JSON.parse(login.body) as { refreshToken: string };
      const refreshed = await inject('POST', `/${API_PREFIX}/auth/refresh`, null, { refreshToken });
      tally.check(refreshed.statusCode === 200 && noStore(refreshed), `a refresh → cache-control ${String(refreshed.headers['cache-control'])}`);
      // Every parameterless GET of the API, as the secretariat and as a declarant.
      const reads = routesOf(t.app).filter((r) => r.method === 'GET' && !r.url.includes(':') && r.url.startsWith(`/${API_PREFIX}/`) && !r.url.endsWith('/health'));
      for (const route of reads) {
        for (const who of ['secretariat', 'declarant'] as const) {
          const reply = await inject('GET', route.url, who);
          tally.check(noStore(reply), `${who} GET ${route.url} → ${reply.statusCode} cache-control ${String(reply.headers['cache-control'])}`);
        }
      }
      const health = await inject('GET', `/${API_PREFIX}/health`, null);
      tally.check(!noStore(health), `/health keeps its own caching (cache-control ${String(health.headers['cache-control'])})`);
    });
  });
});
