import { describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { IdempotencyRecord } from '../src/modules/idempotency/idempotency-record.entity.js';
import { CLAIM_OWNER, STALE_CLAIM_MS } from '../src/modules/idempotency/idempotency.service.js';
import { type ErrorBody } from './support/error-body.js';
import { activityRecordFactory, applicationFormFactory, draftApplicationFactory } from './support/factories.js';
import { idempotencyRequests, idempotencySuite, IN_WINDOW, type View } from './support/idempotency-suite.js';
import { pdfFixture, pptxFixture } from './support/material-files.js';
import { call, TEST_DB } from './support/test-app.js';

/* Idempotency keys on submissions and JSON routes, claims of requests that died, and optimistic locking of drafts. */

describe(`idempotency keys and optimistic locking on ${TEST_DB}`, () => {
  const suite = idempotencySuite();
  const { upload, ready, submit, auditCount } = idempotencyRequests(suite);
  const { t } = suite;

  it('answers a retried submission with the first answer, and submits once', async () => {
    const draft = await ready();
    const first = await submit(draft.token, draft.applicationId, 'submit-7f3a9c2e-0001');
    expect(first.statusCode).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const again = await submit(draft.token, draft.applicationId, 'submit-7f3a9c2e-0001');
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(JSON.parse(again.body)).toEqual(JSON.parse(first.body));
    expect(await auditCount('application.submit', draft.applicationId)).toBe(1);
    // Without a key (or with a new one) the same request is a new request: it is refused by the status rules.
    const fresh = JSON.parse((await submit(draft.token, draft.applicationId, 'submit-7f3a9c2e-0002')).body) as ErrorBody;
    expect(fresh.statusCode).toBe(409);
  });

  it('runs one of two identical requests sent at once; the other is told it is in progress or gets the same answer', async () => {
    const draft = await draftApplicationFactory(t.app);
    const bytes = await pdfFixture('twice-at-once');
    const answers = await Promise.all([0, 1, 2].map(() => upload(draft.token, draft.applicationId, 'pdf', bytes, 'upload-at-once-01')));
    const created = answers.filter((a) => a.status === 201 && a.replayed === undefined);
    expect(created).toHaveLength(1);
    for (const a of answers) {
      if (a.status === 201) expect(a.body.version).toBe(1);
      else expect(a.body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_IN_PROGRESS' });
    }
    const materials = await call<{ items: unknown[] }>(t.app, 'GET', `/api/v1/applications/${draft.applicationId}/materials`, { token: draft.token });
    expect(materials.body.items).toHaveLength(1);
  });

  it('lets a key be used again after its request failed, since nothing was changed', async () => {
    const draft = await draftApplicationFactory(t.app);
    const refused = JSON.parse((await submit(draft.token, draft.applicationId, 'submit-after-fix-01')).body) as ErrorBody;
    expect(refused).toMatchObject({ statusCode: 422, code: 'ELIGIBILITY_FAILED' });
    expect(await dataSourceOf(t.app).getRepository(IdempotencyRecord).countBy({ path: `/api/v1/applications/${draft.applicationId}/submit` })).toBe(0);
    await upload(draft.token, draft.applicationId, 'pdf', await pdfFixture('fixed'));
    await upload(draft.token, draft.applicationId, 'ppt', pptxFixture());
    await activityRecordFactory(t.app, draft.token, draft.teamId);
    expect((await submit(draft.token, draft.applicationId, 'submit-after-fix-01')).statusCode).toBe(200);
  });

  it('refuses a malformed key and a key reused for another body, with a code and a Chinese message', async () => {
    const draft = await ready();
    const bad = JSON.parse((await submit(draft.token, draft.applicationId, 'x')).body) as ErrorBody;
    expect(bad).toMatchObject({ statusCode: 400, code: 'IDEMPOTENCY_KEY_INVALID', field: 'Idempotency-Key' });
    expect(bad.message).toMatch(/Idempotency-Key/);
    const injected = JSON.parse((await submit(draft.token, draft.applicationId, "k' OR '1'='1")).body) as ErrorBody;
    expect(injected.code).toBe('IDEMPOTENCY_KEY_INVALID');
    expect(await auditCount('application.submit', draft.applicationId)).toBe(0);
    expect((await submit(draft.token, draft.applicationId, 'valid-key-0000001')).statusCode).toBe(200);

    // A JSON route: the same key with a different body is another operation, refused rather than answered with the first.
    const secretariat = (await call<{ accessToken: string }>(t.app, 'POST', '/api/v1/auth/login', { json: { username: 'mishuchu', password: 'Demo@2026' } })).body.accessToken;
    const open = (description: string) =>
      call<ErrorBody & { id: number }>(t.app, 'POST', '/api/v1/misconduct-cases', {
        token: secretariat,
        json: { applicationId: draft.applicationId, kind: 'fraud', description },
        headers: { 'idempotency-key': 'case-open-0001' },
      });
    const first = await open('疑似伪造现场活动记录');
    expect(first.status).toBe(201);
    const retried = await open('疑似伪造现场活动记录');
    expect(retried.body.id).toBe(first.body.id);
    expect(await auditCount('misconduct.open', first.body.id)).toBe(1);
    const other = await open('另一件事');
    expect(other.body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    const cases = await call<{ items: Array<{ application: { id: number } }> }>(t.app, 'GET', '/api/v1/misconduct-cases', { token: secretariat });
    expect(cases.body.items.filter((c) => c.application.id === draft.applicationId)).toHaveLength(1);
    expect(await auditCount('misconduct.open', first.body.id)).toBe(1);
  });

  it("keeps one caller's key apart from another's", async () => {
    const a = await ready();
    const b = await ready();
    expect((await submit(a.token, a.applicationId, 'shared-key-000001')).statusCode).toBe(200);
    // B's request with the same key is B's own: it runs (and is checked against B's rights), not a replay of A's answer.
    const other = await submit(b.token, a.applicationId, 'shared-key-000001');
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(other.statusCode).toBe(404);
    const own = await submit(b.token, b.applicationId, 'shared-key-000001');
    expect(own.statusCode).toBe(200);
    expect(own.headers['idempotent-replayed']).toBeUndefined();
  });

  it('takes over the claim of a request whose process died before committing, and reports one that committed', async () => {
    const draft = await ready();
    const repo = dataSourceOf(t.app).getRepository(IdempotencyRecord);
    // A claim left pending by a killed process: nothing committed, so after the stale period a retry runs it.
    const first = await submit(draft.token, draft.applicationId, 'dead-process-0001');
    expect(first.statusCode).toBe(200);
    // (Claimed on another host: whether that process still runs cannot be told from here, so only its age counts.)
    await repo.update({ path: `/api/v1/applications/${draft.applicationId}/submit` }, { state: 'pending', response: null, statusCode: null, owner: 'another-host-4242-0123abcd' });
    expect(JSON.parse((await submit(draft.token, draft.applicationId, 'dead-process-0001')).body)).toMatchObject({ code: 'IDEMPOTENCY_IN_PROGRESS' });
    t.app.get(Clock).travelTo(new Date(IN_WINDOW.getTime() + STALE_CLAIM_MS + 1000));
    const takenOver = JSON.parse((await submit(draft.token, draft.applicationId, 'dead-process-0001')).body) as ErrorBody;
    // It runs again — and the status rules see it was already submitted: nothing is submitted twice.
    expect(takenOver).toMatchObject({ statusCode: 409 });
    expect(await auditCount('application.submit', draft.applicationId)).toBe(1);

    // A claim whose change committed but whose answer was never kept (the process died in between).
    const other = await ready();
    t.app.get(Clock).travelTo(IN_WINDOW);
    expect((await submit(other.token, other.applicationId, 'died-after-commit-01')).statusCode).toBe(200);
    const row = await repo.findOneByOrFail({ path: `/api/v1/applications/${other.applicationId}/submit` });
    expect(row.state).toBe('done');
    await repo.update({ id: row.id }, { state: 'committed', response: null });
    expect(JSON.parse((await submit(other.token, other.applicationId, 'died-after-commit-01')).body)).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_ALREADY_DONE' });
  });

  it('takes over at once a claim whose owner is gone: a dead process of this host, or this process after its request ended unreleased', async () => {
    // The crash test's case: the server SIGKILLed (or the database gone) between the claim and the change; the retry
    // must not wait STALE_CLAIM_MS. Another host's claim is judged by its age only (the test above).
    const repo = dataSourceOf(t.app).getRepository(IdempotencyRecord);
    const host = CLAIM_OWNER.replace(/-\d+-[0-9a-f]{8}$/, '');
    for (const [key, owner] of [
      ['dead-pid-claim-01', `${host}-2147483646-0123abcd`], // no such pid on this host
      ['same-pid-claim-01', `${host}-${process.pid}-ffffffff`], // our pid, an earlier process (a restarted container)
      ['own-ended-claim-1', CLAIM_OWNER], // ours, and no request of ours runs it (its release failed)
    ] as const) {
      const draft = await ready();
      const first = await submit(draft.token, draft.applicationId, key);
      expect(first.statusCode).toBe(200);
      await repo.update({ path: `/api/v1/applications/${draft.applicationId}/submit` }, { state: 'pending', response: null, statusCode: null, owner });
      const retried = JSON.parse((await submit(draft.token, draft.applicationId, key)).body) as ErrorBody;
      // Taken over and run again; the status rules see it was submitted: nothing twice (not IDEMPOTENCY_IN_PROGRESS).
      expect(retried).toMatchObject({ statusCode: 409, code: 'TRANSITION_NOT_ALLOWED' });
      // The rerun was refused, so its claim was released: no row left pending to block the next retry.
      expect(await repo.findOneBy({ path: `/api/v1/applications/${draft.applicationId}/submit` })).toBeNull();
      expect(await auditCount('application.submit', draft.applicationId)).toBe(1);
    }
  });

  it('marks the claim committed inside the change’s own transaction', async () => {
    const draft = await ready();
    const repo = dataSourceOf(t.app).getRepository(IdempotencyRecord);
    expect((await submit(draft.token, draft.applicationId, 'commit-marker-001')).statusCode).toBe(200);
    const row = await repo.findOneByOrFail({ path: `/api/v1/applications/${draft.applicationId}/submit` });
    expect(row).toMatchObject({ state: 'done', statusCode: 200, method: 'POST' });
    expect(JSON.parse(row.response!)).toMatchObject({ id: draft.applicationId, status: 'submitted' });
  });

  it('refuses to overwrite a draft someone else saved meanwhile (optimistic locking)', async () => {
    const draft = await draftApplicationFactory(t.app);
    const read = await call<View>(t.app, 'GET', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token });
    const version = read.body.version;
    expect(version).toBeGreaterThanOrEqual(1);
    const form = applicationFormFactory(draft.recommendingUnitId);
    const mine = await call<View>(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, {
      token: draft.token,
      json: { ...form, profile: { ...form.profile, leaderName: '张三' }, version },
    });
    expect(mine.status).toBe(200);
    expect(mine.body.version).toBe(version + 1);
    const theirs = await call<ErrorBody>(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, {
      token: draft.token,
      json: { ...form, profile: { ...form.profile, leaderName: '李四' }, version },
    });
    expect(theirs.body).toMatchObject({ statusCode: 409, code: 'APPLICATION_CHANGED' });
    const after = await call<View & { profile: { leaderName: string } }>(t.app, 'GET', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token });
    expect(after.body.profile.leaderName).toBe('张三');
    const malformed = await call<ErrorBody>(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token, json: { ...form, version: 'x' } });
    expect(malformed.body).toMatchObject({ statusCode: 422, field: 'version' });
  });
});
