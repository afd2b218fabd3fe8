import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { ERROR_MESSAGES } from '@cacem/shared';
import ExcelJS from 'exceljs';
import { dataSourceOf } from '../src/app.factory.js';
import { StorageService } from '../src/storage/storage.service.js';
import { type ErrorBody } from './support/error-body.js';
import { activityRecordFactory, draftApplicationFactory } from './support/factories.js';
import { idempotencyRequests, idempotencySuite } from './support/idempotency-suite.js';
import { pdfFixture, pptxFixture } from './support/material-files.js';
import { PNG_1x1, teamFactory } from './support/member-factories.js';
import { type FormPart, multipartBody } from './support/multipart.js';
import { contactFactory } from './support/recommendation-factories.js';
import { call, TEST_DB } from './support/test-app.js';

/* Idempotency keys on every upload route: a retried upload is stored once, a key reused for other content is refused. */

describe(`idempotency keys and optimistic locking on ${TEST_DB}`, () => {
  const suite = idempotencySuite();
  const { upload, ready, submit, auditCount } = idempotencyRequests(suite);
  const { t } = suite;

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

});
