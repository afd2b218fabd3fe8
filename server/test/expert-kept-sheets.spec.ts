import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { GradeResult } from '../src/modules/grading/grade-result.entity.js';
import { ReviewScore } from '../src/modules/review/review-score.entity.js';
import { ScoreSheetEntity } from '../src/modules/review/score-sheet.entity.js';
import { drawnSeasonFactory, expertOf, fullSheet, PRESENTATIONS, type Season, type SeasonExpert } from './support/review-factories.js';
import { call, TEST_DB, type TestApp, startTestApp } from './support/test-app.js';

type Rubric = Parameters<typeof fullSheet>[0];

interface KeptView {
  expert: { id: number; name: string };
  status: 'pending' | 'stand' | 'exclude';
  sheets: Array<{ sheetId: number; applicationId: number; teamName: string; kind: string; status: string; total: number | null; panelScore: number | null }>;
  decision: null | {
    decision: string;
    reason: string;
    effects: null | { voidedSheetIds: number[]; scores: Array<{ applicationId: number; kind: string; before: number; after: number }>; gradingFlagged: number[] };
  };
  version: number;
}
interface GradingView {
  confirmed: boolean;
  published: boolean;
  rescoreRequired: boolean;
  items: Array<{ applicationId: number; materialsScore: number; presentationScore: number; total: number; grade: string; rescoreRequired: boolean; rescoreNote: string | null }>;
}
interface AuditList {
  items: Array<{ action: string; entityId: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>;
}

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100;

/**
 * 保留评分的处理决定 (issue 16): an expert removed after their stage closed keeps their sheets; the secretariat decides
 * whether the scores stand or are excluded, with a reason, once. Excluding voids the sheets, aggregates the panel score
 * again from the other experts' sheets, and flags a grading built on it, which changes only when the secretariat
 * re-proposes or re-confirms it.
 */
describe(`a removed expert's kept sheets on ${TEST_DB}`, () => {
  let t: TestApp;
  let s: Season;
  let experts: SeasonExpert[];
  let apps: number[];

  const as = (token: string) => ({
    get: <T>(url: string) => call<T>(t.app, 'GET', `/api/v1${url}`, { token }),
    post: <T>(url: string, json?: unknown) => call<T>(t.app, 'POST', `/api/v1${url}`, { token, json }),
  });
  const ok = <T>(reply: { status: number; body: T }, what: string, expected = 200): T => {
    if (reply.status !== expected) throw new Error(`${what} failed (${reply.status}): ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const db = () => dataSourceOf(t.app).manager;
  const remove = (expert: SeasonExpert, reason: string) => as(s.secretariat).post<{ keptSheets: unknown[]; voidedSheetIds: number[] }>(`/experts/${expert.id}/removal`, { reason });
  const submittedTotals = async (applicationId: number, kind: 'materials' | 'presentation') =>
    (await db().findBy(ScoreSheetEntity, { applicationId, kind, status: 'submitted' })).map((x) => x.total!);

  beforeAll(async () => {
    t = await startTestApp();
    s = await drawnSeasonFactory(t.app, { teams: 3, teamUnits: 2, experts: 5, panelCount: 1, panelSize: 3, tag: 'KS' });
    const panel = s.panels[0]!;
    apps = panel.applications.map((a) => a.id);
    experts = [panel.leader, ...panel.members.filter((m) => m.id !== panel.leader.id)].map((e) => expertOf(s, e.id));
    const materials = ok(await as(experts[0]!.token).get<{ rubric: Rubric }>(`/reviews/${apps[0]}/materials`), 'rubric').rubric;
    // The leader ranks the teams the other way round, and by far: excluding the leader's sheets reverses the ranking.
    const fraction = (n: number, k: number, step: number) => (k === 0 ? 0.3 + n * 0.3 : 0.9 - n * step - (k - 1) * 0.05);
    for (const [n, id] of apps.entries()) {
      for (const [k, e] of experts.entries()) ok(await as(e.token).post(`/reviews/${id}/materials/submit`, { scores: fullSheet(materials, fraction(n, k, 0.1)) }), 'materials');
    }
    ok(await as(experts[0]!.token).post('/reviews/panels/1/materials/close'), 'close materials');
    ok(await as(s.secretariat).post('/invitations', { applicationIds: apps }), 'invite');
    t.app.get(Clock).travelTo(PRESENTATIONS);
    const session = ok(await as(s.secretariat).post<{ id: number }>('/presentation-sessions', { title: '保留评分测试场', date: '2026-08-20', venue: '北京', panelNo: 1, applicationIds: apps }), 'session', 201);
    const presentation = ok(await as(experts[0]!.token).get<{ rubric: Rubric }>(`/reviews/${apps[0]}/presentation`), 'rubric').rubric;
    for (const [n, id] of apps.entries()) {
      for (const [k, e] of experts.entries()) ok(await as(e.token).post(`/reviews/${id}/presentation/submit`, { scores: fullSheet(presentation, fraction(n, k, 0.2)) }), 'presentation');
    }
    ok(await as(experts[0]!.token).post(`/presentation-sessions/${session.id}/close`), 'close session');
    ok(await as(s.secretariat).post('/grading/proposal'), 'proposal');
  }, 240_000);

  afterAll(async () => {
    await t?.close();
  });

  it('404 for an expert without kept sheets and for an unknown expert', async () => {
    const spare = s.experts.find((e) => !experts.some((x) => x.id === e.id))!;
    const none = await as(s.secretariat).get<{ code: string }>(`/experts/${spare.id}/kept-sheets`);
    expect([none.status, none.body.code]).toEqual([404, 'KEPT_SHEETS_NOT_FOUND']);
    const unknown = await as(s.secretariat).post<{ code: string }>('/experts/999999/kept-sheets/decision', { decision: 'stand', reason: '测试' });
    expect([unknown.status, unknown.body.code]).toEqual([404, 'EXPERT_NOT_FOUND']);
  }, 120_000);

  it('exclude before confirmation: sheets void, panel scores aggregated again, the proposal flagged until proposed again', async () => {
    const member = experts[2]!;
    const removal = ok(await remove(member, '评审期间私下接触申报班组'), 'removal');
    expect(removal.voidedSheetIds).toEqual([]);
    expect(removal.keptSheets).toHaveLength(apps.length * 2);
    const pending = ok(await as(s.secretariat).get<{ pending: number; items: KeptView[] }>('/kept-sheet-decisions?status=pending'), 'list');
    expect(pending.pending).toBe(1);
    expect(pending.items[0]!.expert.id).toBe(member.id);
    expect(pending.items[0]!.sheets.every((x) => x.status === 'submitted' && x.total !== null && x.teamName !== '')).toBe(true);

    const before = await db().findBy(ReviewScore, { applicationId: apps[0]! });
    const reply = await as(s.secretariat).post<KeptView>(`/experts/${member.id}/kept-sheets/decision`, { decision: 'exclude', reason: '其评分受不当接触影响，不予采用' });
    expect(reply.status).toBe(200);
    expect(reply.body.status).toBe('exclude');
    expect(reply.body.sheets.every((x) => x.status === 'void')).toBe(true);
    expect(reply.body.decision!.effects!.voidedSheetIds).toHaveLength(apps.length * 2);
    expect(reply.body.decision!.effects!.gradingFlagged).toEqual([...apps].sort((a, b) => a - b));
    const voided = await db().findBy(ScoreSheetEntity, { expertId: member.id });
    expect(voided.every((x) => x.status === 'void')).toBe(true);
    for (const kind of ['materials', 'presentation'] as const) {
      for (const id of apps) {
        const score = await db().findOneByOrFail(ReviewScore, { applicationId: id, kind });
        expect(score.score).toBe(mean(await submittedTotals(id, kind)));
        expect(score.countedExpertIds).not.toContain(String(member.id));
      }
      const old = before.find((x) => x.kind === kind)!;
      const change = reply.body.decision!.effects!.scores.find((x) => x.applicationId === apps[0] && x.kind === kind)!;
      expect(change.before).toBe(old.score);
      expect(change.after).not.toBe(old.score);
    }

    const grading = ok(await as(s.secretariat).get<GradingView>('/grading'), 'grading');
    expect(grading.rescoreRequired).toBe(true);
    expect(grading.items.every((x) => x.rescoreRequired && (x.rescoreNote ?? '').includes('重新生成等级建议'))).toBe(true);
    const refused = await as(s.secretariat).post<{ code: string }>('/grading/confirm');
    expect([refused.status, refused.body.code]).toEqual([409, 'GRADING_RESCORE_REQUIRED']);
    const reconfirm = await as(s.secretariat).post<{ code: string }>('/grading/reconfirmation', { reason: '测试' });
    expect([reconfirm.status, reconfirm.body.code]).toEqual([409, 'GRADING_RESCORE_REQUIRED']);
    const again = ok(await as(s.secretariat).post<GradingView>('/grading/proposal'), 'proposal');
    expect(again.rescoreRequired).toBe(false);
    for (const item of again.items) {
      expect(item.materialsScore).toBe((await db().findOneByOrFail(ReviewScore, { applicationId: item.applicationId, kind: 'materials' })).score);
    }

    const audit = ok(await as(s.secretariat).get<AuditList>(`/console/audit?action=expert.keptSheets&entityId=${member.id}`), 'audit');
    expect(audit.items.map((x) => x.action)).toEqual(['expert.keptSheets.exclude']);
    expect(audit.items[0]!.before).toMatchObject({ status: 'pending' });
    expect((audit.items[0]!.after as { scores: unknown[] }).scores).toHaveLength(apps.length * 2);

    const second = await as(s.secretariat).post<{ code: string }>(`/experts/${member.id}/kept-sheets/decision`, { decision: 'stand', reason: '再次决定' });
    expect([second.status, second.body.code]).toEqual([409, 'KEPT_SHEETS_DECIDED']);
    ok(await as(s.secretariat).post('/grading/confirm'), 'confirm');
    ok(await as(s.secretariat).post('/grading/publish'), 'publish');
  }, 180_000);

  it('after publication: kept sheets listed, refused to others and without a reason, stand changes nothing', async () => {
    const member = experts[1]!;
    const removal = ok(await remove(member, '公布后发现违反回避规定'), 'removal');
    expect(removal.keptSheets).toHaveLength(apps.length * 2);
    const sheetsBefore = await db().findBy(ScoreSheetEntity, { expertId: member.id });
    const scoresBefore = await db().findBy(ReviewScore, {});
    const kept = ok(await as(s.secretariat).get<KeptView>(`/experts/${member.id}/kept-sheets`), 'kept');
    expect(kept.status).toBe('pending');
    expect(kept.sheets.map((x) => x.kind).sort()).toEqual([...apps.map(() => 'materials'), ...apps.map(() => 'presentation')].sort());

    for (const token of [experts[0]!.token, s.applications[0]!.declarantToken]) {
      const denied = await as(token).post<{ code: string }>(`/experts/${member.id}/kept-sheets/decision`, { decision: 'exclude', reason: '越权' });
      expect(denied.status).toBe(403);
      expect((await as(token).get(`/experts/${member.id}/kept-sheets`)).status).toBe(403);
      expect((await as(token).post('/grading/reconfirmation', { reason: '越权' })).status).toBe(403);
    }
    const noReason = await as(s.secretariat).post<{ code: string }>(`/experts/${member.id}/kept-sheets/decision`, { decision: 'stand', reason: '  ' });
    expect(noReason.status).toBe(422);
    const badDecision = await as(s.secretariat).post<{ code: string }>(`/experts/${member.id}/kept-sheets/decision`, { decision: 'void', reason: '测试' });
    expect(badDecision.status).toBe(422);

    const stand = ok(await as(s.secretariat).post<KeptView>(`/experts/${member.id}/kept-sheets/decision`, { decision: 'stand', reason: '违规发生在评审之后，评分未受影响' }), 'stand');
    expect(stand.status).toBe('stand');
    expect(stand.decision).toMatchObject({ decision: 'stand', reason: '违规发生在评审之后，评分未受影响', effects: null });
    const sheetsAfter = await db().findBy(ScoreSheetEntity, { expertId: member.id });
    expect(sheetsAfter.map((x) => [x.id, x.status, x.total])).toEqual(sheetsBefore.map((x) => [x.id, x.status, x.total]));
    expect(await db().findBy(ReviewScore, {})).toEqual(scoresBefore);
    const grading = ok(await as(s.secretariat).get<GradingView>('/grading'), 'grading');
    expect(grading.rescoreRequired).toBe(false);
    const audit = ok(await as(s.secretariat).get<AuditList>(`/console/audit?action=expert.keptSheets&entityId=${member.id}`), 'audit');
    expect(audit.items.map((x) => x.action)).toEqual(['expert.keptSheets.stand']);
    const second = await as(s.secretariat).post<{ code: string }>(`/experts/${member.id}/kept-sheets/decision`, { decision: 'exclude', reason: '改变主意' });
    expect([second.status, second.body.code]).toEqual([409, 'KEPT_SHEETS_DECIDED']);
    const nothing = await as(s.secretariat).post<{ code: string }>('/grading/reconfirmation', { reason: '测试' });
    expect([nothing.status, nothing.body.code]).toEqual([409, 'GRADING_NO_RESCORE']);
  }, 180_000);

  it('exclude after publication: nothing published changes until the secretariat re-confirms; the team sees the flag', async () => {
    const leader = experts[0]!;
    ok(await remove(leader, '公布后查实收受礼品'), 'removal');
    const published = await db().findBy(GradeResult, {});
    const publicBefore = ok(await call<{ items: Array<{ teamName: string; grade: string; underReview: boolean }> }>(t.app, 'GET', '/api/v1/public/results'), 'public');
    expect(publicBefore.items.every((x) => !x.underReview)).toBe(true);

    const reply = ok(await as(s.secretariat).post<KeptView>(`/experts/${leader.id}/kept-sheets/decision`, { decision: 'exclude', reason: '收受礼品，其评分不予采用' }), 'exclude');
    expect(reply.decision!.effects!.gradingFlagged).toHaveLength(apps.length);
    // Only the stand-by expert's sheets remain: each panel score is theirs alone.
    for (const id of apps) {
      for (const kind of ['materials', 'presentation'] as const) {
        const totals = await submittedTotals(id, kind);
        expect(totals).toHaveLength(1);
        expect((await db().findOneByOrFail(ReviewScore, { applicationId: id, kind })).score).toBe(totals[0]);
      }
    }
    // The published rows keep their totals, flagged.
    const flagged = await db().findBy(GradeResult, {});
    expect(flagged.map((r) => [r.applicationId, r.total, r.grade, r.publishedAt?.getTime()])).toEqual(published.map((r) => [r.applicationId, r.total, r.grade, r.publishedAt?.getTime()]));
    expect(flagged.every((r) => r.rescoreRequiredAt !== null && (r.rescoreNote ?? '').includes('重新确认'))).toBe(true);
    const publicAfter = ok(await call<{ items: Array<{ teamName: string; grade: string; underReview: boolean }> }>(t.app, 'GET', '/api/v1/public/results'), 'public');
    expect(publicAfter.items.map((x) => [x.teamName, x.grade])).toEqual(publicBefore.items.map((x) => [x.teamName, x.grade]));
    expect(publicAfter.items.every((x) => x.underReview)).toBe(true);
    const team = s.applications.find((a) => a.id === apps[0])!;
    const view = ok(await as(team.declarantToken).get<{ result: { underReview: boolean; underReviewNote: string | null; total: number } }>(`/teams/${team.teamId}/application`), 'team view');
    expect(view.result.underReview).toBe(true);
    expect(view.result.underReviewNote).toContain('重新确认');
    expect(JSON.stringify(view.result)).not.toContain(leader.name);
    const publish = await as(s.secretariat).post<{ code: string }>('/grading/publish');
    expect(publish.status).toBe(409);

    const noReason = await as(s.secretariat).post<{ code: string }>('/grading/reconfirmation', {});
    expect(noReason.status).toBe(422);
    // The exemplary grade moves to another team: a valid certificate stating the old grade must be revoked first.
    t.app.get(Clock).travelTo(new Date('2026-09-30T02:00:00Z'));
    const issued = ok(await as(s.secretariat).post<{ items: Array<{ applicationId: number; certificateNo: string; grade: string }> }>('/certificates/issue'), 'issue');
    const exemplary = issued.items.find((c) => c.grade === 'exemplary')!;
    const blocked = await as(s.secretariat).post<{ code: string; message: string }>('/grading/reconfirmation', { reason: '按排除后的评分重新评定' });
    expect([blocked.status, blocked.body.code]).toEqual([409, 'GRADING_RESCORE_REQUIRED']);
    expect(blocked.body.message).toContain(exemplary.certificateNo);
    // Both the team losing the grade and the one gaining it are named; each certificate is revoked.
    const named = issued.items.filter((c) => blocked.body.message.includes(c.certificateNo));
    expect(named.length).toBe(2);
    for (const c of named) ok(await as(s.secretariat).post(`/certificates/${c.certificateNo}/revoke`, { reason: '评分经复核后等级改变' }), 'revoke');
    const reconfirmed = ok(await as(s.secretariat).post<GradingView>('/grading/reconfirmation', { reason: '按排除后的评分重新评定' }), 'reconfirm');
    expect(reconfirmed.rescoreRequired).toBe(false);
    expect(reconfirmed.confirmed).toBe(true);
    for (const item of reconfirmed.items) {
      const m = (await db().findOneByOrFail(ReviewScore, { applicationId: item.applicationId, kind: 'materials' })).score;
      const p = (await db().findOneByOrFail(ReviewScore, { applicationId: item.applicationId, kind: 'presentation' })).score;
      expect([item.materialsScore, item.presentationScore]).toEqual([m, p]);
    }
    const teamAfter = ok(await as(team.declarantToken).get<{ result: { underReview: boolean; total: number } }>(`/teams/${team.teamId}/application`), 'team view');
    expect(teamAfter.result.underReview).toBe(false);
    expect(teamAfter.result.total).toBe(reconfirmed.items.find((x) => x.applicationId === team.id)!.total);
    // The ranking turned round: the team that held the exemplary grade no longer does.
    expect(reconfirmed.items.find((x) => x.applicationId === exemplary.applicationId)!.grade).not.toBe('exemplary');
    const audit = ok(await as(s.secretariat).get<AuditList>('/console/audit?action=grading.reconfirm'), 'audit');
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]!.after).toMatchObject({ reason: '按排除后的评分重新评定', published: true });
    const again = await as(s.secretariat).post<{ code: string }>('/grading/reconfirmation', { reason: '再次' });
    expect([again.status, again.body.code]).toEqual([409, 'GRADING_NO_RESCORE']);
  }, 180_000);
});
