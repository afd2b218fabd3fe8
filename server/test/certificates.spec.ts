import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { certificateNoFromBody, isWellFormedCertificateNo } from '@cacem/shared';
import ExcelJS from 'exceljs';
import { PDFDocument } from 'pdf-lib';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { ConfigError, loadConfig } from '../src/config/app-config.js';
import { ApplicationEvent } from '../src/modules/application/application-event.entity.js';
import { Application } from '../src/modules/application/application.entity.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import type { Principal } from '../src/modules/access/index.js';
import { Certificate } from '../src/modules/certificate/certificate.entity.js';
import { CertificateNumbers, CertificateService } from '../src/modules/certificate/certificate.service.js';
import { GradeResult } from '../src/modules/grading/grade-result.entity.js';
import { gradedApplicationFactory } from './support/certificate-factories.js';
import { type CertificateItem as Item, type Issued } from './support/certificate-views.js';
import { type ErrorBody } from './support/error-body.js';
import { declarantFactory } from './support/factories.js';
import { memberFactory } from './support/member-factories.js';
import { pdfText } from './support/pdf-text.js';
import { contactFactory, submittedApplicationFactory } from './support/recommendation-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

const REGISTRATION = new Date('2026-06-15T04:00:00Z');
const PUBLICATION = new Date('2026-09-30T02:00:00Z');
const PUBLIC_BASE_URL = 'https://qt.example.org';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe(`certificates (证书, 第十三条) on ${TEST_DB}`, () => {
  let t: TestApp;
  let secretariat: string;
  let excellentA: Awaited<ReturnType<typeof gradedApplicationFactory>>;
  let exemplaryB: Awaited<ReturnType<typeof gradedApplicationFactory>>;
  let excellentC: Awaited<ReturnType<typeof gradedApplicationFactory>>;
  let unpublishedD: Awaited<ReturnType<typeof gradedApplicationFactory>>;
  let submittedE: Awaited<ReturnType<typeof submittedApplicationFactory>>;
  let first: Issued;

  const numberOf = (applicationId: number) => first.items.find((i) => i.applicationId === applicationId)!.certificateNo;
  const pdf = (no: string, token?: string) => t.app.inject({ method: 'GET', url: `/api/v1/certificates/${no}/pdf`, headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL: `${PUBLIC_BASE_URL}/` });
    secretariat = await loginAccount(t.app, 'mishuchu');
    t.app.get(Clock).travelTo(REGISTRATION);
    excellentA = await gradedApplicationFactory(t.app, '钢筋加工一班', { grade: 'excellent', materialsScore: 76, presentationScore: 18.5 });
    exemplaryB = await gradedApplicationFactory(t.app, '模板安装二班', { grade: 'exemplary', materialsScore: 70, presentationScore: 16 });
    excellentC = await gradedApplicationFactory(t.app, '混凝土浇筑三班', { grade: 'excellent', materialsScore: 78, presentationScore: 19 });
    unpublishedD = await gradedApplicationFactory(t.app, '机电安装四班', { grade: 'improving', materialsScore: 60, presentationScore: 12, published: false });
    submittedE = await submittedApplicationFactory(t.app, '测量放线五班');
    t.app.get(Clock).travelTo(PUBLICATION);
  });
  afterAll(async () => t.close());

  it('issues a certificate to every graded application whose grade is published, moving it to certified', async () => {
    const reply = await call<Issued>(t.app, 'POST', '/api/v1/certificates/issue', { token: secretariat });
    expect(reply.status).toBe(200);
    first = reply.body;
    expect(first.issued).toBe(3);
    expect(first.items.map((i) => i.applicationId).sort((a, b) => a - b)).toEqual([excellentA, exemplaryB, excellentC].map((a) => a.applicationId).sort((a, b) => a - b));
    for (const item of first.items) {
      expect(isWellFormedCertificateNo(item.certificateNo)).toBe(true);
      expect(item.certificateNo.startsWith('QT2026')).toBe(true);
      expect(item).toMatchObject({ year: 2026, revoked: false, issuedAt: PUBLICATION.toISOString() });
    }
    expect(first.items.find((i) => i.applicationId === excellentA.applicationId)).toMatchObject({
      team: { name: '钢筋加工一班' },
      enterprise: { name: excellentA.declarant.enterpriseName },
      grade: 'excellent',
      gradeLabel: '卓越级',
      total: 94.5,
    });
    expect(new Set(first.items.map((i) => i.certificateNo)).size).toBe(3);

    const manager = dataSourceOf(t.app).manager;
    const statuses = await manager.findBy(Application, { id: excellentA.applicationId });
    expect(statuses[0]!.status).toBe('certified');
    expect((await manager.findOneByOrFail(Application, { id: unpublishedD.applicationId })).status).toBe('graded');
    expect((await manager.findOneByOrFail(Application, { id: submittedE.applicationId })).status).toBe('submitted');
    const events = await manager.findBy(ApplicationEvent, { applicationId: excellentA.applicationId, to: 'certified' });
    expect(events).toEqual([expect.objectContaining({ from: 'graded', to: 'certified', action: 'issueCertificate', actor: expect.stringMatching(/^user:/) })]);
    const audits = await manager.findBy(AuditEntry, { action: 'certificate.issue' });
    expect(audits).toHaveLength(3);
    expect(await manager.countBy(AuditEntry, { action: 'application.issueCertificate' })).toBe(3);
  });

  it('issues nothing new when run again, and picks up a grade published since', async () => {
    const again = await call<Issued>(t.app, 'POST', '/api/v1/certificates/issue', { token: secretariat });
    expect(again.body).toEqual({ issued: 0, items: [] });
    expect(await dataSourceOf(t.app).manager.count(Certificate)).toBe(3);

    await dataSourceOf(t.app).manager.update(GradeResult, { applicationId: unpublishedD.applicationId }, { publishedAt: PUBLICATION });
    const later = await call<Issued>(t.app, 'POST', '/api/v1/certificates/issue', { token: secretariat });
    expect(later.body.issued).toBe(1);
    expect(later.body.items[0]).toMatchObject({ applicationId: unpublishedD.applicationId, grade: 'improving', gradeLabel: '改进级' });
  });

  it('draws another number when the random one is already taken', async () => {
    t.app.get(Clock).travelTo(REGISTRATION);
    const f = await gradedApplicationFactory(t.app, '装饰装修六班', { grade: 'exemplary', materialsScore: 66, presentationScore: 15 });
    t.app.get(Clock).travelTo(PUBLICATION);
    const taken = numberOf(excellentA.applicationId);
    // The first eight draws spell the body of a number already issued; the rest are random again.
    const forced = [...taken.slice(6, 14)].map((ch) => CROCKFORD.indexOf(ch));
    const numbers = t.app.get(CertificateNumbers);
    const original = numbers.randomInt.bind(numbers);
    const spy = jest.spyOn(numbers, 'randomInt').mockImplementation((n) => (forced.length ? forced.shift()! : original(n)));
    try {
      const reply = await call<Issued>(t.app, 'POST', '/api/v1/certificates/issue', { token: secretariat });
      expect(reply.body.issued).toBe(1);
      expect(reply.body.items[0]!.applicationId).toBe(f.applicationId);
      expect(reply.body.items[0]!.certificateNo).not.toBe(taken);
      expect(spy.mock.calls.length).toBe(16);
    } finally {
      spy.mockRestore();
    }
  });

  it('lists the certificates for the secretariat, 卓越级 first, filtered by grade and revocation', async () => {
    const all = await call<{ items: Item[]; total: number }>(t.app, 'GET', '/api/v1/certificates', { token: secretariat });
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(5);
    expect(all.body.items.map((i) => i.grade)).toEqual(['excellent', 'excellent', 'exemplary', 'exemplary', 'improving']);
    expect(all.body.items[0]).toMatchObject({ team: { name: '混凝土浇筑三班' }, total: 97, unit: { name: expect.any(String) } });
    const excellent = await call<{ items: Item[]; total: number }>(t.app, 'GET', '/api/v1/certificates?grade=excellent', { token: secretariat });
    expect(excellent.body.items.map((i) => i.team.name)).toEqual(['混凝土浇筑三班', '钢筋加工一班']);
    const revoked = await call<{ items: Item[]; total: number }>(t.app, 'GET', '/api/v1/certificates?revoked=true', { token: secretariat });
    expect(revoked.body.total).toBe(0);
    const bad = await call<ErrorBody>(t.app, 'GET', '/api/v1/certificates?grade=gold', { token: secretariat });
    expect(bad.status).toBe(422);
    const declarant = await call<ErrorBody>(t.app, 'GET', '/api/v1/certificates', { token: excellentA.token });
    expect(declarant.status).toBe(403);
  });

  it('renders the certificate as an A4 landscape PDF in Chinese with the number and a QR link to the verification page', async () => {
    const no = numberOf(excellentA.applicationId);
    const reply = await pdf(no, secretariat);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/pdf');
    expect(String(reply.headers['content-disposition'])).toContain(`filename*=UTF-8''${encodeURIComponent('质量信得过班组证书-钢筋加工一班-')}`);
    const bytes = reply.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(20_000);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round(width)).toBe(842);
    expect(Math.round(height)).toBe(595);
    const { text, links } = await pdfText(bytes);
    for (const fragment of ['工程建设质量信得过班组', '钢筋加工一班', excellentA.declarant.enterpriseName, '卓越级', '2026年', '中国施工企业管理协会', '2026年9月30日']) {
      expect(text).toContain(fragment);
    }
    expect(text.replace(/-/g, '')).toContain(no);
    expect(text).not.toContain('已撤销');
    expect(links).toEqual([`${PUBLIC_BASE_URL}/#/public/verify/index?no=${no}`]);
  });

  it('lets the team’s declarant and members read the PDF; another team’s is told no such number, other roles are refused', async () => {
    const no = numberOf(excellentA.applicationId);
    expect((await pdf(no, excellentA.token)).statusCode).toBe(200);
    const member = await memberFactory(t.app, excellentA.token, excellentA.teamId);
    expect((await pdf(no, member.token)).statusCode).toBe(200);

    const otherDeclarant = await declarantFactory(t.app);
    const refused = await pdf(no, otherDeclarant.token);
    expect(refused.statusCode).toBe(404);
    expect(JSON.parse(refused.body)).toMatchObject({ code: 'CERTIFICATE_NOT_FOUND' });
    // B's declarant and another team's member are answered the same; a recommender contact is refused by role.
    expect((await pdf(no, exemplaryB.token)).statusCode).toBe(404);
    const otherMember = await memberFactory(t.app, exemplaryB.token, exemplaryB.teamId);
    expect((await pdf(no, otherMember.token)).statusCode).toBe(404);
    const units = await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units');
    const contact = await contactFactory(t.app, units.body.items[0]!.id);
    expect((await pdf(no, contact.token)).statusCode).toBe(403);
    expect((await pdf(no)).statusCode).toBe(401);
  });

  it('verifies a number publicly, however it is typed', async () => {
    const no = numberOf(excellentC.applicationId);
    const reply = await call(t.app, 'GET', `/api/v1/public/certificates/${no}`);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      certificateNo: no,
      year: 2026,
      teamName: '混凝土浇筑三班',
      enterpriseName: excellentC.declarant.enterpriseName,
      grade: 'excellent',
      gradeLabel: '卓越级',
      issuedAt: PUBLICATION.toISOString(),
      status: 'valid',
      revokedAt: null,
      revokedReason: null,
    });
    const typed = ` ${no.slice(0, 2)}-${no.slice(2, 6)} ${no.slice(6, 10).toLowerCase()}-${no.slice(10)} `;
    const loose = await call(t.app, 'GET', `/api/v1/public/certificates/${encodeURIComponent(typed)}`);
    expect(loose.status).toBe(200);
    expect(loose.body.certificateNo).toBe(no);
  });

  it('answers unknown, malformed and made-up numbers with one and the same 404, byte for byte', async () => {
    const no = numberOf(excellentC.applicationId);
    // A well-formed neighbour (last body character changed, check character recomputed) and an unrelated made-up one.
    const body = no.slice(6, 14);
    const neighbour = certificateNoFromBody(2026, body.slice(0, 7) + (body[7] === '0' ? '1' : '0'));
    const madeUp = certificateNoFromBody(2026, 'ZZZZZZZZ');
    const wrongCheck = no.slice(0, -1) + (no.endsWith('0') ? '1' : '0');
    const bodies: string[] = [];
    for (const candidate of [neighbour, madeUp, wrongCheck, 'QT2026', 'abc', '１２３', 'QT1999AAAAAAAAA']) {
      const reply = await t.app.inject({ method: 'GET', url: `/api/v1/public/certificates/${encodeURIComponent(candidate)}` });
      expect(reply.statusCode).toBe(404);
      bodies.push(reply.body);
    }
    expect(JSON.parse(bodies[0]!)).toEqual({ statusCode: 404, code: 'CERTIFICATE_NOT_FOUND', message: '未找到该证书编号，请核对后重新输入' });
    expect(new Set(bodies).size).toBe(1);
  });

  it('revokes with a reason (once), shows it to the public and marks the PDF', async () => {
    const no = numberOf(excellentA.applicationId);
    const missing = await call<ErrorBody>(t.app, 'POST', `/api/v1/certificates/${no}/revoke`, { token: secretariat, json: { reason: '  ' } });
    expect(missing.status).toBe(422);
    expect(missing.body).toMatchObject({ code: 'CERTIFICATE_REVOKE_REASON_REQUIRED', field: 'reason' });
    const notSecretariat = await call<ErrorBody>(t.app, 'POST', `/api/v1/certificates/${no}/revoke`, { token: excellentA.token, json: { reason: '测试' } });
    expect(notSecretariat.status).toBe(403);

    const reason = '经查实申报材料弄虚作假（第十五条）';
    const revoked = await call<Item>(t.app, 'POST', `/api/v1/certificates/${no}/revoke`, { token: secretariat, json: { reason } });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({ certificateNo: no, revoked: true, revokedReason: reason, revokedAt: PUBLICATION.toISOString() });
    const twice = await call<ErrorBody>(t.app, 'POST', `/api/v1/certificates/${no}/revoke`, { token: secretariat, json: { reason } });
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('CERTIFICATE_ALREADY_REVOKED');
    const unknown = await call<ErrorBody>(t.app, 'POST', `/api/v1/certificates/${certificateNoFromBody(2026, 'ZZZZZZZZ')}/revoke`, { token: secretariat, json: { reason } });
    expect(unknown.status).toBe(404);

    const audit = await dataSourceOf(t.app).manager.findBy(AuditEntry, { action: 'certificate.revoke' });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ certificateNo: no, reason });

    const publicView = await call(t.app, 'GET', `/api/v1/public/certificates/${no}`);
    expect(publicView.body).toMatchObject({ status: 'revoked', revokedReason: reason, revokedAt: PUBLICATION.toISOString() });

    const file = await pdf(no, secretariat);
    expect(file.statusCode).toBe(200);
    expect(String(file.headers['content-disposition'])).toContain(encodeURIComponent('（已撤销）'));
    const { text } = await pdfText(file.rawPayload);
    expect(text).toContain('已撤销');
    expect(text).toContain(reason);

    const list = await call<{ items: Item[]; total: number }>(t.app, 'GET', '/api/v1/certificates?revoked=true', { token: secretariat });
    expect(list.body.items.map((i) => i.certificateNo)).toEqual([no]);
  });

  it('revokes for the discipline module inside its transaction, and is a no-op when there is nothing to revoke', async () => {
    const service = t.app.get(CertificateService);
    const principal: Principal = { role: 'secretariat', userId: 1, displayName: '秘书处', recommendingUnitId: null };
    const dataSource = dataSourceOf(t.app);
    const revoke = (applicationId: number) => dataSource.transaction((m) => service.revokeForApplication(m, principal, applicationId, '经查实存在剽窃'));
    expect(await revoke(exemplaryB.applicationId)).toBe(true);
    expect(await revoke(exemplaryB.applicationId)).toBe(false);
    expect(await revoke(submittedE.applicationId)).toBe(false);
    expect(await revoke(excellentA.applicationId)).toBe(false);
    const certificate = await dataSource.manager.findOneByOrFail(Certificate, { applicationId: exemplaryB.applicationId });
    expect(certificate).toMatchObject({ revokedReason: '经查实存在剽窃' });
  });

  it('exports the onward recommendation list: valid 卓越级 certificates, highest total first', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/api/v1/certificates/onward.xlsx', headers: { authorization: `Bearer ${secretariat}` } });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(reply.headers['content-disposition'])).toMatch(/^attachment; /);
    expect(String(reply.headers['content-disposition'])).toContain(encodeURIComponent('2026年度工程建设质量信得过班组择优推荐名单（卓越级）.xlsx'));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(reply.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(['序号', '证书编号', '班组名称', '企业名称', '推荐单位', '等级', '总分', '资料审核得分', '成果发布得分']);
    // A (excellent) was revoked above, so only C remains; add another excellent one to check the order.
    t.app.get(Clock).travelTo(REGISTRATION);
    const g = await gradedApplicationFactory(t.app, '钢结构七班', { grade: 'excellent', materialsScore: 79, presentationScore: 19.5 });
    t.app.get(Clock).travelTo(PUBLICATION);
    await call(t.app, 'POST', '/api/v1/certificates/issue', { token: secretariat });
    const again = await t.app.inject({ method: 'GET', url: '/api/v1/certificates/onward.xlsx', headers: { authorization: `Bearer ${secretariat}` } });
    const book2 = new ExcelJS.Workbook();
    await book2.xlsx.load(again.rawPayload as unknown as ArrayBuffer);
    const rows = book2.worksheets[0]!.getSheetValues().slice(3).map((r) => (r as unknown[]).slice(1));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r[2])).toEqual(['钢结构七班', '混凝土浇筑三班']);
    expect(rows[0]).toEqual([1, expect.stringMatching(/^QT2026/), '钢结构七班', g.declarant.enterpriseName, expect.any(String), '卓越级', 98.5, 79, 19.5]);
    expect(rows[1]).toEqual([2, numberOf(excellentC.applicationId), '混凝土浇筑三班', excellentC.declarant.enterpriseName, expect.any(String), '卓越级', 97, 78, 19]);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/certificates/onward.xlsx', headers: { authorization: `Bearer ${excellentC.token}` } })).statusCode).toBe(403);
  });

  it('reads PUBLIC_BASE_URL at boot: http(s) only, defaulting to this server on localhost', () => {
    expect(loadConfig({ DATA_DIR: t.config.dataDir, PORT: '8080' }).publicBaseUrl).toBe('http://localhost:8080');
    expect(t.config.publicBaseUrl).toBe(PUBLIC_BASE_URL);
    for (const value of ['qt.example.org', 'ftp://qt.example.org']) {
      expect(() => loadConfig({ DATA_DIR: t.config.dataDir, PUBLIC_BASE_URL: value })).toThrow(ConfigError);
    }
  });
});
