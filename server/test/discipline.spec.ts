import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { drawReplacement, toDrawExpert } from '@cacem/shared';
import { In } from 'typeorm';
import { createApp, dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { Application } from '../src/modules/application/application.entity.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { Certificate } from '../src/modules/certificate/certificate.entity.js';
import { UnitWarning } from '../src/modules/discipline/unit-warning.entity.js';
import { Expert } from '../src/modules/expert/expert.entity.js';
import { InboxMessage } from '../src/modules/notification/inbox-message.entity.js';
import { PanelDraw } from '../src/modules/panel/panel-draw.entity.js';
import { PanelReplacement } from '../src/modules/panel/panel-replacement.entity.js';
import { ScoreSheetEntity } from '../src/modules/review/score-sheet.entity.js';
import { draftApplicationFactory } from './support/factories.js';
import { pdfFixture, PNG_1x1 } from './support/material-files.js';
import { contactFactory, submittedApplicationFactory, uploadFile } from './support/recommendation-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type ErrorBody = { statusCode: number; code: string; message: string; field?: string };
type Named = { id: number; name: string | null; replacement?: true };
type PanelView = { panelNo: number; leader: Named; members: Named[]; applications: Array<{ id: number }> };
type DrawView = {
  id: number;
  seed: string;
  panels: PanelView[];
  replacements: Array<{ id: number; panelNo: number; removedExpert: Named; replacementExpert: Named | null; reason: string; seed: string }>;
};
type CaseDetail = {
  id: number;
  status: string;
  statusLabel: string;
  kind: string;
  kindLabel: string;
  decisionReason: string | null;
  decidedOn: string | null;
  application: { id: number; status: string };
  evidence: Array<{ id: number; fileName: string; size: number; sha256: string; mimeType: string; url: string }>;
};
type Warnings = { items: Array<{ caseId: number; unit: { id: number } | null; application: { id: number; teamName: string | null }; reason: string; kindLabel: string | null }> };
type Removal = {
  expert: { id: number; active: boolean; removedAt: string | null; removalReason: string | null };
  replacement: { panelNo: number; role: string; seed: string; replacementExpert: { id: number; name: string } | null } | null;
  voidedSheetIds: number[];
};

const REGISTRATION = new Date('2026-06-15T04:00:00Z');
const MATERIALS_REVIEW = new Date('2026-07-05T04:00:00Z');
const MESSAGE_IS_CHINESE = /[\u4e00-\u9fff]/;

describe(`discipline (第十五、十六条) on ${TEST_DB}`, () => {
  let t: TestApp;
  let secretariat: string;
  let unitIds: number[];
  let contactA: { token: string; unitId: number };
  let contactB: { token: string; unitId: number };
  const apps: Record<'upheld' | 'certified' | 'dismissed' | 'p1' | 'p2' | 'p3', { applicationId: number; token: string; teamId: number }> = {} as never;

  const manager = () => dataSourceOf(t.app).manager;
  const openCase = (json: Record<string, unknown>, token = secretariat) => call<CaseDetail>(t.app, 'POST', '/api/v1/misconduct-cases', { token, json });
  const decide = (id: number, json: Record<string, unknown>, token = secretariat) =>
    call<CaseDetail>(t.app, 'POST', `/api/v1/misconduct-cases/${id}/decision`, { token, json });
  const remove = (id: number, json: Record<string, unknown> = { reason: '评审期间私下接触申报企业，违反廉洁自律规定' }, token = secretariat) =>
    call<Removal>(t.app, 'POST', `/api/v1/experts/${id}/removal`, { token, json });
  const getDraw = (id: number) => call<DrawView>(t.app, 'GET', `/api/v1/draws/${id}`, { token: secretariat });

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await loginAccount(t.app, 'mishuchu');
    unitIds = (await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items.map((u) => u.id);
    t.app.get(Clock).travelTo(REGISTRATION);
    contactA = await contactFactory(t.app, unitIds[0]!);
    contactB = await contactFactory(t.app, unitIds[1]!, '王强');
    const names = { upheld: '违规一班', certified: '违规二班', dismissed: '违规三班', p1: '评审一班', p2: '评审二班', p3: '评审三班' } as const;
    for (const [key, name] of Object.entries(names) as Array<[keyof typeof names, string]>) {
      const application = await submittedApplicationFactory(t.app, name);
      const reply = await call(t.app, 'POST', `/api/v1/applications/${application.applicationId}/recommend`, { token: contactA.token, json: {} });
      if (reply.status !== 200) throw new Error(`recommend failed: ${JSON.stringify(reply.body)}`);
      apps[key] = application;
    }
    t.app.get(Clock).travelTo(MATERIALS_REVIEW);
    for (const { applicationId } of Object.values(apps)) {
      const reply = await call(t.app, 'POST', `/api/v1/applications/${applicationId}/screening`, { token: secretariat, json: { decision: 'pass' } });
      if (reply.status !== 200) throw new Error(`screening failed: ${JSON.stringify(reply.body)}`);
    }
  });
  afterAll(async () => {
    await t.close();
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

  describe('expert in breach (第十六条)', () => {
    const experts: Array<{ id: number; name: string }> = [];
    let conflicted: { id: number; name: string };
    let drawId: number;
    let drawn: DrawView;
    const replacementIds: number[] = [];

    async function addExpert(n: number, unitId: number) {
      const reply = await call<{ id: number; name: string }>(t.app, 'POST', '/api/v1/experts', {
        token: secretariat,
        json: {
          name: `纪律专家${n}`,
          mobile: `1370000${String(n).padStart(4, '0')}`,
          enterpriseName: `专家单位${n}`,
          recommendingUnitId: unitId,
          specialties: ['土建'],
          trainingStatus: 'trained',
          trainedAt: '2026-03-01',
          assessmentStatus: 'passed',
          assessedAt: '2026-03-15',
        },
      });
      if (reply.status !== 201) throw new Error(`expert failed: ${JSON.stringify(reply.body)}`);
      return reply.body;
    }

    async function expertLogin(expertId: number) {
      const opened = await call<{ username: string; password: string }>(t.app, 'POST', `/api/v1/experts/${expertId}/account`, { token: secretariat, json: {} });
      if (opened.status !== 200) throw new Error(`account failed: ${JSON.stringify(opened.body)}`);
      return { ...opened.body, token: await loginAccount(t.app, opened.body.username, opened.body.password) };
    }

    const seatsOf = (view: DrawView) => view.panels.flatMap((p) => [p.leader.id, ...p.members.map((m) => m.id)]);

    beforeAll(async () => {
      // Six drawable experts of other units and one of the applications' own unit, who can never review them (回避).
      for (let n = 1; n <= 6; n++) experts.push(await addExpert(n, unitIds[2 + (n % 3)]!));
      conflicted = await addExpert(7, unitIds[0]!);
      for (const e of experts) await expertLogin(e.id);
      const reply = await call<DrawView>(t.app, 'POST', '/api/v1/draws', { token: secretariat, json: { panelCount: 2, panelSize: 2, seed: '纪律-替换' } });
      if (reply.status !== 201) throw new Error(`draw failed: ${JSON.stringify(reply.body)}`);
      drawId = reply.body.id;
      drawn = reply.body;
      expect(drawn.replacements).toEqual([]);
      expect(seatsOf(drawn)).not.toContain(conflicted.id);
    });

    it('removes a panel member: inactive, login refused, replacement drawn into the same place, sheets void', async () => {
      const panel = drawn.panels[0]!;
      const member = panel.members[0]!;
      const login = await expertLogin(member.id);
      const manager = dataSourceOf(t.app).manager;
      const campaignId = (await manager.findOneByOrFail(Application, { id: apps.p1.applicationId })).campaignId;
      const sheetFields = { campaignId, expertId: member.id, kind: 'materials' as const, drawId, panelNo: 1, scores: {}, comments: {}, overallComment: null, total: null, submittedAt: null, returnReason: null, returnedAt: null, updatedAt: new Date('2026-07-06T02:00:00Z') };
      const [submitted, alreadyVoid] = await manager.save([
        manager.create(ScoreSheetEntity, { ...sheetFields, applicationId: panel.applications[0]!.id, status: 'submitted', version: 2 }),
        manager.create(ScoreSheetEntity, { ...sheetFields, applicationId: apps.upheld.applicationId, status: 'void', version: 3 }),
      ]);

      const reply = await remove(member.id);
      expect(reply.status).toBe(200);
      expect(reply.body.expert).toMatchObject({ id: member.id, active: false, removalReason: '评审期间私下接触申报企业，违反廉洁自律规定' });
      expect(reply.body.expert.removedAt).not.toBeNull();
      // An edit does not give the qualification back.
      const record = await manager.findOneByOrFail(Expert, { id: member.id });
      const reactivate = await call<{ code: string }>(t.app, 'PUT', `/api/v1/experts/${member.id}`, {
        token: secretariat,
        json: {
          name: record.name,
          mobile: record.mobile,
          enterpriseName: record.enterpriseName,
          recommendingUnitId: record.recommendingUnitId,
          specialties: record.specialties,
          trainingStatus: record.trainingStatus,
          trainedAt: record.trainedAt,
          assessmentStatus: record.assessmentStatus,
          assessedAt: record.assessedAt,
          active: true,
        },
      });
      expect(reactivate.status).toBe(409);
      expect(reactivate.body.code).toBe('EXPERT_ALREADY_REMOVED');
      expect(reply.body.replacement).toMatchObject({ panelNo: 1, role: 'member', seed: '纪律-替换#replacement-1' });
      const replacement = reply.body.replacement!.replacementExpert!;
      expect(replacement).not.toBeNull();
      expect(replacement.id).not.toBe(conflicted.id);
      expect(seatsOf(drawn)).not.toContain(replacement.id);
      expect(reply.body.voidedSheetIds).toEqual([submitted!.id]);
      replacementIds.push(replacement.id);

      const sheet = await manager.findOneByOrFail(ScoreSheetEntity, { id: submitted!.id });
      expect(sheet).toMatchObject({ status: 'void', version: 3 });
      expect(await manager.findOneByOrFail(ScoreSheetEntity, { id: alreadyVoid!.id })).toMatchObject({ status: 'void', version: 3 });
      expect(await manager.findOneByOrFail(Expert, { id: member.id })).toMatchObject({ active: false });

      const view = await getDraw(drawId);
      expect(view.body.panels[0]!.members[0]).toEqual({ id: replacement.id, name: replacement.name, replacement: true });
      expect(view.body.panels[0]!.leader).toEqual(panel.leader);
      expect(view.body.panels[0]!.applications).toEqual(panel.applications);
      expect(view.body.replacements).toEqual([
        expect.objectContaining({ panelNo: 1, removedExpert: { id: member.id, name: member.name }, replacementExpert: { id: replacement.id, name: replacement.name }, reason: '评审期间私下接触申报企业，违反廉洁自律规定' }),
      ]);

      const refused = await call<ErrorBody>(t.app, 'POST', '/api/v1/auth/login', { json: { username: login.username, password: login.password } });
      expect(refused.status).toBe(401);
      // The token the expert still holds stops working with the qualification (the guard checks the account on every request).
      const mine = await call<ErrorBody>(t.app, 'GET', '/api/v1/panels/mine', { token: login.token });
      expect(mine.body).toMatchObject({ statusCode: 401, code: 'SESSION_REVOKED' });
      const inbox = await manager.findBy(InboxMessage, { recipientType: 'user', title: '专家组替换入组' });
      expect(inbox).toHaveLength(1);
      expect(inbox[0]!.body).toContain('第 1 专家组');
      expect(await manager.countBy(AuditEntry, { action: In(['expert.remove', 'panel.replace', 'score_sheet.void']) })).toBe(3);
    });

    it('answers 409 to removing an expert again, 404 to an unknown one, 422 without a reason', async () => {
      const removedId = drawn.panels[0]!.members[0]!.id;
      const again = await remove(removedId);
      expect(again.body).toMatchObject({ statusCode: 409, code: 'EXPERT_ALREADY_REMOVED', message: '该专家已被取消专家资格' });
      expect(await dataSourceOf(t.app).manager.countBy(PanelReplacement, { drawId })).toBe(1);
      expect((await remove(999999)).body).toMatchObject({ statusCode: 404, code: 'EXPERT_NOT_FOUND' });
      const blank = await remove(experts[0]!.id, { reason: '  ' });
      expect(blank.body).toMatchObject({ statusCode: 422, field: 'reason' });
      expect((blank.body as unknown as ErrorBody).message).toMatch(MESSAGE_IS_CHINESE);
      expect((await remove(experts[0]!.id, {})).body).toMatchObject({ statusCode: 422, field: 'reason' });
    });

    it('removes a panel leader: the replacement becomes leader', async () => {
      const panel = drawn.panels[1]!;
      const reply = await remove(panel.leader.id, { reason: '泄露评审信息' });
      expect(reply.status).toBe(200);
      expect(reply.body.replacement).toMatchObject({ panelNo: 2, role: 'leader', seed: '纪律-替换#replacement-2' });
      const replacement = reply.body.replacement!.replacementExpert!;
      expect(replacement).not.toBeNull();
      expect([conflicted.id, ...seatsOf(drawn), ...replacementIds]).not.toContain(replacement.id);
      replacementIds.push(replacement.id);
      const view = await getDraw(drawId);
      expect(view.body.panels[1]!.leader).toEqual({ id: replacement.id, name: replacement.name, replacement: true });
      expect(view.body.panels[1]!.members).toEqual(panel.members);
      const mine = await call<{ panels: Array<{ role: string; panelNo: number }> }>(t.app, 'GET', '/api/v1/panels/mine', {
        token: (await expertLogin(replacement.id)).token,
      });
      expect(mine.body.panels).toMatchObject([{ panelNo: 2, role: 'leader' }]);
    });

    it('with no drawable expert left without a conflict, stores a null replacement and the panel goes on one short', async () => {
      const panel = drawn.panels[1]!;
      const member = panel.members[0]!;
      const reply = await remove(member.id, { reason: '无故缺席评审' });
      expect(reply.status).toBe(200);
      // Only the conflicted expert of the applications' own unit is left undrawn.
      expect(reply.body.replacement).toMatchObject({ panelNo: 2, role: 'member', replacementExpert: null });
      const stored = await dataSourceOf(t.app).manager.findOneByOrFail(PanelReplacement, { drawId, removedExpertId: member.id });
      expect(stored.replacementExpertId).toBeNull();
      expect(stored.candidateIds).toEqual([String(conflicted.id)]);
      const view = await getDraw(drawId);
      expect(view.body.panels[1]!.members).toEqual([]);
      expect(view.body.panels[1]!.leader.id).toBe(replacementIds[1]);
      expect(view.body.panels[1]!.applications).toEqual(panel.applications);
      expect(view.body.replacements.map((r) => r.replacementExpert?.id ?? null)).toEqual([replacementIds[0], replacementIds[1], null]);
    });

    it('is reproducible: verify re-runs every replacement, a second app on the same data agrees, tampering is found', async () => {
      const verified = await call<{ verified: boolean; differences?: unknown[] }>(t.app, 'POST', `/api/v1/draws/${drawId}/verify`, { token: secretariat });
      expect(verified.body).toEqual({ verified: true });

      // Re-run each replacement by hand from the stored rows with the shared rule.
      const manager = dataSourceOf(t.app).manager;
      const stored = await manager.find(PanelReplacement, { where: { drawId }, order: { id: 'ASC' } });
      const draw = (await getDraw(drawId)).body;
      const drawRow = await manager.findOneByOrFail(PanelDraw, { id: drawId });
      for (const r of stored) {
        const candidates = (await manager.find(Expert, { where: { id: In(r.candidateIds.map(Number)) }, order: { id: 'ASC' } })).map(toDrawExpert);
        const panelApplications = drawRow.result.panels[r.panelNo - 1]!.applicationIds;
        const applications = drawRow.applicationsSnapshot.filter((a) => panelApplications.includes(a.id));
        expect(drawReplacement({ seed: r.seed, candidates, applications }).expertId).toBe(r.replacementExpertId === null ? null : String(r.replacementExpertId));
      }
      expect(draw.replacements).toHaveLength(3);

      // A second server on the same database re-runs them and picks the same experts.
      const second = await createApp(t.config, { serveStaticFiles: false });
      try {
        const token = await loginAccount(second, 'mishuchu');
        const again = await call<{ verified: boolean }>(second, 'POST', `/api/v1/draws/${drawId}/verify`, { token });
        expect(again.body).toEqual({ verified: true });
        expect((await call<DrawView>(second, 'GET', `/api/v1/draws/${drawId}`, { token })).body.panels).toEqual(draw.panels);
      } finally {
        await second.close();
      }

      const first = stored[0]!;
      const other = experts.map((e) => e.id).find((id) => id !== first.replacementExpertId && first.candidateIds.includes(String(id)))!;
      await manager.update(PanelReplacement, { id: first.id }, { replacementExpertId: other });
      const tampered = await call<{ verified: boolean; differences: Array<{ panelNo: number; replacementId?: number }> }>(t.app, 'POST', `/api/v1/draws/${drawId}/verify`, {
        token: secretariat,
      });
      expect(tampered.body.verified).toBe(false);
      expect(tampered.body.differences).toEqual([expect.objectContaining({ panelNo: first.panelNo, replacementId: first.id })]);
      await manager.update(PanelReplacement, { id: first.id }, { replacementExpertId: first.replacementExpertId });
      expect((await call<{ verified: boolean }>(t.app, 'POST', `/api/v1/draws/${drawId}/verify`, { token: secretariat })).body).toEqual({ verified: true });
      expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
    });

    it('removes an expert in no panel without a replacement', async () => {
      const reply = await remove(conflicted.id, { reason: '考核材料弄虚作假' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ expert: { id: conflicted.id, active: false }, replacement: null, voidedSheetIds: [] });
      expect(await dataSourceOf(t.app).manager.countBy(PanelReplacement, { drawId })).toBe(3);
    });
  });
});
