import { beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { Clock } from '../src/common/clock.js';
import { expertOf, PRESENTATIONS, type Season } from './support/review-factories.js';
import { type ReviewError as ErrorBody, reviewRequests, reviewSuite, type Rubric, type SheetReply } from './support/review-suite.js';
import { call, TEST_DB, type TestApp } from './support/test-app.js';

/* After the materials review: the invitations (发布会名单), the presentations (成果发布) and grading (等级评定). */

describe(`materials review, presentations and grading on ${TEST_DB}`, () => {
  const suite = reviewSuite();
  const { as, teamView, submitAll } = reviewRequests(suite);
  let t: TestApp;
  let s: Season;
  let apps1: number[];
  let leader1: { id: number; token: string };
  let members1: Array<{ id: number; token: string }>;
  let apps2: number[];
  let leader2: { id: number; token: string };
  let presentationRubric: Rubric;
  beforeAll(async () => {
    ({ t, s, apps1, leader1, members1, apps2, leader2 } = suite);
    // Where review-scoring.spec.ts leaves panel 1: every materials sheet in, and the panel closed by its leader.
    for (const [n, id] of apps1.entries()) await submitAll(id, [leader1, ...members1], (k) => 0.5 + 0.1 * n + 0.05 * k);
    expect((await as(leader1.token).post('/reviews/panels/1/materials/close')).status).toBe(200);
  }, 60_000);

  describe('发布会名单', () => {
    it('waits for every panel, then invites and publishes in one step', async () => {
      expect((await call<{ published: boolean }>(t.app, 'GET', '/api/v1/public/invitations')).body.published).toBe(false);
      const early = await as(s.secretariat).post<ErrorBody>('/invitations', { applicationIds: [apps1[0]] });
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('INVITATIONS_REVIEW_INCOMPLETE');
      const p2 = s.panels[1]!;
      const panel2 = [expertOf(s, p2.leader.id), ...p2.members.map((m) => expertOf(s, m.id))];
      for (const [n, id] of apps2.entries()) await submitAll(id, panel2, (k) => 0.55 + 0.1 * n + 0.05 * k);
      // The secretariat may close a panel too.
      expect((await as(s.secretariat).post('/reviews/panels/2/materials/close')).status).toBe(200);
      const list = await as(s.secretariat).get<{ items: Array<{ applicationId: number; rank: number; materialsScore: number }> }>('/invitations');
      expect(list.body.items).toHaveLength(6);
      expect(list.body.items[0]!.rank).toBe(1);
      const bad = await as(s.secretariat).post<ErrorBody>('/invitations', { applicationIds: [999999] });
      expect(bad.body.code).toBe('INVITATIONS_INVALID');
      expect((await as(leader1.token).post('/invitations', { applicationIds: [] })).status).toBe(403);
      // Five of six invited: four of panel 1's and 2's teams present, one is absent, one not invited.
      const invited = [...apps1, ...apps2.slice(0, 2)];
      const published = await as(s.secretariat).post<{ published: boolean }>('/invitations', { applicationIds: invited });
      expect(published.status).toBe(200);
      expect(published.body.published).toBe(true);
      const again = await as(s.secretariat).post<ErrorBody>('/invitations', { applicationIds: invited });
      expect(again.body.code).toBe('INVITATIONS_PUBLISHED');
      const open = await call<{ published: boolean; items: Array<{ teamName: string; enterpriseName: string }> }>(t.app, 'GET', '/api/v1/public/invitations');
      expect(open.body.items).toHaveLength(5);
      expect(JSON.stringify(open.body)).not.toContain('score');
      const notInvited = await teamView<{ status: string }>(apps2[2]);
      expect(notInvited.body.status).toBe('not_invited');
      const file = await t.app.inject({ method: 'GET', url: '/api/v1/invitations/export.xlsx', headers: { authorization: `Bearer ${s.secretariat}` } });
      expect(file.statusCode).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
      const sheet = book.worksheets[0]!;
      expect(sheet.getRow(1).values).toEqual([undefined, '序号', '班组名称', '企业名称', '推荐单位', '资料审核得分', '资料审核排名', '是否受邀', '当前状态']);
      expect(sheet.rowCount).toBe(7);
    });
  });

  describe('成果发布', () => {
    let session1: number;

    it('schedules only invited teams of the session panel, once each', async () => {
      t.app.get(Clock).travelTo(PRESENTATIONS);
      const base = { title: '第一场', date: '2026-08-20', venue: '北京·中施企协会议室' };
      const notInvited = await as(s.secretariat).post<ErrorBody>('/presentation-sessions', { ...base, panelNo: 2, applicationIds: [apps2[2]] });
      expect(notInvited.status).toBe(422);
      expect(notInvited.body.code).toBe('SESSION_APPLICATIONS_INVALID');
      const otherPanel = await as(s.secretariat).post<ErrorBody>('/presentation-sessions', { ...base, panelNo: 1, applicationIds: [apps2[0]] });
      expect(otherPanel.body.code).toBe('SESSION_APPLICATIONS_INVALID');
      const badDate = await as(s.secretariat).post<ErrorBody>('/presentation-sessions', { ...base, date: '2026-12-01', panelNo: 1, applicationIds: apps1 });
      expect(badDate.body.field).toBe('date');
      const created = await as(s.secretariat).post<{ id: number; slots: Array<{ applicationId: number; position: number }> }>('/presentation-sessions', { ...base, panelNo: 1, applicationIds: [...apps1].reverse() });
      expect(created.status).toBe(201);
      expect(created.body.slots.map((x) => x.applicationId)).toEqual([...apps1].reverse());
      session1 = created.body.id;
      const twice = await as(s.secretariat).post<ErrorBody>('/presentation-sessions', { ...base, panelNo: 1, applicationIds: [apps1[0]] });
      expect(twice.body.code).toBe('SESSION_APPLICATIONS_INVALID');
      const mine = await as(members1[0]!.token).get<{ items: Array<{ id: number; role: string }> }>('/presentation-sessions/mine');
      expect(mine.body.items.map((i) => i.id)).toEqual([session1]);
      expect((await as(leader2.token).get<ErrorBody>('/presentation-sessions/' + session1)).body.code).toBe('SESSION_NOT_FOUND');
    });

    it('scores live on the presentation rubric, marks an absent team, and closes with presented and forfeited', async () => {
      const sheet = await as(leader1.token).get<SheetReply>(`/reviews/${apps1[0]}/presentation`);
      presentationRubric = sheet.body.rubric;
      expect(presentationRubric.total).toBe(20);
      const panel = [leader1, ...members1];
      // apps1[2] does not come; the leader marks it.
      expect((await as(members1[0]!.token).post<ErrorBody>(`/presentation-sessions/${session1}/slots/${apps1[2]}/absent`, { absent: true })).body.code).toBe('REVIEW_LEADER_ONLY');
      expect((await as(leader1.token).post(`/presentation-sessions/${session1}/slots/${apps1[2]}/absent`, { absent: true })).status).toBe(200);
      const absentScore = await as(members1[0]!.token).put<ErrorBody>(`/reviews/${apps1[2]}/presentation`, { scores: {} });
      expect(absentScore.body.code).toBe('SESSION_ABSENT');
      const over = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/presentation`, { scores: { [presentationRubric.categories[0]!.items[0]!.id]: 21 } });
      expect(over.body.code).toBe('SCORE_OUT_OF_RANGE');
      await submitAll(apps1[0]!, panel, (k) => 0.9 - 0.05 * k, 'presentation', presentationRubric);
      // apps1[1] is scored by one expert only: the session cannot close yet.
      await submitAll(apps1[1]!, [leader1], () => 0.7, 'presentation', presentationRubric);
      const partial = await as(leader1.token).post<ErrorBody>(`/presentation-sessions/${session1}/close`);
      expect(partial.status).toBe(409);
      expect(partial.body.code).toBe('SCORES_MISSING');
      await submitAll(apps1[1]!, members1, () => 0.7, 'presentation', presentationRubric);
      const unmarkScored = await as(leader1.token).post<ErrorBody>(`/presentation-sessions/${session1}/slots/${apps1[0]}/absent`, { absent: true });
      expect(unmarkScored.body.code).toBe('SESSION_HAS_SCORES');
      const closed = await as(leader1.token).post<{ presented: Array<{ applicationId: number }>; forfeited: number[] }>(`/presentation-sessions/${session1}/close`);
      expect(closed.status).toBe(200);
      expect(closed.body.presented.map((p) => p.applicationId).sort()).toEqual([apps1[0], apps1[1]].sort());
      expect(closed.body.forfeited).toEqual([apps1[2]]);
      expect((await as(leader1.token).post<ErrorBody>(`/presentation-sessions/${session1}/close`)).body.code).toBe('SESSION_CLOSED');
      const late = await as(members1[0]!.token).put<ErrorBody>(`/reviews/${apps1[0]}/presentation`, { scores: {} });
      expect(late.status).toBe(409);
      const forfeited = await teamView<{ status: string }>(apps1[2]);
      expect(forfeited.body.status).toBe('forfeited');
    });
  });

  describe('等级评定', () => {
    it('is refused while an invited team has not presented', async () => {
      const early = await as(s.secretariat).post<ErrorBody>('/grading/proposal');
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('GRADING_INCOMPLETE');
      expect(early.body.message).toContain('评审R班组');
    });

    it('proposes under the caps, takes adjustments with a reason only within them, confirms once and publishes', async () => {
      const p2 = s.panels[1]!;
      const panel2 = [expertOf(s, p2.leader.id), ...p2.members.map((m) => expertOf(s, m.id))];
      const session2 = await as(s.secretariat).post<{ id: number }>('/presentation-sessions', { title: '第二场', date: '2026-08-21', venue: '北京', panelNo: 2, applicationIds: apps2.slice(0, 2) });
      expect(session2.status).toBe(201);
      await submitAll(apps2[0]!, panel2, () => 0.75, 'presentation', presentationRubric);
      await submitAll(apps2[1]!, panel2, () => 0.85, 'presentation', presentationRubric);
      expect((await as(leader2.token).post(`/presentation-sessions/${session2.body.id}/close`)).status).toBe(200);

      type Grading = { proposed: boolean; confirmed: boolean; published: boolean; slots: { graded: number; excellent: number; exemplary: number }; counts: Record<string, number>; items: Array<{ applicationId: number; grade: string; proposedGrade: string; rank: number; explanation: string; total: number; version: number }> };
      const proposal = await as(s.secretariat).post<Grading>('/grading/proposal');
      expect(proposal.status).toBe(200);
      // Four teams presented: ⌊0.4⌋ = 0 excellent, ⌊1.6⌋ = 1 exemplary.
      expect(proposal.body.slots).toEqual({ graded: 4, excellent: 0, exemplary: 1 });
      expect(proposal.body.counts.excellent).toBe(0);
      // The four totals differ, so the one exemplary slot is taken: the adjustments below always have a team to move.
      expect(proposal.body.counts.exemplary).toBe(1);
      expect(proposal.body.items.every((i) => i.explanation.length > 0)).toBe(true);
      const improving = proposal.body.items.find((i) => i.grade === 'improving')!;
      const overCap = await as(s.secretariat).put<ErrorBody>(`/grading/items/${improving.applicationId}`, { grade: 'excellent', reason: '表现突出' });
      expect(overCap.status).toBe(422);
      expect(overCap.body.code).toBe('GRADE_CAP_EXCEEDED');
      const noReason = await as(s.secretariat).put<ErrorBody>(`/grading/items/${improving.applicationId}`, { grade: 'improving', reason: '' });
      expect(noReason.status).toBe(422);
      const badGrade = await as(s.secretariat).put<ErrorBody>(`/grading/items/${improving.applicationId}`, { grade: 'gold', reason: 'x' });
      expect(badGrade.status).toBe(422);
      const exemplary = proposal.body.items.find((i) => i.grade === 'exemplary')!;
      // Swap: the exemplary team down, another up, each with a reason.
      expect((await as(s.secretariat).put(`/grading/items/${exemplary.applicationId}`, { grade: 'improving', reason: '复核发现材料数据有误' })).status).toBe(200);
      const up = await as(s.secretariat).put<Grading>(`/grading/items/${improving.applicationId}`, { grade: 'exemplary', reason: '并列打破：现场发布更完整', version: improving.version });
      expect(up.status).toBe(200);
      expect(up.body.items.find((i) => i.applicationId === improving.applicationId)!.grade).toBe('exemplary');
      const stale = await as(s.secretariat).put<ErrorBody>(`/grading/items/${improving.applicationId}`, { grade: 'exemplary', reason: 'x', version: improving.version });
      expect(stale.status).toBe(409);
      expect((await as(s.secretariat).post<ErrorBody>('/grading/publish')).body.code).toBe('GRADING_NOT_CONFIRMED');
      expect((await as(s.secretariat).post<ErrorBody>('/certificates/issue')).body).toMatchObject({ issued: 0 });
      const [a, b] = await Promise.all([as(s.secretariat).post('/grading/confirm'), as(s.secretariat).post('/grading/confirm')]);
      expect([a.status, b.status].sort()).toEqual([200, 409]);
      expect((await as(s.secretariat).put<ErrorBody>(`/grading/items/${improving.applicationId}`, { grade: 'improving', reason: 'x' })).body.code).toBe('GRADING_CONFIRMED');
      expect((await as(s.secretariat).post<ErrorBody>('/grading/proposal')).body.code).toBe('GRADING_CONFIRMED');
      // After the presentations window the results are no longer published (第八条（五）: 8月至9月).
      t.app.get(Clock).travelTo(new Date('2026-10-08T04:00:00Z'));
      expect((await as(s.secretariat).post<ErrorBody>('/grading/publish')).body.code).toBe('TRANSITION_OUTSIDE_WINDOW');
      t.app.get(Clock).travelTo(PRESENTATIONS);
      const published = await as(s.secretariat).post<Grading>('/grading/publish');
      expect(published.status).toBe(200);
      expect(published.body.published).toBe(true);
      expect((await as(s.secretariat).post<ErrorBody>('/grading/publish')).body.code).toBe('GRADING_PUBLISHED');
      const team = s.applications.find((x) => x.id === improving.applicationId)!;
      const view = await teamView<{ status: string; result: { grade: string; gradeLabel: string; explanation: string } | null }>(team.id);
      expect(view.body.status).toBe('graded');
      expect(view.body.result).toMatchObject({ grade: exemplary ? 'exemplary' : 'improving', gradeLabel: expect.any(String), explanation: expect.any(String) });
      const results = await call<{ published: boolean; items: Array<{ gradeLabel: string }> }>(t.app, 'GET', '/api/v1/public/results');
      expect(results.body.items).toHaveLength(4);
      expect(JSON.stringify(results.body)).not.toContain('total');
    });
  });
});
