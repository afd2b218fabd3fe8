import { afterAll, beforeAll, beforeEach, expect } from '@jest/globals';
import { dataSourceOf } from '../../src/app.factory.js';
import { Clock } from '../../src/common/clock.js';
import { type ErrorBody } from './error-body.js';
import { activityRecordFactory, draftApplicationFactory } from './factories.js';
import { pdfFixture, pptxFixture } from './material-files.js';
import { multipartBody } from './multipart.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The idempotency suites' app and requests (test/idempotency.spec.ts, test/idempotency-uploads.spec.ts): one app per
 * file, the clock inside the registration window for every test.
 */

export type View = { id: number; status: string; version: number; materials: Record<string, { version: number } | null> };

export const IN_WINDOW = new Date('2026-06-15T04:00:00Z');

export interface IdempotencySuite {
  t: TestApp;
}

/** Starts the suite's app before its tests (hooks of the calling describe), each test inside the registration window. */
export function idempotencySuite(): IdempotencySuite {
  // The app is filled in before the tests: a suite takes `t` at once and uses it in its tests.
  const suite: IdempotencySuite = { t: {} as TestApp };
  beforeAll(async () => {
    Object.assign(suite.t, await startTestApp());
  });
  beforeEach(() => suite.t.app.get(Clock).travelTo(IN_WINDOW));
  afterAll(async () => {
    suite.t.app.get(Clock).travelTo(null);
    await suite.t.close();
  });
  return suite;
}

/** A material upload and a submission, each with an optional key; an application ready to submit; audit entries counted. */
export function idempotencyRequests(suite: IdempotencySuite) {
  async function upload(token: string, applicationId: number, kind: 'pdf' | 'ppt', content: Buffer, key?: string) {
    const body = multipartBody([{ name: 'file', filename: kind === 'pdf' ? '申报材料.pdf' : '发布.pptx', content }]);
    const reply = await suite.t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/materials/${kind}`,
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
    });
    return { status: reply.statusCode, replayed: reply.headers['idempotent-replayed'], body: JSON.parse(reply.body) as { version: number; sha256: string } & ErrorBody };
  }

  async function ready() {
    const draft = await draftApplicationFactory(suite.t.app);
    expect((await upload(draft.token, draft.applicationId, 'pdf', await pdfFixture('idem'))).status).toBe(201);
    expect((await upload(draft.token, draft.applicationId, 'ppt', pptxFixture())).status).toBe(201);
    await activityRecordFactory(suite.t.app, draft.token, draft.teamId);
    return draft;
  }

  const submit = (token: string, applicationId: number, key?: string) =>
    suite.t.app.inject({ method: 'POST', url: `/api/v1/applications/${applicationId}/submit`, headers: { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) } });

  const auditCount = (action: string, entityId: number) =>
    dataSourceOf(suite.t.app).query(`SELECT COUNT(*) AS n FROM audit_entry WHERE action = ? AND entityId = ?`, [action, String(entityId)]).then((r: Array<{ n: number | string }>) => Number(r[0]!.n));
  return { upload, ready, submit, auditCount };
}
