import { beforeAll, describe, expect, it } from '@jest/globals';
import { In } from 'typeorm';
import { Application } from '../src/modules/application/application.entity.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { Certificate } from '../src/modules/certificate/certificate.entity.js';
import { UnitWarning } from '../src/modules/discipline/unit-warning.entity.js';
import { InboxMessage } from '../src/modules/notification/inbox-message.entity.js';
import { type CaseDetail, disciplineRequests, disciplineSuite, MESSAGE_IS_CHINESE, type Warnings } from './support/discipline-suite.js';
import { type ErrorBody } from './support/error-body.js';
import { draftApplicationFactory } from './support/factories.js';
import { pdfFixture, PNG_1x1 } from './support/material-files.js';
import { uploadFile } from './support/recommendation-factories.js';
import { call, TEST_DB, type TestApp } from './support/test-app.js';

/* Misconduct cases (第十五条): evidence, decisions, what they do to an application and its unit. */

describe(`discipline (第十五、十六条) on ${TEST_DB}`, () => {
  const suite = disciplineSuite();
  const { manager, openCase, decide } = disciplineRequests(suite);
  const { apps } = suite;
  let t: TestApp;
  let secretariat: string;
  let contactA: { token: string; unitId: number };
  let contactB: { token: string; unitId: number };
  beforeAll(() => {
    ({ t, secretariat, contactA, contactB } = suite);
  });

  describe('misconduct cases (剽窃、弄虚作假)', () => {
    let upheldCase: CaseDetail;

    it('opens a case and keeps evidence files (by content, SHA-256, download link)', async () => {
      const opened = await openCase({ applicationId: apps.upheld.applicationId, kind: 'plagiarism', description: '申报材料第 3 章与他人成果雷同' });
      expect(opened.status).toBe(201);
      expect(opened.body).toMatchObject({ status: 'open', statusLabel: '查处中', kind: 'plagiarism', kindLabel: '剽窃', evidence: [] });
      expect(opened.body.application).toMatchObject({ id: apps.upheld.applicationId, status: 'screened_in' });
      upheldCase = opened.body;

      const pdf = await pdfFixture('evidence');
      const uploaded = await uploadFile(t.app, secretariat, `/api/v1/misconduct-cases/${upheldCase.id}/evidence`, '比对报告.pdf', pdf);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body).toMatchObject({ fileName: '比对报告.pdf', size: pdf.length, mimeType: 'application/pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      const photo = await uploadFile(t.app, secretariat, `/api/v1/misconduct-cases/${upheldCase.id}/evidence`, '现场照片.png', PNG_1x1);
      expect(photo.status).toBe(201);
      const text = await uploadFile(t.app, secretariat, `/api/v1/misconduct-cases/${upheldCase.id}/evidence`, '说明.pdf', Buffer.from('not really a pdf'));
      expect(text.body).toMatchObject({ statusCode: 422, code: 'MISCONDUCT_EVIDENCE_TYPE_INVALID' });

      const detail = await call<CaseDetail>(t.app, 'GET', `/api/v1/misconduct-cases/${upheldCase.id}`, { token: secretariat });
      expect(detail.body.evidence.map((e) => e.fileName)).toEqual(['比对报告.pdf', '现场照片.png']);
      const download = await t.app.inject({ method: 'GET', url: detail.body.evidence[0]!.url });
      expect(download.statusCode).toBe(200);
      expect(download.rawPayload.equals(pdf)).toBe(true);
      expect(await manager().count(AuditEntry, { where: { action: 'misconduct.evidence', entityId: String(upheldCase.id) } })).toBe(2);
    });

    it('refuses bad input with 422 and Chinese messages', async () => {
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ applicationId: apps.upheld.applicationId, kind: 'other', description: '说明' }, 'kind'],
        [{ applicationId: apps.upheld.applicationId, kind: 'fraud', description: '   ' }, 'description'],
        [{ kind: 'fraud', description: '说明' }, 'applicationId'],
        [{ applicationId: 999999, kind: 'fraud', description: '说明' }, 'applicationId'],
      ];
      for (const [json, field] of cases) {
        const reply = await openCase(json);
        expect(reply.status).toBe(422);
        expect((reply.body as unknown as ErrorBody).field).toBe(field);
        expect((reply.body as unknown as ErrorBody).message).toMatch(MESSAGE_IS_CHINESE);
      }
      const draft = await draftApplicationFactory(t.app, { teamName: '未提交班组' });
      expect((await openCase({ applicationId: draft.applicationId, kind: 'fraud', description: '说明' })).body).toMatchObject({
        statusCode: 422,
        code: 'MISCONDUCT_APPLICATION_NOT_SUBMITTED',
      });
      const noReason = await decide(upheldCase.id, { decision: 'upheld', decidedOn: '2026-07-10' });
      expect(noReason.body).toMatchObject({ statusCode: 422, code: 'MISCONDUCT_REASON_REQUIRED', message: '处理决定须填写理由' });
      const blank = await decide(upheldCase.id, { decision: 'upheld', reason: '  ', decidedOn: '2026-07-10' });
      expect(blank.body).toMatchObject({ statusCode: 422, code: 'MISCONDUCT_REASON_REQUIRED' });
      for (const decidedOn of ['2026-13-01', '2026-02-30', '7月10日']) {
        const reply = await decide(upheldCase.id, { decision: 'upheld', reason: '经查实', decidedOn });
        expect(reply.body).toMatchObject({ statusCode: 422, field: 'decidedOn' });
        expect((reply.body as unknown as ErrorBody).message).toMatch(MESSAGE_IS_CHINESE);
      }
      const badDecision = await decide(upheldCase.id, { decision: 'maybe', reason: '经查实', decidedOn: '2026-07-10' });
      expect(badDecision.body).toMatchObject({ statusCode: 422, field: 'decision' });
      expect(await call(t.app, 'GET', '/api/v1/misconduct-cases/999999', { token: secretariat })).toMatchObject({
        status: 404,
        body: { code: 'MISCONDUCT_CASE_NOT_FOUND' },
      });
    });

    it('upheld: disqualifies a screened-in application, tells the team why and warns its recommending unit', async () => {
      const reason = '经比对，申报材料第 3 章与另一企业已发表成果雷同，剽窃事实成立';
      const reply = await decide(upheldCase.id, { decision: 'upheld', reason, decidedOn: '2026-07-10' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ status: 'upheld', statusLabel: '经查实', decisionReason: reason, decidedOn: '2026-07-10' });
      expect(reply.body.application).toMatchObject({ status: 'disqualified' });

      const timeline = await call<{ events: Array<{ to: string; reason: string | null }> }>(t.app, 'GET', `/api/v1/applications/${apps.upheld.applicationId}/timeline`, {
        token: apps.upheld.token,
      });
      expect(timeline.body.events.at(-1)).toMatchObject({ to: 'disqualified', reason });
      const messages = await manager().findBy(InboxMessage, { applicationId: apps.upheld.applicationId, recipientType: 'card' });
      expect(messages.some((m) => m.body.includes('已取消活动资格') && m.body.includes(reason))).toBe(true);

      const warnings = await manager().findBy(UnitWarning, { caseId: upheldCase.id });
      expect(warnings).toEqual([expect.objectContaining({ recommendingUnitId: contactA.unitId, applicationId: apps.upheld.applicationId, reason })]);
      const audits = await manager().findBy(AuditEntry, { action: In(['misconduct.uphold', 'application.disqualify', 'unit_warning.issue']) });
      expect(audits.map((a) => a.action).sort()).toEqual(['application.disqualify', 'misconduct.uphold', 'unit_warning.issue']);
    });

    it('shows a warning to the secretariat and to the warned unit’s contact, not to another unit', async () => {
      const all = await call<Warnings>(t.app, 'GET', '/api/v1/unit-warnings', { token: secretariat });
      expect(all.status).toBe(200);
      expect(all.body.items).toEqual([expect.objectContaining({ caseId: upheldCase.id, unit: expect.objectContaining({ id: contactA.unitId }), kindLabel: '剽窃' })]);
      expect(all.body.items[0]!.application).toMatchObject({ id: apps.upheld.applicationId, teamName: '违规一班' });
      expect((await call<Warnings>(t.app, 'GET', `/api/v1/unit-warnings?unitId=${contactB.unitId}`, { token: secretariat })).body.items).toEqual([]);
      expect((await call<Warnings>(t.app, 'GET', `/api/v1/unit-warnings?unitId=${contactA.unitId}`, { token: secretariat })).body.items).toHaveLength(1);

      const own = await call<Warnings>(t.app, 'GET', '/api/v1/recommending-units/mine/warnings', { token: contactA.token });
      expect(own.status).toBe(200);
      expect(own.body.items).toHaveLength(1);
      expect(own.body.items[0]!).toMatchObject({ caseId: upheldCase.id, application: { id: apps.upheld.applicationId }, reason: expect.stringContaining('剽窃事实成立') });
      const other = await call<Warnings>(t.app, 'GET', '/api/v1/recommending-units/mine/warnings', { token: contactB.token });
      expect(other.status).toBe(200);
      expect(other.body.items).toEqual([]);
      expect((await call<ErrorBody>(t.app, 'GET', '/api/v1/recommending-units/mine/warnings', { token: secretariat })).status).toBe(403);
    });

    it('answers 409 to a second decision and to evidence on a closed case', async () => {
      const again = await decide(upheldCase.id, { decision: 'dismissed', reason: '再议', decidedOn: '2026-07-11' });
      expect(again.body).toMatchObject({ statusCode: 409, code: 'MISCONDUCT_CASE_CLOSED' });
      expect((again.body as unknown as ErrorBody).message).toMatch(MESSAGE_IS_CHINESE);
      const late = await uploadFile(t.app, secretariat, `/api/v1/misconduct-cases/${upheldCase.id}/evidence`, '补充.pdf', await pdfFixture('late'));
      expect(late.body).toMatchObject({ statusCode: 409, code: 'MISCONDUCT_CASE_CLOSED' });
      const stored = await call<CaseDetail>(t.app, 'GET', `/api/v1/misconduct-cases/${upheldCase.id}`, { token: secretariat });
      expect(stored.body).toMatchObject({ status: 'upheld', decidedOn: '2026-07-10' });
    });

    it('upheld on a certified application: disqualified and its certificate revoked', async () => {
      const application = await manager().findOneByOrFail(Application, { id: apps.certified.applicationId });
      await manager().update(Application, { id: application.id }, { status: 'certified' });
      const certificate = await manager().save(
        manager().create(Certificate, {
          certificateNo: 'ZSQX2026000001',
          campaignId: application.campaignId,
          applicationId: application.id,
          year: 2026,
          teamName: '违规二班',
          enterpriseName: '某建设集团',
          grade: 'excellent',
          issuedAt: new Date('2026-09-30T02:00:00Z'),
          revokedAt: null,
          revokedReason: null,
        }),
      );
      const opened = await openCase({ applicationId: application.id, kind: 'fraud', description: '现场活动记录照片系伪造' });
      const reason = '现场活动记录照片经核实为伪造';
      const decided = await decide(opened.body.id, { decision: 'upheld', reason, decidedOn: '2026-10-08' });
      expect(decided.status).toBe(200);
      expect((await manager().findOneByOrFail(Application, { id: application.id })).status).toBe('disqualified');
      const revoked = await manager().findOneByOrFail(Certificate, { id: certificate.id });
      expect(revoked.revokedAt).not.toBeNull();
      expect(revoked.revokedReason).toBe(`取消活动资格：${reason}`);
      expect(await manager().countBy(AuditEntry, { action: 'certificate.revoke', entityId: String(certificate.id) })).toBe(1);
      expect(await manager().countBy(UnitWarning, { recommendingUnitId: contactA.unitId })).toBe(2);
      expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
    });

    it('dismissed: the application stays where it was and no warning is recorded', async () => {
      const opened = await openCase({ applicationId: apps.dismissed.applicationId, kind: 'fraud', description: '举报称数据造假' });
      const decided = await decide(opened.body.id, { decision: 'dismissed', reason: '经核实数据真实，举报不实', decidedOn: '2026-07-12' });
      expect(decided.status).toBe(200);
      expect(decided.body).toMatchObject({ status: 'dismissed', statusLabel: '不予认定', application: { status: 'screened_in' } });
      expect(await manager().countBy(UnitWarning, { caseId: opened.body.id })).toBe(0);
      const listed = await call<{ items: Array<{ id: number; status: string }> }>(t.app, 'GET', '/api/v1/misconduct-cases?status=dismissed', { token: secretariat });
      expect(listed.body.items.map((c) => c.id)).toEqual([opened.body.id]);
      const all = await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/misconduct-cases', { token: secretariat });
      expect(all.body.items).toHaveLength(3);
      expect((await call<ErrorBody>(t.app, 'GET', '/api/v1/misconduct-cases?status=closed', { token: secretariat })).status).toBe(422);
    });

    it('answers 403 to everyone but the secretariat', async () => {
      for (const token of [contactA.token, apps.p1.token]) {
        for (const [method, url, json] of [
          ['POST', '/api/v1/misconduct-cases', { applicationId: apps.p1.applicationId, kind: 'fraud', description: '说明' }],
          ['GET', '/api/v1/misconduct-cases', undefined],
          ['GET', `/api/v1/misconduct-cases/${upheldCase.id}`, undefined],
          ['POST', `/api/v1/misconduct-cases/${upheldCase.id}/decision`, { decision: 'dismissed', reason: '无', decidedOn: '2026-07-10' }],
          ['GET', '/api/v1/unit-warnings', undefined],
          ['POST', '/api/v1/experts/1/removal', { reason: '违规' }],
        ] as const) {
          const reply = await call<ErrorBody>(t.app, method, url, { token, json });
          expect(reply.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
        }
      }
    });
  });
});
