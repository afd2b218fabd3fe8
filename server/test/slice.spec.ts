import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isWellFormedCardNo } from '@cacem/shared';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { creditCodeFactory, issueCardFactory } from './support/factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`the registration slice on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => t.close());

  it('takes an enterprise from a registration card to a team on its status page', async () => {
    const secretariat = await loginAccount(t.app, 'mishuchu');
    const issued = await call<{ cardNo: string; password: string }>(t.app, 'POST', '/api/v1/registration-cards', {
      token: secretariat,
      json: { enterpriseName: '  中建八局第一建设有限公司 ' },
    });
    expect(issued.status).toBe(201);
    expect(isWellFormedCardNo(issued.body.cardNo)).toBe(true);
    expect(issued.body.password).toMatch(/^[A-Z2-9]{10}$/);

    const login = await call<{ accessToken: string; principal: Record<string, unknown> }>(t.app, 'POST', '/api/v1/auth/card-login', {
      json: { cardNo: issued.body.cardNo, password: issued.body.password },
    });
    expect(login.status).toBe(200);
    expect(login.body.principal).toMatchObject({ role: 'declarant', cardNo: issued.body.cardNo, displayName: '中建八局第一建设有限公司' });
    const token = login.body.accessToken;

    const creditCode = creditCodeFactory();
    const set = await call(t.app, 'PUT', '/api/v1/enterprises/me/credit-code', { token, json: { creditCode: creditCode.toLowerCase() } });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ name: '中建八局第一建设有限公司', creditCode, cardNo: issued.body.cardNo });

    const created = await call(t.app, 'POST', '/api/v1/teams', { token, json: { name: '钢筋加工班组', kind: 'construction_crew' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '钢筋加工班组', kind: 'construction_crew', kindLabel: '施工班组', applicationStatusLabel: '未申报' });

    const status = await call<{ items: Array<Record<string, unknown>> }>(t.app, 'GET', '/api/v1/teams', { token });
    expect(status.status).toBe(200);
    expect(status.body.items).toEqual([expect.objectContaining({ name: '钢筋加工班组', kindLabel: '施工班组', applicationStatus: null })]);

    const cards = await call<{ items: Array<Record<string, unknown>>; total: number }>(t.app, 'GET', '/api/v1/registration-cards?page=1&pageSize=5', { token: secretariat });
    expect(cards.body.items[0]).toMatchObject({ cardNo: issued.body.cardNo, enterpriseName: '中建八局第一建设有限公司', creditCode });
    expect(cards.body.items[0]!.firstLoginAt).not.toBeNull();
  });

  it('numbers cards issued at the same moment without collisions', async () => {
    const cards = await Promise.all(Array.from({ length: 6 }, (_, i) => issueCardFactory(t.app, `并发发卡企业${i}`)));
    const numbers = cards.map((c) => c.cardNo);
    expect(new Set(numbers).size).toBe(6);
    for (const n of numbers) expect(isWellFormedCardNo(n)).toBe(true);
  });

  it('shows each enterprise only its own teams', async () => {
    const a = await issueCardFactory(t.app);
    const b = await issueCardFactory(t.app);
    const tokenOf = async (card: { cardNo: string; password: string }) =>
      (await call<{ accessToken: string }>(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).body.accessToken;
    const [ta, tb] = [await tokenOf(a), await tokenOf(b)];
    await call(t.app, 'PUT', '/api/v1/enterprises/me/credit-code', { token: ta, json: { creditCode: creditCodeFactory() } });
    await call(t.app, 'POST', '/api/v1/teams', { token: ta, json: { name: '甲企业项目部', kind: 'project_department' } });
    const listB = await call<{ items: unknown[] }>(t.app, 'GET', '/api/v1/teams', { token: tb });
    expect(listB.body.items).toEqual([]);
  });

  it('records every change in a hash chain that verifies', async () => {
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });
});
