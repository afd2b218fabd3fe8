import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ERROR_MESSAGES } from '@cacem/shared';
import ExcelJS from 'exceljs';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { IdempotencyRecord } from '../src/modules/idempotency/idempotency-record.entity.js';
import { CLAIM_OWNER, STALE_CLAIM_MS } from '../src/modules/idempotency/idempotency.service.js';
import { activityRecordFactory, applicationFormFactory, draftApplicationFactory } from './support/factories.js';
import { pdfFixture, pptxFixture } from './support/material-files.js';
import { PNG_1x1, teamFactory } from './support/member-factories.js';
import { type FormPart, multipartBody } from './support/multipart.js';
import { contactFactory } from './support/recommendation-factories.js';
import { StorageService } from '../src/storage/storage.service.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type ErrorBody = { statusCode: number; code: string; message: string; field?: string };
type View = { id: number; status: string; version: number; materials: Record<string, { version: number } | null> };

const IN_WINDOW = new Date('2026-06-15T04:00:00Z');

describe(`idempotency keys and optimistic locking on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(() => t.app.get(Clock).travelTo(IN_WINDOW));
  afterAll(async () => {
    t.app.get(Clock).travelTo(null);
    await t.close();
  });

  async function upload(token: string, applicationId: number, kind: 'pdf' | 'ppt', content: Buffer, key?: string) {
    const body = multipartBody([{ name: 'file', filename: kind === 'pdf' ? '申报材料.pdf' : '发布.pptx', content }]);
    const reply = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/materials/${kind}`,
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) },
    });
    return { status: reply.statusCode, replayed: reply.headers['idempotent-replayed'], body: JSON.parse(reply.body) as { version: number; sha256: string } & ErrorBody };
  }

  async function ready() {
    const draft = await draftApplicationFactory(t.app);
    expect((await upload(draft.token, draft.applicationId, 'pdf', await pdfFixture('idem'))).status).toBe(201);
    expect((await upload(draft.token, draft.applicationId, 'ppt', pptxFixture())).status).toBe(201);
    await activityRecordFactory(t.app, draft.token, draft.teamId);
    return draft;
  }

  const submit = (token: string, applicationId: number, key?: string) =>
    t.app.inject({ method: 'POST', url: `/api/v1/applications/${applicationId}/submit`, headers: { authorization: `Bearer ${token}`, ...(key ? { 'idempotency-key': key } : {}) } });

  const auditCount = (action: string, entityId: number) =>
    dataSourceOf(t.app).query(`SELECT COUNT(*) AS n FROM audit_entry WHERE action = ? AND entityId = ?`, [action, String(entityId)]).then((r: Array<{ n: number | string }>) => Number(r[0]!.n));

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

  it('stores an upload once however often it is retried with its key; a new key is a new version', async () => {
    const draft = await draftApplicationFactory(t.app);
    const bytes = await pdfFixture('retried');
    const first = await upload(draft.token, draft.applicationId, 'pdf', bytes, 'upload-pdf-0001');
    const second = await upload(draft.token, draft.applicationId, 'pdf', bytes, 'upload-pdf-0001');
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.replayed).toBe('true');
    expect(second.body).toEqual(first.body);
    const third = await upload(draft.token, draft.applicationId, 'pdf', bytes, 'upload-pdf-0002');
    expect(third.body.version).toBe(2);
    const materials = await call<{ items: unknown[] }>(t.app, 'GET', `/api/v1/applications/${draft.applicationId}/materials`, { token: draft.token });
    expect(materials.body.items).toHaveLength(2);
  });

  /** One upload route, ready to be called: where, by whom, the form for a given file, and how to count what it keeps. */
  interface UploadRoute {
    token: string;
    url: string;
    form: (file: Buffer) => FormPart[];
    /** Rows the route keeps (and, for the import, the experts it wrote). */
    kept: () => Promise<number>;
    /** Audit entries the route writes, by action. */
    action: string;
  }

  const count = (sql: string, params: unknown[]) =>
    dataSourceOf(t.app).query(sql, params).then((r: Array<{ n: number | string }>) => Number(r[0]!.n));
  const auditActions = (action: string) => count(`SELECT COUNT(*) AS n FROM audit_entry WHERE action = ?`, [action]);
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
  const stored = (bytes: Buffer) => t.app.get(StorageService).exists(`objects/${sha256(bytes).slice(0, 2)}/${sha256(bytes)}`);

  async function send(route: UploadRoute, file: Buffer, key: string, form = route.form(file)) {
    const body = multipartBody(form);
    const reply = await t.app.inject({ method: 'POST', url: route.url, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${route.token}`, 'idempotency-key': key } });
    return { status: reply.statusCode, replayed: reply.headers['idempotent-replayed'], body: JSON.parse(reply.body) as ErrorBody & Record<string, unknown> };
  }

  async function expertWorkbook(unitName: string, mobile: string): Promise<Buffer> {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('专家');
    sheet.addRow(['姓名', '手机', '所在企业', '推荐单位', '专业', '培训状态', '培训日期', '考核结果', '考核日期', '是否启用']);
    sheet.addRow(['幂等专家', mobile, '中铁建工集团', unitName, '土建', '已培训', '2026-03-05', '通过', '2026-03-20', '是']);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** Every upload route of the API, each with two different files of the kind it accepts. */
  const uploadRoutes: Record<string, () => Promise<{ route: UploadRoute; files: [Buffer, Buffer] }>> = {
    'application material': async () => {
      const draft = await draftApplicationFactory(t.app);
      return {
        route: {
          token: draft.token,
          url: `/api/v1/applications/${draft.applicationId}/materials/pdf`,
          form: (file) => [{ name: 'file', filename: '申报材料.pdf', content: file }],
          kept: () => count(`SELECT COUNT(*) AS n FROM material WHERE applicationId = ?`, [draft.applicationId]),
          action: 'material.upload',
        },
        files: [await pdfFixture('idem-material-a'), await pdfFixture('idem-material-b')],
      };
    },
    'activity-record photo': async () => {
      const { declarant, teamId } = await teamFactory(t.app);
      const record = (await activityRecordFactory(t.app, declarant.token, teamId)) as { id: number };
      return {
        route: {
          token: declarant.token,
          url: `/api/v1/teams/${teamId}/activity-records/${record.id}/photos`,
          form: (file) => [
            { name: 'photoKey', value: 'photo-idem-0001' },
            { name: 'photo', filename: 'p.png', content: file, contentType: 'image/png' },
          ],
          kept: () => count(`SELECT COUNT(*) AS n FROM activity_photo WHERE recordId = ?`, [record.id]),
          action: 'activity_record.add_photo',
        },
        // A PNG with a trailing byte is still a PNG (judged by its header), and other bytes.
        files: [PNG_1x1, Buffer.concat([PNG_1x1, Buffer.from('idem-photo-b')])],
      };
    },
    'misconduct evidence': async () => {
      const draft = await ready();
      expect((await submit(draft.token, draft.applicationId)).statusCode).toBe(200);
      const secretariat = (await call<{ accessToken: string }>(t.app, 'POST', '/api/v1/auth/login', { json: { username: 'mishuchu', password: 'Demo@2026' } })).body.accessToken;
      const opened = await call<{ id: number }>(t.app, 'POST', '/api/v1/misconduct-cases', { token: secretariat, json: { applicationId: draft.applicationId, kind: 'fraud', description: '证据幂等' } });
      expect(opened.status).toBe(201);
      return {
        route: {
          token: secretariat,
          url: `/api/v1/misconduct-cases/${opened.body.id}/evidence`,
          form: (file) => [{ name: 'file', filename: '比对报告.pdf', content: file }],
          kept: () => count(`SELECT COUNT(*) AS n FROM misconduct_evidence WHERE caseId = ?`, [opened.body.id]),
          action: 'misconduct.evidence',
        },
        files: [await pdfFixture('idem-evidence-a'), await pdfFixture('idem-evidence-b')],
      };
    },
    'recommendation letter': async () => {
      const draft = await draftApplicationFactory(t.app);
      const contact = await contactFactory(t.app, draft.recommendingUnitId);
      return {
        route: {
          token: contact.token,
          url: '/api/v1/recommendation/package/letter',
          form: (file) => [{ name: 'file', filename: '推荐函.pdf', content: file }],
          kept: () => count(`SELECT COUNT(*) AS n FROM unit_package_file WHERE unitId = ? AND kind = 'letter'`, [draft.recommendingUnitId]),
          action: 'unit_package.letter',
        },
        files: [await pdfFixture('idem-letter-a'), await pdfFixture('idem-letter-b')],
      };
    },
    'excellent-list notice': async () => {
      const draft = await draftApplicationFactory(t.app);
      const contact = await contactFactory(t.app, draft.recommendingUnitId);
      return {
        route: {
          token: contact.token,
          url: '/api/v1/recommendation/package/excellent-list',
          form: (file) => [{ name: 'file', filename: '优秀名单公布通知.pdf', content: file }],
          kept: () => count(`SELECT COUNT(*) AS n FROM unit_package_file WHERE unitId = ? AND kind = 'excellent_list'`, [draft.recommendingUnitId]),
          action: 'unit_package.excellent_list',
        },
        files: [await pdfFixture('idem-excellent-a'), await pdfFixture('idem-excellent-b')],
      };
    },
    'expert import': async () => {
      const secretariat = (await call<{ accessToken: string }>(t.app, 'POST', '/api/v1/auth/login', { json: { username: 'mishuchu', password: 'Demo@2026' } })).body.accessToken;
      const units = await call<Array<{ name: string }> | { items: Array<{ name: string }> }>(t.app, 'GET', '/api/v1/recommending-units', { token: secretariat });
      const unitName = (Array.isArray(units.body) ? units.body : units.body.items)[0]!.name;
      return {
        route: {
          token: secretariat,
          url: '/api/v1/experts/import',
          form: (file) => [{ name: 'file', filename: '专家名单.xlsx', content: file }],
          kept: () => count(`SELECT COUNT(*) AS n FROM expert WHERE mobile IN ('13900002501', '13900002502')`, []),
          action: 'expert.import_create',
        },
        files: [await expertWorkbook(unitName, '13900002501'), await expertWorkbook(unitName, '13900002502')],
      };
    },
  };

  it.each(Object.keys(uploadRoutes))('%s: the same key and file replay the first answer; the same key with another file is refused and keeps nothing', async (name) => {
    const { route, files } = await uploadRoutes[name]!();
    const [fileA, fileB] = files;
    const actionsBefore = await auditActions(route.action);
    const key = `upload-${name.replace(/[^a-z]/g, '')}-0001`;

    const first = await send(route, fileA, key);
    expect(first.status).toBeGreaterThanOrEqual(200);
    expect(first.status).toBeLessThan(300);
    expect(first.replayed).toBeUndefined();
    expect(await route.kept()).toBe(1);
    expect(await auditActions(route.action)).toBe(actionsBefore + 1);

    const again = await send(route, fileA, key);
    expect(again.status).toBe(first.status);
    expect(again.replayed).toBe('true');
    expect(again.body).toEqual(first.body);

    const other = await send(route, fileB, key);
    expect(other.status).toBe(409);
    expect(other.replayed).toBeUndefined();
    expect(other.body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key', message: ERROR_MESSAGES.IDEMPOTENCY_KEY_REUSED });
    expect(other.body.message).toMatch(/[\u4e00-\u9fff]/);
    // Nothing of the second file is kept: no row, no audit entry, no stored object.
    expect(await route.kept()).toBe(1);
    expect(await auditActions(route.action)).toBe(actionsBefore + 1);
    if (name !== 'expert import') expect(await stored(fileA)).toBe(true);
    expect(await stored(fileB)).toBe(false);

    // The first file again is still the first answer; a new key takes the other file (a photo under the same
    // photoKey is the photo already kept: 200, nothing added).
    expect((await send(route, fileA, key)).replayed).toBe('true');
    const fresh = await send(route, fileB, `${key}-new`);
    expect(fresh.replayed).toBeUndefined();
    const samePhoto = name === 'activity-record photo';
    expect(fresh.status).toBe(samePhoto ? 200 : first.status);
    expect(await route.kept()).toBe(samePhoto ? 1 : 2);
  });

  it('refuses the same file under the same key with other form fields, or for another record', async () => {
    const { route, files } = await uploadRoutes['activity-record photo']!();
    expect((await send(route, files[0], 'photo-fields-0001')).status).toBe(201);
    const otherKey = [
      { name: 'photoKey', value: 'photo-idem-0002' },
      { name: 'photo', filename: 'p.png', content: files[0], contentType: 'image/png' },
    ];
    expect((await send(route, files[0], 'photo-fields-0001', otherKey)).body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await route.kept()).toBe(1);
    // The same form and file, the same key, sent to another record of the team (another route parameter).
    const teamId = Number(/teams\/(\d+)\//.exec(route.url)![1]);
    const second = (await activityRecordFactory(t.app, route.token, teamId, '2026-05-21')) as { id: number };
    const elsewhere = { ...route, url: `/api/v1/teams/${teamId}/activity-records/${second.id}/photos` };
    expect((await send(elsewhere, files[0], 'photo-fields-0001')).body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await count(`SELECT COUNT(*) AS n FROM activity_photo WHERE recordId = ?`, [second.id])).toBe(0);
    expect((await send(elsewhere, files[0], 'photo-fields-0002')).status).toBe(201);
  });

  it('refuses a key reused on another route or with other route parameters, for uploads and JSON alike', async () => {
    const draft = await ready();
    const other = await draftApplicationFactory(t.app);
    const pdf = await pdfFixture('idem-across-routes');
    const key = 'across-routes-0001';
    const first = await upload(draft.token, draft.applicationId, 'pdf', pdf, key);
    expect(first.status).toBe(201);
    const materialCount = (id: number) => count(`SELECT COUNT(*) AS n FROM material WHERE applicationId = ?`, [id]);
    const before = await materialCount(draft.applicationId);

    // Same key — but another kind (route parameter), a JSON route.
    expect((await upload(draft.token, draft.applicationId, 'ppt', pptxFixture('across'), key)).body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
    const submitted = await submit(draft.token, draft.applicationId, key);
    expect(submitted.statusCode).toBe(409);
    expect(JSON.parse(submitted.body)).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await auditCount('application.submit', draft.applicationId)).toBe(0);
    expect(await materialCount(other.applicationId)).toBe(0);
    expect(await materialCount(draft.applicationId)).toBe(before);

    // Another caller's key is their own: it runs.
    expect((await submit(draft.token, draft.applicationId, 'json-then-upload-01')).statusCode).toBe(200);
    expect((await upload(other.token, other.applicationId, 'pdf', pdf, 'json-then-upload-01')).status).toBe(201);

    // A key used on a JSON route is refused on an upload route.
    const secretariat = (await call<{ accessToken: string }>(t.app, 'POST', '/api/v1/auth/login', { json: { username: 'mishuchu', password: 'Demo@2026' } })).body.accessToken;
    const opened = await call<{ id: number }>(t.app, 'POST', '/api/v1/misconduct-cases', {
      token: secretariat,
      json: { applicationId: draft.applicationId, kind: 'fraud', description: '跨路由复用请求编号' },
      headers: { 'idempotency-key': 'case-then-evidence-01' },
    });
    expect(opened.status).toBe(201);
    const evidence = await send(
      { token: secretariat, url: `/api/v1/misconduct-cases/${opened.body.id}/evidence`, form: (file) => [{ name: 'file', filename: '证据.pdf', content: file }], kept: async () => 0, action: '' },
      pdf,
      'case-then-evidence-01',
    );
    expect(evidence.body).toMatchObject({ statusCode: 409, code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await count(`SELECT COUNT(*) AS n FROM misconduct_evidence WHERE caseId = ?`, [opened.body.id])).toBe(0);
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
