import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf, prepareDatabase } from '../src/app.factory.js';
import { Campaign } from '../src/modules/campaign/campaign.entity.js';
import { RecommendingUnit } from '../src/modules/recommending-unit/recommending-unit.entity.js';
import { UserAccount } from '../src/modules/account/user-account.entity.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

// The association's notice as published (the source of truth for Annex 2), kept in the repository so this check always runs.
const notice = readFileSync(resolve(import.meta.dirname, '../../test/fixtures/notice-2026.txt'), 'utf8');

describe(`seed data on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('lays the 70 recommending units of Annex 2 in the notice order and spelling', async () => {
    const reply = await call<{ items: Array<{ seq: number; name: string }> }>(t.app, 'GET', '/api/v1/recommending-units');
    expect(reply.status).toBe(200);
    expect(reply.body.items).toHaveLength(70);
    expect(reply.body.items.map((u) => u.seq)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1));
    for (const unit of reply.body.items) expect(notice).toContain(`${unit.seq}\t${unit.name}`);
    expect(reply.body.items[34]).toMatchObject({ seq: 35, name: '河北省质量协会' });
    expect(reply.body.items[0]!.name).toBe('中国冶金建设协会');
    expect(reply.body.items[69]!.name).toBe('新疆维吾尔自治区市政工程协会');
  });

  it('keeps campaign 2026 with its windows, 80 + 20 weights and 10 % / 40 % / ≥ 50 % caps', async () => {
    const reply = await call<Record<string, unknown>>(t.app, 'GET', '/api/v1/campaigns/current');
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      year: 2026,
      windows: { registration: { opens: '2026-06-01', closes: '2026-06-30' } },
      weights: { materials: 80, presentation: 20 },
      gradeCaps: { excellentMax: 10, exemplaryMax: 40, improvingMin: 50 },
    });
  });

  it('is idempotent: a second start adds nothing', async () => {
    const dataSource = dataSourceOf(t.app);
    const before = [await dataSource.getRepository(RecommendingUnit).count(), await dataSource.getRepository(Campaign).count(), await dataSource.getRepository(UserAccount).count()];
    const accounts = await prepareDatabase(t.app, t.config);
    const after = [await dataSource.getRepository(RecommendingUnit).count(), await dataSource.getRepository(Campaign).count(), await dataSource.getRepository(UserAccount).count()];
    expect(after).toEqual(before);
    expect(accounts.map((a) => a.role)).toEqual(['秘书处', '申报企业', '推荐单位联系人', '专家', '班组成员']);
  });

  it('lets every demo account log in', async () => {
    const accounts = await prepareDatabase(t.app, t.config);
    for (const account of accounts) {
      const [url, json] =
        account.role === '申报企业'
          ? ['/api/v1/auth/card-login', { cardNo: account.login, password: account.password }]
          : account.role === '班组成员'
            ? ['/api/v1/auth/member-login', { loginCode: account.login }]
            : ['/api/v1/auth/login', { username: account.login, password: account.password }];
      const reply = await call(t.app, 'POST', url, { json });
      expect({ role: account.role, status: reply.status }).toEqual({ role: account.role, status: 200 });
    }
  });
});
