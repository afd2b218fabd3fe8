import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { submittedApplicationFactory } from './support/recommendation-factories.js';
import { removeFolders } from './support/audit-suites.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

/* The audit chain under load and tampering with single entries (its limits: audit-chain-limits.spec.ts; anchors: audit-anchors.spec.ts). */

describe(`audit chain under concurrent writes on ${TEST_DB}`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t?.close();
    removeFolders(t);
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

  it('records the caller\'s role and the request id with each entry, and answers with that id (or the proxy\'s)', async () => {
    const token = await loginAccount(t.app, 'mishuchu');
    const reply = await t.app.inject({
      method: 'POST',
      url: '/api/v1/registration-cards',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-request-id': 'proxy-req-0001' },
      payload: JSON.stringify({ enterpriseName: '请求编号企业' }),
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.headers['x-request-id']).toBe('proxy-req-0001');
    const entries = await dataSourceOf(t.app).getRepository(AuditEntry).findBy({ requestId: 'proxy-req-0001' });
    expect(entries.map((e) => [e.action, e.role])).toEqual([['registration_card.issue', 'secretariat']]);
    // An unsound id from outside is replaced, never stored.
    const own = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { 'x-request-id': '<script>' } });
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const listed = await call<{ items: Array<{ requestId: string | null; role: string | null }> }>(t.app, 'GET', '/api/v1/console/audit?pageSize=5', { token });
    expect(listed.body.items.some((i) => i.requestId === 'proxy-req-0001' && i.role === 'secretariat')).toBe(true);
    expect((await t.app.get(AuditService).verifyChain()).intact).toBe(true);
  });
  it('names the first broken link when an entry is altered, one is removed, or the end is cut off', async () => {
    const audit = t.app.get(AuditService);
    const dataSource = dataSourceOf(t.app);
    const token = await loginAccount(t.app, 'mishuchu');
    for (let k = 0; k < 5; k++) await call(t.app, 'POST', '/api/v1/registration-cards', { token, json: { enterpriseName: `篡改测试企业${k}` } });
    const intact = await audit.verifyChain();
    expect(intact).toMatchObject({ intact: true, firstBrokenId: null, reason: null });
    const ids = (await dataSource.getRepository(AuditEntry).find({ select: { id: true }, order: { id: 'ASC' } })).map((e) => e.id);
    expect(intact.entries).toBe(ids.length);
    const table = dataSource.getRepository(AuditEntry).metadata.tableName;
    const q = (name: string) => (dataSource.options.type === 'better-sqlite3' ? `"${name}"` : `\`${name}\``);
    const victim = ids[ids.length - 4]!;
    const original = await dataSource.getRepository(AuditEntry).findOneByOrFail({ id: victim });

    // Someone edits what an entry says (the SQL a tamperer would run, not the application).
    await dataSource.query(`UPDATE ${q(table)} SET ${q('after')} = ? WHERE id = ?`, [JSON.stringify({ enterpriseName: '改过的名字' }), victim]);
    expect(await audit.verifyChain()).toMatchObject({ intact: false, firstBrokenId: victim, reason: 'modified' });
    const secretariat = await call<{ intact: boolean; firstBrokenId: number; message: string }>(t.app, 'GET', '/api/v1/console/audit/verify', { token });
    expect(secretariat.body).toMatchObject({ intact: false, firstBrokenId: victim });
    expect(secretariat.body.message).toContain(`第 ${victim} 条`);
    await dataSource.query(`UPDATE ${q(table)} SET ${q('after')} = ? WHERE id = ?`, [JSON.stringify(original.after), victim]);
    expect((await audit.verifyChain()).intact).toBe(true);

    // Someone removes an entry from the middle: the next one no longer follows.
    const removed = await dataSource.getRepository(AuditEntry).findOneByOrFail({ id: victim });
    await dataSource.query(`DELETE FROM ${q(table)} WHERE id = ?`, [victim]);
    expect(await audit.verifyChain()).toMatchObject({ intact: false, firstBrokenId: ids[ids.length - 3], reason: 'link' });
    await dataSource.getRepository(AuditEntry).save(removed);
    expect((await audit.verifyChain()).intact).toBe(true);

    // Someone cuts off the last entries: the head still names the last one written.
    await dataSource.query(`DELETE FROM ${q(table)} WHERE id >= ?`, [ids[ids.length - 2]]);
    expect(await audit.verifyChain()).toMatchObject({ intact: false, firstBrokenId: ids[ids.length - 3]! + 1, reason: 'truncated' });
  });
});

