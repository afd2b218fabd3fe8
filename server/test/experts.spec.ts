import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { issueCardFactory } from './support/factories.js';
import { pdfFixture } from './support/material-files.js';
import { contactFactory, uploadFile } from './support/recommendation-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';
import { WechatStandIn } from './support/wechat-stand-in.js';

type ErrorBody = { statusCode: number; code: string; message: string; field?: string; details?: Array<{ field: string; message: string }> };
type ExpertView = {
  id: number;
  name: string;
  mobile: string;
  enterpriseId: number | null;
  recommendingUnitId: number;
  recommendingUnitName: string;
  specialties: string[];
  trainingStatus: string;
  trainedAt: string | null;
  assessmentStatus: string;
  assessedAt: string | null;
  active: boolean;
  drawable: boolean;
  userId: number | null;
};
type ListBody = { items: ExpertView[]; total: number; page: number; pageSize: number };
type ImportBody = { total: number; imported: number; updated: number; rejected: Array<{ row: number; errors: Array<{ column: string; message: string }> }> };

const HEADERS = ['姓名', '手机', '所在企业', '推荐单位', '专业', '培训状态', '培训日期', '考核结果', '考核日期', '是否启用'];

async function workbook(headers: string[], rows: unknown[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('专家');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const expertDto = (unitId: number, overrides: Record<string, unknown> = {}) => ({
  name: '王建国',
  mobile: '13800000001',
  enterpriseName: '中建一局集团',
  recommendingUnitId: unitId,
  specialties: ['土建', '质量管理'],
  trainingStatus: 'trained',
  trainedAt: '2026-03-01',
  assessmentStatus: 'passed',
  assessedAt: '2026-03-15',
  ...overrides,
});

describe(`expert pool (专家库) on ${TEST_DB}`, () => {
  const wechat = new WechatStandIn();
  let t: TestApp;
  let secretariat: string;
  let units: Array<{ id: number; seq: number; name: string }>;
  beforeAll(async () => {
    await wechat.start();
    t = await startTestApp(wechat.env());
    secretariat = await loginAccount(t.app, 'mishuchu');
    units = (await call<{ items: Array<{ id: number; seq: number; name: string }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items;
  });
  afterAll(async () => {
    await t.close();
    await wechat.stop();
  });

  const list = (query = '') => call<ListBody>(t.app, 'GET', `/api/v1/experts${query}`, { token: secretariat });

  it('creates, edits and lists experts; drawable means active, trained and passed', async () => {
    const card = await issueCardFactory(t.app);
    const ready = await call<ExpertView>(t.app, 'POST', '/api/v1/experts', {
      token: secretariat,
      json: expertDto(units[0]!.id, { enterpriseName: card.enterpriseName, mobile: '138 0000 0001' }),
    });
    expect(ready.status).toBe(201);
    expect(ready.body).toMatchObject({
      mobile: '13800000001',
      recommendingUnitName: units[0]!.name,
      trainedAt: '2026-03-01',
      assessedAt: '2026-03-15',
      active: true,
      drawable: true,
      userId: null,
    });
    expect(ready.body.enterpriseId).toEqual(expect.any(Number));

    const pending = await call<ExpertView>(t.app, 'POST', '/api/v1/experts', {
      token: secretariat,
      json: expertDto(units[1]!.id, { name: '李明', mobile: '13800000002', trainingStatus: 'pending', trainedAt: null, assessmentStatus: 'pending', assessedAt: null }),
    });
    expect(pending.body).toMatchObject({ drawable: false, enterpriseId: null });

    const taken = await call<ErrorBody>(t.app, 'POST', '/api/v1/experts', { token: secretariat, json: expertDto(units[0]!.id) });
    expect(taken.body).toMatchObject({ statusCode: 409, code: 'EXPERT_MOBILE_TAKEN', field: 'mobile' });
    const inconsistent = await call<ErrorBody>(t.app, 'POST', '/api/v1/experts', {
      token: secretariat,
      json: expertDto(units[0]!.id, { mobile: '13800000009', trainingStatus: 'pending', trainedAt: null }),
    });
    expect(inconsistent.body).toMatchObject({ statusCode: 422, code: 'EXPERT_STATUS_INCONSISTENT', field: 'assessmentStatus' });
    const badMobile = await call<ErrorBody>(t.app, 'POST', '/api/v1/experts', { token: secretariat, json: expertDto(units[0]!.id, { mobile: '12345' }) });
    expect(badMobile.status).toBe(422);

    expect((await list('?drawable=true')).body.items.map((e) => e.id)).toEqual([ready.body.id]);
    expect((await list('?drawable=false')).body.items.map((e) => e.id)).toEqual([pending.body.id]);

    const trained = await call<ExpertView>(t.app, 'PUT', `/api/v1/experts/${pending.body.id}`, {
      token: secretariat,
      json: expertDto(units[1]!.id, { name: '李明', mobile: '13800000002', assessedAt: '2026-03-20' }),
    });
    expect(trained.body).toMatchObject({ drawable: true, assessedAt: '2026-03-20' });
    const disabled = await call<ExpertView>(t.app, 'PUT', `/api/v1/experts/${ready.body.id}`, {
      token: secretariat,
      json: expertDto(units[0]!.id, { enterpriseName: card.enterpriseName, active: false }),
    });
    expect(disabled.body).toMatchObject({ active: false, drawable: false });
    const stolen = await call<ErrorBody>(t.app, 'PUT', `/api/v1/experts/${ready.body.id}`, { token: secretariat, json: expertDto(units[0]!.id, { mobile: '13800000002' }) });
    expect(stolen.body).toMatchObject({ statusCode: 409, code: 'EXPERT_MOBILE_TAKEN' });
    expect((await call<ErrorBody>(t.app, 'PUT', '/api/v1/experts/99999', { token: secretariat, json: expertDto(units[0]!.id, { mobile: '13800000077' }) })).body).toMatchObject({
      statusCode: 404,
      code: 'EXPERT_NOT_FOUND',
    });

    expect((await list('?drawable=true')).body.items.map((e) => e.id)).toEqual([pending.body.id]);
    expect((await list('?active=false')).body.items.map((e) => e.id)).toEqual([ready.body.id]);
    expect((await list(`?unitId=${units[1]!.id}`)).body.items.map((e) => e.id)).toEqual([pending.body.id]);
    expect((await list('?q=李明')).body.items.map((e) => e.id)).toEqual([pending.body.id]);
    expect((await list('?q=质量管理&pageSize=1&page=2')).body).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ id: pending.body.id }] });
    expect((await list('?drawable=maybe')).status).toBe(422);
  });

  it('imports a workbook row by row: valid rows written, an existing mobile updated, invalid rows reported', async () => {
    await call(t.app, 'POST', '/api/v1/experts', { token: secretariat, json: expertDto(units[2]!.id, { name: '赵老专家', mobile: '13900000003' }) });
    const file = await workbook(HEADERS, [
      ['张三', '13900000001', '中铁建工集团', units[0]!.name, '土建、安装', '已培训', new Date(Date.UTC(2026, 2, 5)), '通过', '2026/3/20', '是'],
      ['李四', 13900000002, '上海建工', String(units[4]!.seq), '机电,装饰', '未培训', null, '未考核', null, ''],
      ['王五', '1390000', '北京城建', units[0]!.name, '土建', '已培训', '2026-03-05', '通过', '2026-03-20', '是'],
      ['钱六', '13900000004', '某公司', '不存在的推荐单位', '土建', '已培训', '2026-03-05', '通过', '2026-03-20', '是'],
      [],
      ['赵老专家', '13900000003', '新企业', units[2]!.name, '钢结构', '已培训', '2026-04-01', '未通过', '2026-04-10', '否'],
      ['孙七', '13900000001', '重复', units[0]!.name, '土建', '未培训', null, '通过', null, '是'],
    ]);
    const reply = await uploadFile(t.app, secretariat, '/api/v1/experts/import', '专家名单.xlsx', file);
    expect(reply.status).toBe(200);
    const report = reply.body as unknown as ImportBody;
    expect(report).toMatchObject({ total: 6, imported: 2, updated: 1 });
    expect(report.rejected.map((r) => r.row)).toEqual([4, 5, 8]);
    expect(report.rejected[0]!.errors).toEqual([{ column: '手机', message: expect.stringContaining('11 位') }]);
    expect(report.rejected[1]!.errors).toEqual([{ column: '推荐单位', message: expect.stringContaining('不存在的推荐单位') }]);
    expect(report.rejected[2]!.errors.map((e) => e.column)).toEqual(['手机', '考核结果']);

    const imported = (await list('?q=1390000&pageSize=50')).body.items;
    expect(imported.map((e) => e.mobile).sort()).toEqual(['13900000001', '13900000002', '13900000003']);
    expect(imported.find((e) => e.mobile === '13900000001')).toMatchObject({
      name: '张三',
      recommendingUnitId: units[0]!.id,
      specialties: ['土建', '安装'],
      trainedAt: '2026-03-05',
      assessedAt: '2026-03-20',
      drawable: true,
    });
    expect(imported.find((e) => e.mobile === '13900000002')).toMatchObject({ recommendingUnitId: units[4]!.id, specialties: ['机电', '装饰'], active: true, drawable: false });
    expect(imported.find((e) => e.mobile === '13900000003')).toMatchObject({ name: '赵老专家', enterpriseName: '新企业', assessmentStatus: 'failed', active: false });
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });

  it('refuses a file that is not an xlsx, and a sheet without the expected headers', async () => {
    const pdf = await uploadFile(t.app, secretariat, '/api/v1/experts/import', '专家名单.xlsx', await pdfFixture());
    expect(pdf.body).toMatchObject({ statusCode: 422, code: 'FILE_TYPE_MISMATCH', field: 'file' });
    const csv = await uploadFile(t.app, secretariat, '/api/v1/experts/import', '专家名单.xlsx', Buffer.from('姓名,手机\n张三,13900000001\n'));
    expect(csv.body).toMatchObject({ statusCode: 422, code: 'FILE_TYPE_MISMATCH' });

    const headers = await uploadFile(t.app, secretariat, '/api/v1/experts/import', 'x.xlsx', await workbook(['姓名', '电话', '专业'], [['张三', '13900000001', '土建']]));
    expect(headers.body).toMatchObject({ statusCode: 422, code: 'EXPERT_IMPORT_HEADERS_MISSING' });
    expect((headers.body as unknown as ErrorBody).details!.map((d) => d.field)).toEqual(['手机', '所在企业', '推荐单位', '培训状态', '考核结果']);
    const empty = await uploadFile(t.app, secretariat, '/api/v1/experts/import', 'x.xlsx', await workbook([], []));
    expect(empty.body).toMatchObject({ statusCode: 422, code: 'EXPERT_IMPORT_HEADERS_MISSING' });
    const noRows = await uploadFile(t.app, secretariat, '/api/v1/experts/import', 'x.xlsx', await workbook(HEADERS, []));
    expect(noRows.body).toMatchObject({ statusCode: 422, code: 'EXPERT_IMPORT_EMPTY' });
  });

  it('opens the expert’s login: password login as role expert; asked again, a new password replaces the old', async () => {
    const expert = await call<ExpertView>(t.app, 'POST', '/api/v1/experts', { token: secretariat, json: expertDto(units[3]!.id, { name: '周专家', mobile: '13700000001' }) });
    const opened = await call<{ userId: number; username: string; password: string; bindCode: string; bindCodeExpiresAt: string; created: boolean }>(
      t.app,
      'POST',
      `/api/v1/experts/${expert.body.id}/account`,
      { token: secretariat, json: {} },
    );
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ username: '13700000001', created: true });
    expect(opened.body.bindCode).toMatch(/^[A-Z2-9]{8}$/);
    const token = await loginAccount(t.app, opened.body.username, opened.body.password);
    const me = await call<{ role: string; userId: number; displayName: string }>(t.app, 'GET', '/api/v1/auth/me', { token });
    expect(me.body).toMatchObject({ role: 'expert', userId: opened.body.userId, displayName: '周专家' });
    expect((await list('?q=周专家')).body.items[0]!.userId).toBe(opened.body.userId);

    // The bind code binds the expert's WeChat (mini-program), as for recommending units' contacts.
    const ticket = await call<{ status: string; wechatTicket: string }>(t.app, 'POST', '/api/v1/auth/wechat-login', { json: { code: wechat.codeFor('openid-expert-1') } });
    const bound = await call<{ principal: { role: string; userId: number } }>(t.app, 'POST', '/api/v1/auth/bind', {
      json: { bindCode: opened.body.bindCode, wechatTicket: ticket.body.wechatTicket },
    });
    expect(bound.body.principal).toMatchObject({ role: 'expert', userId: opened.body.userId });

    const again = await call<{ userId: number; password: string; created: boolean }>(t.app, 'POST', `/api/v1/experts/${expert.body.id}/account`, { token: secretariat, json: {} });
    expect(again.body).toMatchObject({ userId: opened.body.userId, created: false });
    await loginAccount(t.app, opened.body.username, again.body.password);
    const old = await call<ErrorBody>(t.app, 'POST', '/api/v1/auth/login', { json: { username: opened.body.username, password: opened.body.password } });
    expect(old.status).toBe(401);

    // Disabling the expert disables the login.
    await call(t.app, 'PUT', `/api/v1/experts/${expert.body.id}`, { token: secretariat, json: expertDto(units[3]!.id, { name: '周专家', mobile: '13700000001', active: false }) });
    const disabled = await call<ErrorBody>(t.app, 'POST', '/api/v1/auth/login', { json: { username: opened.body.username, password: again.body.password } });
    expect(disabled.status).toBe(401);

    const other = await call<ExpertView>(t.app, 'POST', '/api/v1/experts', { token: secretariat, json: expertDto(units[3]!.id, { name: '吴专家', mobile: '13700000002' }) });
    const taken = await call<ErrorBody>(t.app, 'POST', `/api/v1/experts/${other.body.id}/account`, { token: secretariat, json: { username: '13700000001' } });
    expect(taken.body).toMatchObject({ statusCode: 409, code: 'USERNAME_TAKEN' });
  });

  it('answers 403 to everyone but the secretariat', async () => {
    const contact = await contactFactory(t.app, units[0]!.id);
    const expert = await loginAccount(t.app, 'zhuanjia01');
    for (const token of [contact.token, expert]) {
      expect((await call(t.app, 'GET', '/api/v1/experts', { token })).status).toBe(403);
      expect((await call(t.app, 'POST', '/api/v1/experts', { token, json: expertDto(units[0]!.id, { mobile: '13600000001' }) })).status).toBe(403);
      expect((await call(t.app, 'PUT', '/api/v1/experts/1', { token, json: expertDto(units[0]!.id, { mobile: '13600000001' }) })).status).toBe(403);
      expect((await call(t.app, 'POST', '/api/v1/experts/1/account', { token, json: {} })).status).toBe(403);
      expect((await uploadFile(t.app, token, '/api/v1/experts/import', 'x.xlsx', await workbook(HEADERS, []))).status).toBe(403);
    }
    expect((await call(t.app, 'GET', '/api/v1/experts')).status).toBe(401);
  });
});
