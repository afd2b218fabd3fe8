import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SimilarityJobService } from '../src/modules/similarity/similarity-job.service.js';
import { declarantFactory } from './support/factories.js';
import { contactFactory } from './support/recommendation-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/* 材料查重 on an app of its own: a run over an empty corpus, and the routes refused to all but the secretariat. */

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});

afterAll(async () => {
  await t?.close();
});

describe(`材料查重 before anything is submitted on ${TEST_DB}`, () => {
  it('finishes a run over an empty corpus and lists nothing, without errors', async () => {
    const secretariat = await loginAccount(t.app, 'mishuchu');
    expect((await call<{ latestRun: unknown }>(t.app, 'GET', '/api/v1/similarity/overview', { token: secretariat })).body.latestRun).toBeNull();
    expect((await call(t.app, 'POST', '/api/v1/similarity/runs', { token: secretariat, json: {} })).status).toBe(202);
    await t.app.get(SimilarityJobService).idle();
    const overview = (await call<{ latestRun: { status: string; documents: number; pairs: number } }>(t.app, 'GET', '/api/v1/similarity/overview', { token: secretariat })).body;
    expect(overview.latestRun).toMatchObject({ status: 'done', documents: 0, pairs: 0 });
    for (const url of ['/api/v1/similarity/pairs', '/api/v1/similarity/documents', '/api/v1/similarity/runs']) {
      const reply = await call<{ items: unknown[]; total: number }>(t.app, 'GET', url, { token: secretariat });
      expect([url, reply.status]).toEqual([url, 200]);
    }
    expect((await call<{ items: unknown[] }>(t.app, 'GET', '/api/v1/similarity/pairs', { token: secretariat })).body.items).toEqual([]);
  });
});

describe(`材料查重 (issue 8) on ${TEST_DB}`, () => {
  it('is for the secretariat only', async () => {
    const declarant = (await declarantFactory(t.app)).token;
    const recommender = (await contactFactory(t.app, (await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items[1]!.id)).token;
    for (const [method, url] of [
      ['GET', '/api/v1/similarity/overview'],
      ['POST', '/api/v1/similarity/runs'],
      ['GET', '/api/v1/similarity/pairs'],
      ['GET', '/api/v1/similarity/documents'],
      ['GET', '/api/v1/similarity/pairs/1'],
      ['POST', '/api/v1/similarity/pairs/1/case'],
    ] as const) {
      const json = method === 'POST' ? {} : undefined;
      expect((await call(t.app, method, url, { json })).status).toBe(401);
      for (const token of [declarant, recommender]) expect((await call(t.app, method, url, { token, json })).status).toBe(403);
    }
  });
});
