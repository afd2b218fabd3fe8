import { beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { Expert } from '../src/modules/expert/expert.entity.js';
import { fullSheet, MATERIALS_REVIEW, PRESENTATIONS, type Season } from './support/review-factories.js';
import { type ReviewError as ErrorBody, reviewRequests, reviewSuite, type Rubric, type SheetReply } from './support/review-suite.js';
import { call, loginAccount, TEST_DB, type TestApp } from './support/test-app.js';

/* The materials review (资料审核): an expert's sheet, blindness, returns and closing a panel. */

describe(`materials review, presentations and grading on ${TEST_DB}`, () => {
  const suite = reviewSuite();
  const { as, teamView, submitAll } = reviewRequests(suite);
  let t: TestApp;
  let s: Season;
  let rubric: Rubric;
  let apps1: number[];
  let leader1: { id: number; token: string };
  let members1: Array<{ id: number; token: string }>;
  let apps2: number[];
  let leader2: { id: number; token: string };
  beforeAll(() => {
    ({ t, s, rubric, apps1, leader1, members1, apps2, leader2 } = suite);
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
});
