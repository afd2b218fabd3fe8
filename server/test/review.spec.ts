import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { Expert } from '../src/modules/expert/expert.entity.js';
import { drawnSeasonFactory, expertOf, fullSheet, MATERIALS_REVIEW, PRESENTATIONS, type Season } from './support/review-factories.js';
import { call, loginAccount, TEST_DB, type TestApp, startTestApp } from './support/test-app.js';

type ErrorBody = { statusCode: number; code: string; message: string; field?: string; details?: Array<{ field: string; code: string; message: string }> };
type Rubric = { step: number; total: number; categories: Array<{ id: string; items: Array<{ id: string; max: number; title: string }> }> };
type SheetReply = { rubric: Rubric; sheet: { status: string; total: number | null; scores: Record<string, number>; returnReason: string | null; version: number }; canEdit: boolean; role: string };

describe(`materials review, presentations and grading on ${TEST_DB}`, () => {
  let t: TestApp;
  let s: Season;
  let rubric: Rubric;
  let presentationRubric: Rubric;
  // Panel 1's applications and experts.
  let apps1: number[];
  let leader1: { id: number; token: string };
  let members1: Array<{ id: number; token: string }>;
  let apps2: number[];
  let leader2: { id: number; token: string };

  const as = (token: string) => ({
    get: <T = Record<string, unknown>>(url: string) => call<T>(t.app, 'GET', `/api/v1${url}`, { token }),
    put: <T = Record<string, unknown>>(url: string, json: unknown) => call<T>(t.app, 'PUT', `/api/v1${url}`, { token, json }),
    post: <T = Record<string, unknown>>(url: string, json: unknown = {}) => call<T>(t.app, 'POST', `/api/v1${url}`, { token, json }),
  });
  /** The application as its declarant reads it. */
  const teamView = <T>(applicationId: number) => {
    const team = s.applications.find((a) => a.id === applicationId)!;
    return as(team.declarantToken).get<T>(`/teams/${team.teamId}/application`);
  };
  const submitAll = async (applicationId: number, experts: Array<{ token: string }>, fraction: (k: number) => number, kind = 'materials', r = rubric) => {
    for (const [k, e] of experts.entries()) {
      const reply = await as(e.token).post(`/reviews/${applicationId}/${kind}/submit`, { scores: fullSheet(r, fraction(k)) });
      expect(reply.status).toBe(200);
    }
  };

  beforeAll(async () => {
    t = await startTestApp();
    s = await drawnSeasonFactory(t.app, { teams: 6, teamUnits: 2, experts: 6, panelCount: 2, panelSize: 3, tag: 'R' });
    const [p1, p2] = s.panels;
    apps1 = p1!.applications.map((a) => a.id);
    apps2 = p2!.applications.map((a) => a.id);
    leader1 = expertOf(s, p1!.leader.id);
    members1 = p1!.members.map((m) => expertOf(s, m.id));
    leader2 = expertOf(s, p2!.leader.id);
    const sheet = await as(leader1.token).get<SheetReply>(`/reviews/${apps1[0]}/materials`);
    rubric = sheet.body.rubric;
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  describe('资料审核 scoring', () => {
    it('shows an expert only their own panel, with the rubric and the materials', async () => {
      const mine = await as(leader1.token).get<{ items: Array<{ applicationId: number; role: string; materials: { status: string; canEdit: boolean } }> }>('/reviews/mine');
      expect(mine.status).toBe(200);
      expect(mine.body.items.map((i) => i.applicationId).sort()).toEqual([...apps1].sort());
      expect(mine.body.items.every((i) => i.role === 'leader' && i.materials.status === 'none' && i.materials.canEdit)).toBe(true);
      const sheet = await as(leader1.token).get<SheetReply & { application: { materials: Array<{ kind: string; url: string }> } }>(`/reviews/${apps1[0]}/materials`);
      expect(sheet.body.rubric.total).toBe(80);
      expect(sheet.body.application.materials.map((m) => m.kind).sort()).toEqual(['pdf', 'ppt']);
      expect(sheet.body.sheet.status).toBe('none');
    });

    it('answers an application of another panel as one that does not exist, and refuses a conflicted one by name', async () => {
      const other = await as(leader1.token).get<ErrorBody>(`/reviews/${apps2[0]}/materials`);
      const madeUp = await as(leader1.token).get<ErrorBody>(`/reviews/987654/materials`);
      expect([other.status, other.body]).toEqual([404, madeUp.body]);
      expect(other.body.code).toBe('APPLICATION_NOT_FOUND');
      const put = await as(leader1.token).put<ErrorBody>(`/reviews/${apps2[0]}/materials`, { scores: {} });
      expect(put.body.code).toBe('APPLICATION_NOT_FOUND');
      // Not on the application's panel and from its unit: still nothing but "not found".
      const outsider = await dataSourceOf(t.app).getRepository(Expert).findOneByOrFail({ id: leader2.id });
      await dataSourceOf(t.app).getRepository(Expert).update({ id: outsider.id }, { recommendingUnitId: s.applications.find((a) => a.id === apps1[0])!.unitId });
      const unrelated = await as(leader2.token).get<ErrorBody>(`/reviews/${apps1[0]}/materials`);
      await dataSourceOf(t.app).getRepository(Expert).update({ id: outsider.id }, { recommendingUnitId: outsider.recommendingUnitId });
      expect([unrelated.status, unrelated.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
      // Pool data changed after the draw: the expert now belongs to the application's recommending unit.
      const repo = dataSourceOf(t.app).getRepository(Expert);
      const expert = await repo.findOneByOrFail({ id: members1[0]!.id });
      const app = s.applications.find((a) => a.id === apps1[0])!;
      await repo.update({ id: expert.id }, { recommendingUnitId: app.unitId });
      const conflicted = await as(members1[0]!.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: {} });
      expect(conflicted.status).toBe(403);
      expect(conflicted.body.code).toBe('REVIEW_CONFLICT');
      await repo.update({ id: expert.id }, { recommendingUnitId: expert.recommendingUnitId });
    });

    it('refuses other roles', async () => {
      const declarant = s.applications[0]!.declarantToken;
      expect((await as(declarant).get(`/reviews/mine`)).status).toBe(403);
      expect((await as(s.secretariat).put(`/reviews/${apps1[0]}/materials`, { scores: {} })).status).toBe(403);
      expect((await call(t.app, 'GET', '/api/v1/reviews/mine')).status).toBe(401);
      // An expert account not entered in the pool (the demo's) has nothing to score, and no error.
      const outsider = await loginAccount(t.app, 'zhuanjia01');
      expect((await as(outsider).get<{ items: unknown[] }>('/reviews/mine')).body.items).toEqual([]);
      expect((await as(outsider).get<{ items: unknown[] }>('/presentation-sessions/mine')).body.items).toEqual([]);
      expect((await as(outsider).get<ErrorBody>(`/reviews/${apps1[0]}/materials`)).body.code).toBe('REVIEW_EXPERT_ONLY');
    });

    it('keeps a partial draft, and refuses a score over the maximum, off the step or for an unknown item', async () => {
      const items = rubric.categories.flatMap((c) => c.items);
      const first = items[0]!;
      const draft = await as(leader1.token).put<{ status: string; scores: Record<string, number>; version: number }>(`/reviews/${apps1[0]}/materials`, {
        scores: { [first.id]: first.max - 0.5 },
        comments: { [first.id]: '记录完整' },
      });
      expect(draft.status).toBe(200);
      expect(draft.body.status).toBe('draft');
      expect(draft.body.scores).toEqual({ [first.id]: first.max - 0.5 });
      const over = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: { [first.id]: first.max + 1 } });
      expect(over.status).toBe(422);
      expect(over.body.code).toBe('SCORE_OUT_OF_RANGE');
      expect(over.body.details?.[0]?.field).toBe(`scores.${first.id}`);
      expect(over.body.message).toContain(first.title);
      const offStep = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: { [first.id]: 1.3 } });
      expect(offStep.body.code).toBe('SCORE_NOT_ON_STEP');
      const negative = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: { [first.id]: -1 } });
      expect(negative.body.code).toBe('SCORE_OUT_OF_RANGE');
      const text = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: { [first.id]: '5' } });
      expect(text.status).toBe(422);
      const unknown = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: { 'no-such-item': 1 } });
      expect(unknown.body.code).toBe('SCORE_ITEM_UNKNOWN');
      const notObject = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: [1, 2] });
      expect(notObject.status).toBe(422);
      const stale = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: {}, version: 99 });
      expect(stale.status).toBe(409);
      // Nothing refused was stored.
      const after = await as(leader1.token).get<SheetReply>(`/reviews/${apps1[0]}/materials`);
      expect(after.body.sheet.scores).toEqual({ [first.id]: first.max - 0.5 });
    });

    it('submits only a complete sheet, fixes the total, and allows no change after', async () => {
      const incomplete = await as(leader1.token).post<ErrorBody>(`/reviews/${apps1[0]}/materials/submit`, { scores: { [rubric.categories[0]!.items[0]!.id]: 1 } });
      expect(incomplete.status).toBe(422);
      expect(incomplete.body.details!.every((d) => d.code === 'SCORE_ITEM_MISSING')).toBe(true);
      const scores = fullSheet(rubric, 0.8);
      const submitted = await as(leader1.token).post<{ status: string; total: number }>(`/reviews/${apps1[0]}/materials/submit`, { scores });
      expect(submitted.status).toBe(200);
      expect(submitted.body).toMatchObject({ status: 'submitted', total: Object.values(scores).reduce((a, b) => a + b, 0) });
      const again = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores });
      expect(again.status).toBe(409);
      expect(again.body.code).toBe('REVIEW_ALREADY_SUBMITTED');
      const resubmit = await as(leader1.token).post<ErrorBody>(`/reviews/${apps1[0]}/materials/submit`, { scores });
      expect(resubmit.body.code).toBe('REVIEW_ALREADY_SUBMITTED');
    });

    it('is blind: colleagues scores are hidden until one has submitted, totals shown to the leader only once all have', async () => {
      const member = members1[0]!;
      const hidden = await as(member.token).get<ErrorBody>(`/reviews/${apps1[0]}/materials/panel-sheets`);
      expect(hidden.status).toBe(403);
      expect(hidden.body.code).toBe('REVIEW_SCORES_HIDDEN');
      const notLeader = await as(member.token).get<ErrorBody>(`/reviews/panels/1/materials/progress`);
      expect(notLeader.body.code).toBe('REVIEW_LEADER_ONLY');
      type Progress = { items: Array<{ applicationId: number; submittedCount: number; sheets: Array<{ total: number | null }>; spread: unknown }> };
      const partial = await as(leader1.token).get<Progress>(`/reviews/panels/1/materials/progress`);
      const row = partial.body.items.find((i) => i.applicationId === apps1[0])!;
      expect(row.submittedCount).toBe(1);
      expect(row.sheets.every((x) => x.total === null)).toBe(true);
      expect(row.spread).toBeNull();
      await submitAll(apps1[0]!, members1, (k) => 0.6 + 0.1 * k);
      const full = await as(leader1.token).get<Progress>(`/reviews/panels/1/materials/progress`);
      const done = full.body.items.find((i) => i.applicationId === apps1[0])!;
      expect(done.sheets.every((x) => typeof x.total === 'number')).toBe(true);
      expect(done.spread).toMatchObject({ min: expect.any(Number), max: expect.any(Number), range: expect.any(Number) });
      const seen = await as(member.token).get<{ sheets: Array<{ total: number | null }> }>(`/reviews/${apps1[0]}/materials/panel-sheets`);
      expect(seen.status).toBe(200);
      expect(seen.body.sheets).toHaveLength(3);
      // Another panel's leader reads nothing of panel 1: to them it is a panel that does not exist.
      expect((await as(leader2.token).get<ErrorBody>(`/reviews/panels/1/materials/progress`)).body.code).toBe('PANEL_NOT_FOUND');
    });

    it('lets the leader return a submitted sheet with a reason, which the expert reads and corrects', async () => {
      const member = members1[1]!;
      const byMember = await as(members1[0]!.token).post<ErrorBody>(`/reviews/${apps1[0]}/materials/sheets/${member.id}/return`, { reason: '第三项偏高' });
      expect(byMember.body.code).toBe('REVIEW_LEADER_ONLY');
      const noReason = await as(leader1.token).post<ErrorBody>(`/reviews/${apps1[0]}/materials/sheets/${member.id}/return`, { reason: '  ' });
      expect(noReason.status).toBe(422);
      const returned = await as(leader1.token).post<{ status: string }>(`/reviews/${apps1[0]}/materials/sheets/${member.id}/return`, { reason: '「活动记录」一项与材料不符，请复核' });
      expect(returned.status).toBe(200);
      expect(returned.body.status).toBe('returned');
      const twice = await as(leader1.token).post<ErrorBody>(`/reviews/${apps1[0]}/materials/sheets/${member.id}/return`, { reason: '再退' });
      expect(twice.body.code).toBe('REVIEW_NOT_SUBMITTED');
      const seen = await as(member.token).get<SheetReply>(`/reviews/${apps1[0]}/materials`);
      expect(seen.body.sheet).toMatchObject({ status: 'returned', returnReason: '「活动记录」一项与材料不符，请复核' });
      expect(seen.body.canEdit).toBe(true);
      const inbox = await as(member.token).get<{ items: Array<{ title: string; body: string }> }>('/inbox');
      expect(inbox.body.items[0]).toMatchObject({ title: '评分被组长退回', body: expect.stringContaining('「活动记录」一项与材料不符') });
      const corrected = await as(member.token).post<{ status: string }>(`/reviews/${apps1[0]}/materials/submit`, { scores: fullSheet(rubric, 0.65) });
      expect(corrected.body.status).toBe('submitted');
    });

    it('closes a panel only when every sheet is in, aggregates, and then refuses any change', async () => {
      const early = await as(leader1.token).post<ErrorBody>('/reviews/panels/1/materials/close');
      expect(early.status).toBe(409);
      expect(early.body.code).toBe('SCORES_MISSING');
      expect(early.body.message).toContain('评审R班组');
      expect((await as(members1[0]!.token).post<ErrorBody>('/reviews/panels/1/materials/close')).body.code).toBe('REVIEW_LEADER_ONLY');
      const everyone = [leader1, ...members1];
      for (const [n, id] of apps1.slice(1).entries()) await submitAll(id, everyone, (k) => 0.5 + 0.1 * n + 0.05 * k);
      const closed = await as(leader1.token).post<{ reviewed: Array<{ applicationId: number; score: number }> }>('/reviews/panels/1/materials/close');
      expect(closed.status).toBe(200);
      expect(closed.body.reviewed.map((r) => r.applicationId).sort()).toEqual([...apps1].sort());
      const after = await as(leader1.token).put<ErrorBody>(`/reviews/${apps1[0]}/materials`, { scores: {} });
      expect(after.body.code).toBe('REVIEW_CLOSED');
      const returnAfter = await as(leader1.token).post<ErrorBody>(`/reviews/${apps1[0]}/materials/sheets/${members1[0]!.id}/return`, { reason: '晚了' });
      expect(returnAfter.body.code).toBe('REVIEW_CLOSED');
      expect((await as(leader1.token).post<ErrorBody>('/reviews/panels/1/materials/close')).body.code).toBe('REVIEW_CLOSED');
      const status = await teamView<{ status: string }>(apps1[0]);
      expect(status.body.status).toBe('reviewed');
    });

    it('refuses scoring outside the materials-review window', async () => {
      t.app.get(Clock).travelTo(PRESENTATIONS);
      const late = await as(leader2.token).put<ErrorBody>(`/reviews/${apps2[0]}/materials`, { scores: {} });
      expect(late.status).toBe(409);
      expect(late.body.code).toBe('REVIEW_NOT_OPEN');
      expect(late.body.message).toContain('2026-07-01');
      const closeLate = await as(s.secretariat).post<ErrorBody>('/reviews/panels/2/materials/close');
      expect(closeLate.status).toBe(409);
      expect(closeLate.body.code).toBe('TRANSITION_OUTSIDE_WINDOW');
      t.app.get(Clock).travelTo(MATERIALS_REVIEW);
    });
  });

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
