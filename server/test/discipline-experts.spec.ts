import { beforeAll, describe, expect, it } from '@jest/globals';
import { drawReplacement, toDrawExpert } from '@cacem/shared';
import { In } from 'typeorm';
import { createApp, dataSourceOf } from '../src/app.factory.js';
import { Application } from '../src/modules/application/application.entity.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { Expert } from '../src/modules/expert/expert.entity.js';
import { InboxMessage } from '../src/modules/notification/inbox-message.entity.js';
import { PanelDraw } from '../src/modules/panel/panel-draw.entity.js';
import { PanelReplacement } from '../src/modules/panel/panel-replacement.entity.js';
import { ScoreSheetEntity } from '../src/modules/review/score-sheet.entity.js';
import { disciplineRequests, disciplineSuite, type DrawView, MESSAGE_IS_CHINESE } from './support/discipline-suite.js';
import { type ErrorBody } from './support/error-body.js';
import { call, loginAccount, TEST_DB, type TestApp } from './support/test-app.js';

/* Experts in breach (第十六条): removal, the replacement drawn into their place, and its verification. */

describe(`discipline (第十五、十六条) on ${TEST_DB}`, () => {
  const suite = disciplineSuite();
  const { openCase, decide, remove, getDraw } = disciplineRequests(suite);
  const { apps } = suite;
  let t: TestApp;
  let secretariat: string;
  let unitIds: number[];
  beforeAll(async () => {
    ({ t, secretariat, unitIds } = suite);
    // Where discipline-cases.spec.ts leaves the season: the cases against 违规一班 and 违规二班 upheld, neither drawn.
    for (const key of ['upheld', 'certified'] as const) {
      const opened = await openCase({ applicationId: apps[key].applicationId, kind: 'plagiarism', description: '申报材料与他人成果雷同' });
      expect((await decide(opened.body.id, { decision: 'upheld', reason: '经查实', decidedOn: '2026-07-10' })).status).toBe(200);
    }
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
