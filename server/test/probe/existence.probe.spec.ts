import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import { generateCertificateNo } from '@cacem/shared';
import { dataSourceOf, routesOf } from '../../src/app.factory.js';
import { Expert } from '../../src/modules/expert/expert.entity.js';
import { MATRIX, type MatrixAnswer, type MatrixRequest, sendAs } from '../authz-matrix.js';
import { type AuthzWorld, buildAuthzWorld, PRINCIPALS, type PrincipalName } from '../support/authz-world.js';
import { TEST_DB, type TestApp, startTestApp } from '../support/test-app.js';
import { WechatStandIn } from '../support/wechat-stand-in.js';
import { probe } from './probe-tally.js';

/**
 * Others' ids vs made-up ids: for every route whose path names an object, every principal not entitled to A's object
 * must get exactly the answer a made-up id gets (status, code, message), so ids cannot be probed for what exists, what
 * is another panel's, or whose unit an application comes from. The one answer kept apart: an expert who sits on A's
 * panel with a declared conflict is told of the conflict (REVIEW_CONFLICT), as the panel's leader must know to seat
 * someone else. Routes come from the running router; the requests from the authorization matrix.
 */

/** Path parameters that name an object a principal may not be entitled to. */
const ID_PARAM = /^(id|no|token|panelNo|\w+Id)$/;
const MADE_UP = 987_654;

type Answer = MatrixAnswer;

describe(`others' ids answer as made-up ids on ${TEST_DB}`, () => {
  let t: TestApp;
  let w: AuthzWorld;
  const wechat = new WechatStandIn();

  beforeAll(async () => {
    await wechat.start();
    t = await startTestApp({ ...wechat.env(), CORS_ORIGINS: 'http://localhost:10086' });
    w = await buildAuthzWorld(t.app, wechat);
  }, 120_000);

  afterAll(async () => {
    await t?.close();
    await wechat.stop();
  });

  /** A made-up value of the right shape for each id parameter. */
  const madeUp = (name: string): string => {
    // A well-formed number no certificate was issued with (one in 32⁸ to collide).
    if (name === 'no') return generateCertificateNo(2026, (n) => randomInt(n));
    if (name === 'token') return 'bm90LWEtcmVhbC1saW5r.bm90LWEtc2lnbmF0dXJl';
    return String(MADE_UP);
  };

  const send = (method: string, path: string, who: PrincipalName, request: MatrixRequest): Promise<Answer> => sendAs(t.app, w, method, path, who, request);

  /** The route's URL with its parameters filled: from the matrix's request, with the id parameters made up when asked. */
  function urlOf(route: string, request: MatrixRequest, madeUpIds: boolean): string {
    if (request.url) {
      // Signed file links: the whole link is the id.
      return madeUpIds ? request.url.replace(/\/files\/[^/?]+/, `/files/${madeUp('token')}`) : request.url;
    }
    return route.replace(/:(\w+)/g, (_, name: string) => {
      if (madeUpIds && ID_PARAM.test(name)) return encodeURIComponent(madeUp(name));
      const value = request.path?.[name];
      if (value === undefined) throw new Error(`no value for :${name}`);
      return encodeURIComponent(String(value));
    });
  }

  const show = (a: Answer) => `${a.status}${a.code ? ` ${a.code}` : ''}${a.message ? ` 「${a.message}」` : ''}`;

  /** One (route, principal) case: the entitled get a made-up id refused; the rest get A's id answered as a made-up one. */
  async function compare(key: string, who: PrincipalName): Promise<void> {
    const entry = MATRIX[key]!;
    const [method, route] = key.split(' ') as [string, string];
    const request = entry.request?.(w, who) ?? {};
    const fake = await send(method, urlOf(route, request, true), who, request);
    if (fake.status >= 500) throw new Error(`a made-up id answers ${show(fake)}`);
    if (entry.allow.includes(who)) {
      // Entitled callers: a made-up id is simply not found (or refused by role or stage), never served.
      if (fake.status < 400) throw new Error(`a made-up id answers ${show(fake)}`);
      return;
    }
    const real = await send(method, urlOf(route, request, false), who, request);
    // The conflicted expert sits on A's panel: the panel, its session and A are known to them (GET /panels/mine lists
    // them), so being told why A is not theirs to score, or that an action is the leader's, reveals nothing.
    if (who === 'expertConflict' && real.status === 403 && (real.code === 'REVIEW_CONFLICT' || real.code === 'REVIEW_LEADER_ONLY')) return;
    if (real.status !== fake.status || real.code !== fake.code || real.message !== fake.message) {
      throw new Error(`A's id answers ${show(real)}, a made-up id ${show(fake)}`);
    }
  }

  const idRoutes = () =>
    routesOf(t.app)
      .map((r) => `${r.method} ${r.url}`)
      .filter((key) => [...key.matchAll(/:(\w+)/g)].some((m) => ID_PARAM.test(m[1]!)));

  it("answers every principal's request for an object not theirs exactly as one for an id that does not exist", async () => {
    await probe("others' ids vs made-up ids", async (tally) => {
      const routes = idRoutes();
      let pairs = 0;
      for (const key of routes) {
        if (!MATRIX[key]) {
          tally.check(false, `${key}: a route with an id parameter the probe cannot fill (add it to test/authz-matrix.ts)`);
          continue;
        }
        for (const who of PRINCIPALS) {
          pairs++;
          await tally.run(`${key} — ${who}`, () => compare(key, who));
        }
      }
      process.stdout.write(`existence probe: ${routes.length} routes with an id × ${PRINCIPALS.length} principals = ${pairs} cases\n`);
    });
  }, 180_000);

  it("tells an expert on no panel nothing of an application from the expert's own unit", async () => {
    await probe("others' ids vs made-up ids", async (tally) => {
      // Pool data puts the unassigned expert in A's recommending unit: a conflict, but A is on no panel of theirs.
      const experts = dataSourceOf(t.app).getRepository(Expert);
      const unassigned = await experts.findOneByOrFail({ id: w.experts.unassigned });
      await experts.update({ id: unassigned.id }, { recommendingUnitId: w.unitA });
      try {
        for (const key of idRoutes().filter((k) => MATRIX[k] && !MATRIX[k].allow.includes('expertUnassigned') && /reviews|presentation-sessions/.test(k))) {
          await tally.run(`${key} — expertUnassigned in A's unit`, () => compare(key, 'expertUnassigned'));
        }
      } finally {
        await experts.update({ id: unassigned.id }, { recommendingUnitId: unassigned.recommendingUnitId });
      }
    });
  }, 60_000);
});
