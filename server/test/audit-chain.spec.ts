import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { submittedApplicationFactory } from './support/recommendation-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`audit chain under concurrent writes on ${TEST_DB}`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
  });

  it('chains every entry once when many audited requests arrive together (the deadline rush)', async () => {
    const token = await loginAccount(t.app, 'mishuchu');
    const cards = [];
    for (let k = 0; k < 12; k++) {
      const reply = await call<{ cardNo: string; password: string }>(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `并发登录企业${k}` } });
      expect(reply.status).toBe(201);
      cards.push(reply.body);
    }
    // Card logins and card issues at once: each writes an audit entry in its own transaction.
    const replies = await Promise.all([
      ...cards.map((c) => call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: c.cardNo, password: c.password } })),
      ...Array.from({ length: 6 }, (_, k) => call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `并发发卡企业${k}` } })),
    ]);
    expect(replies.map((r) => r.status)).toEqual([...cards.map(() => 200), ...Array.from({ length: 6 }, () => 201)]);
    // Whole registrations side by side, as at the deadline: logins, credit codes, teams, forms, uploads, submissions.
    t.app.get(Clock).travelTo(new Date('2026-06-20T04:00:00Z'));
    const teams = await Promise.all(Array.from({ length: 8 }, (_, k) => submittedApplicationFactory(t.app, `并发申报班组${k}`)));
    expect(new Set(teams.map((x) => x.applicationId)).size).toBe(8);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });

  it('issues every card when many are issued at once (same serial, deadlocks on the unique keys are tried again)', async () => {
    const token = await loginAccount(t.app, 'mishuchu');
    const replies = await Promise.all(
      Array.from({ length: 40 }, (_, k) => call<{ cardNo: string }>(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `同时发卡企业${k}` } })),
    );
    expect(replies.filter((r) => r.status !== 201).map((r) => r.body)).toEqual([]);
    expect(new Set(replies.map((r) => r.body.cardNo)).size).toBe(40);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });
});
