import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { dataSourceOf } from '../../src/app.factory.js';
import { Clock } from '../../src/common/clock.js';
import { GradeResult } from '../../src/modules/grading/grade-result.entity.js';
import { ReviewScore } from '../../src/modules/review/review-score.entity.js';
import { ScoreSheetEntity } from '../../src/modules/review/score-sheet.entity.js';
import { drawnSeasonFactory, expertOf, fullSheet, PRESENTATIONS, type Season, type SeasonExpert } from '../support/review-factories.js';
import { call, TEST_DB, type TestApp, startTestApp } from '../support/test-app.js';
import { probe, type ProbeTally } from './probe-tally.js';

type Rubric = Parameters<typeof fullSheet>[0];

interface Removal {
  expert: { id: number; active: boolean; removedAt: string | null };
  replacement: { replacementExpert: { id: number } | null } | null;
  voidedSheetIds: number[];
  panelClosed: boolean;
  keptSheets: Array<{ sheetId: number; kind: string }>;
}

/**
 * Removing an expert (第十六条) after their panel's stages have closed: the hole voided the sheets behind published
 * totals and drew a replacement into a closed panel. Held here: a sheet of a closed stage is never voided; a replacement
 * is drawn only while the panel still has work; the published results stay as they were, backed by the sheets they
 * were computed from; the expert is deactivated and the record kept.
 */
describe(`expert removal after results on ${TEST_DB}`, () => {
  let t: TestApp;
  let s: Season;
  let panelExperts: SeasonExpert[];
  let apps: number[];
  /** Who scored the presentations (the leader, a member, the replacement), and the public results as published. */
  let seated: SeasonExpert[] = [];
  let published: unknown;

  const as = (token: string) => ({
    get: <T>(url: string) => call<T>(t.app, 'GET', `/api/v1${url}`, { token }),
    post: <T>(url: string, json?: unknown) => call<T>(t.app, 'POST', `/api/v1${url}`, { token, json }),
  });
  const ok = <T>(reply: { status: number; body: T }, what: string, expected = 200): T => {
    if (reply.status !== expected) throw new Error(`${what} failed (${reply.status}): ${JSON.stringify(reply.body)}`);
    return reply.body;
  };
  const sheetsOf = (expertId: number) => dataSourceOf(t.app).manager.findBy(ScoreSheetEntity, { expertId });

  beforeAll(async () => {
    t = await startTestApp();
    // A panel of three drawn from five: two stay in the pool, so a replacement could always be drawn.
    s = await drawnSeasonFactory(t.app, { teams: 3, teamUnits: 2, experts: 5, panelCount: 1, panelSize: 3, tag: 'ER' });
    const panel = s.panels[0]!;
    apps = panel.applications.map((a) => a.id);
    panelExperts = [panel.leader, ...panel.members.filter((m) => m.id !== panel.leader.id)].map((e) => expertOf(s, e.id));
    const leader = panelExperts[0]!;
    const materials = ok(await as(leader.token).get<{ rubric: Rubric }>(`/reviews/${apps[0]}/materials`), 'rubric').rubric;
    for (const [n, id] of apps.entries()) {
      for (const e of panelExperts) ok(await as(e.token).post(`/reviews/${id}/materials/submit`, { scores: fullSheet(materials, 0.9 - n * 0.1) }), 'materials submit');
    }
    ok(await as(leader.token).post('/reviews/panels/1/materials/close'), 'close panel');
    ok(await as(s.secretariat).post('/invitations', { applicationIds: apps }), 'invite');
  }, 180_000);

  afterAll(async () => {
    await t?.close();
  });

  async function remove(tally: ProbeTally, expert: SeasonExpert, stage: string) {
    const before = await sheetsOf(expert.id);
    const reply = await as(s.secretariat).post<Removal>(`/experts/${expert.id}/removal`, { reason: `${stage}：评审期间违反廉洁自律规定` });
    tally.check(reply.status === 200, `${stage}: removal answers 200 (got ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)})`);
    tally.check(reply.body.expert?.active === false && reply.body.expert.removedAt !== null, `${stage}: the expert is deactivated`);
    const pool = await as(s.secretariat).get<{ items: Array<{ id: number }> }>('/experts?pageSize=100');
    tally.check(pool.body.items?.some((e) => e.id === expert.id) ?? false, `${stage}: the expert's record is kept in the pool`);
    return { reply: reply.body, before };
  }

  it('keeps the sheets of closed stages and draws no one into a closed panel', async () => {
    await probe('expert removal after results', async (tally) => {
      // After the materials review closed, before the presentations: the panel still has work.
      const member = panelExperts[2]!;
      const mid = await remove(tally, member, '资料审核结束后');
      tally.check(mid.reply.voidedSheetIds?.length === 0, `资料审核结束后: no materials sheet is voided (voided ${JSON.stringify(mid.reply.voidedSheetIds)})`);
      const kept = await sheetsOf(member.id);
      tally.check(kept.length === apps.length && kept.every((x) => x.status === 'submitted'), '资料审核结束后: every materials sheet stays submitted');
      tally.check(mid.reply.keptSheets?.length === apps.length, '资料审核结束后: the kept sheets are listed for the secretariat');
      const replacementId = mid.reply.replacement?.replacementExpert?.id;
      tally.check(replacementId !== undefined, '资料审核结束后: the panel still has presentations to score, so a replacement is drawn');

      // The presentations with the replacement, then grading and publication.
      t.app.get(Clock).travelTo(PRESENTATIONS);
      seated = [...panelExperts.slice(0, 2), expertOf(s, replacementId ?? panelExperts[2]!.id)];
      const session = ok(
        await as(s.secretariat).post<{ id: number }>('/presentation-sessions', { title: '替换测试场', date: '2026-08-20', venue: '北京', panelNo: 1, applicationIds: apps }),
        'session',
        201,
      );
      const presentation = ok(await as(seated[0]!.token).get<{ rubric: Rubric }>(`/reviews/${apps[0]}/presentation`), 'presentation rubric').rubric;
      for (const [n, id] of apps.entries()) {
        for (const e of seated) ok(await as(e.token).post(`/reviews/${id}/presentation/submit`, { scores: fullSheet(presentation, 0.9 - n * 0.2) }), 'presentation submit');
      }
      ok(await as(seated[0]!.token).post(`/presentation-sessions/${session.id}/close`), 'close session');
      ok(await as(s.secretariat).post('/grading/proposal'), 'proposal');
      ok(await as(s.secretariat).post('/grading/confirm'), 'confirm');
      ok(await as(s.secretariat).post('/grading/publish'), 'publish');
      const results = await call(t.app, 'GET', '/api/v1/public/results');
      published = results.body;

      // After publication: remove the leader and the replacement, whose sheets are behind the published totals.
      const draw = ok(await as(s.secretariat).get<{ replacements: unknown[] }>(`/draws/${s.drawId}`), 'draw');
      for (const [who, expert] of [['组长', seated[0]!], ['替换专家', seated[2]!]] as const) {
        const stage = `成绩公布后（${who}）`;
        const after = await remove(tally, expert, stage);
        tally.check(after.reply.voidedSheetIds?.length === 0, `${stage}: no sheet is voided (voided ${JSON.stringify(after.reply.voidedSheetIds)})`);
        tally.check(after.reply.replacement === null, `${stage}: no replacement is drawn into the closed panel`);
        tally.check(after.reply.panelClosed === true, `${stage}: the answer says the panel had closed`);
        const now = await sheetsOf(expert.id);
        tally.check(
          now.length === after.before.length && now.every((x) => after.before.some((b) => b.id === x.id && b.status === x.status && b.total === x.total)),
          `${stage}: every sheet is as it was`,
        );
        tally.check(after.reply.keptSheets?.length === after.before.length, `${stage}: every kept sheet is listed for the secretariat's own decision`);
      }
      const drawAfter = ok(await as(s.secretariat).get<{ replacements: unknown[] }>(`/draws/${s.drawId}`), 'draw');
      tally.check(drawAfter.replacements.length === draw.replacements.length, 'no replacement was recorded after publication');
      const resultsAfter = await call(t.app, 'GET', '/api/v1/public/results');
      tally.check(JSON.stringify(resultsAfter.body) === JSON.stringify(results.body), 'the published results are unchanged');
      const voidedAnywhere = await dataSourceOf(t.app).manager.countBy(ScoreSheetEntity, { status: 'void' });
      tally.check(voidedAnywhere === 0, `no sheet of the season is void (${voidedAnywhere})`);
      const audit = await as(s.secretariat).get<{ items: Array<{ action: string }> }>('/console/audit?action=score_sheet.keep');
      tally.check((audit.body.items?.length ?? 0) >= 3, 'the audit log records each removal that kept sheets');
    });
  }, 180_000);

  it("leaves the kept sheets to the secretariat's explicit decision, and makes only what it decides", async () => {
    await probe('expert removal after results', async (tally) => {
      const db = dataSourceOf(t.app).manager;
      const removed = [panelExperts[2]!, seated[0]!, seated[2]!];
      const list = await as(s.secretariat).get<{ pending: number; items: Array<{ expert: { id: number }; sheets: Array<{ teamName: string; kind: string; total: number | null }> }> }>(
        '/kept-sheet-decisions?status=pending',
      );
      tally.check(list.status === 200 && list.body.pending === removed.length, `every removal with kept sheets leaves a pending decision (${list.status} ${list.body.pending})`);
      for (const expert of removed) {
        const item = list.body.items?.find((x) => x.expert.id === expert.id);
        tally.check(item !== undefined && item.sheets.length > 0 && item.sheets.every((x) => x.teamName !== '' && x.total !== null), `expert ${expert.id}: the pending decision lists team, part and total`);
      }
      // Nobody but the secretariat decides, and no decision without a reason.
      for (const [who, token] of [
        ['在组专家', seated[1]!.token],
        ['申报班组', s.applications[0]!.declarantToken],
      ] as const) {
        for (const expert of removed) {
          const denied = await as(token).post<{ code: string }>(`/experts/${expert.id}/kept-sheets/decision`, { decision: 'exclude', reason: '越权尝试' });
          tally.check(denied.status === 403, `${who} deciding on expert ${expert.id}'s kept sheets is refused (${denied.status})`);
          const read = await as(token).get(`/experts/${expert.id}/kept-sheets`);
          tally.check(read.status === 403, `${who} reading expert ${expert.id}'s kept sheets is refused (${read.status})`);
        }
        const reconfirm = await as(token).post('/grading/reconfirmation', { reason: '越权尝试' });
        tally.check(reconfirm.status === 403, `${who} re-confirming the grading is refused (${reconfirm.status})`);
      }
      for (const body of [{ decision: 'exclude' }, { decision: 'exclude', reason: '   ' }, { decision: 'void', reason: '作废' }, { reason: '无决定' }]) {
        const bad = await as(s.secretariat).post(`/experts/${removed[1]!.id}/kept-sheets/decision`, body);
        tally.check(bad.status === 422, `decision ${JSON.stringify(body)} is refused with 422 (${bad.status})`);
      }
      const voidedBefore = await db.countBy(ScoreSheetEntity, { status: 'void' });
      tally.check(voidedBefore === 0, `until a decision, no sheet of the season is void (${voidedBefore})`);

      // stand: the member removed after the materials review; nothing changes.
      const scoresBefore = await db.find(ReviewScore, { order: { id: 'ASC' } });
      const stand = await as(s.secretariat).post<{ status: string }>(`/experts/${removed[0]!.id}/kept-sheets/decision`, { decision: 'stand', reason: '违规与评审无关，评分维持有效' });
      tally.check(stand.status === 200 && stand.body.status === 'stand', `stand is recorded (${stand.status})`);
      tally.check((await db.countBy(ScoreSheetEntity, { status: 'void' })) === 0, 'stand voids no sheet');
      tally.check(JSON.stringify(await db.find(ReviewScore, { order: { id: 'ASC' } })) === JSON.stringify(scoresBefore), 'stand changes no panel score');
      tally.check(JSON.stringify((await call(t.app, 'GET', '/api/v1/public/results')).body) === JSON.stringify(published), 'stand leaves the published results as they were');

      // exclude: the leader's sheets void, each panel score aggregated again from the others; the grading flagged.
      const gradesBefore = await db.find(GradeResult, { order: { id: 'ASC' } });
      const leaderSheets = await db.findBy(ScoreSheetEntity, { expertId: removed[1]!.id });
      const exclude = await as(s.secretariat).post<{ status: string; decision: { effects: { voidedSheetIds: number[]; gradingFlagged: number[] } } }>(
        `/experts/${removed[1]!.id}/kept-sheets/decision`,
        { decision: 'exclude', reason: '组长收受礼品，其评分不予采用' },
      );
      tally.check(exclude.status === 200 && exclude.body.status === 'exclude', `exclude is recorded (${exclude.status} ${JSON.stringify(exclude.body).slice(0, 200)})`);
      tally.check(exclude.body.decision?.effects?.voidedSheetIds?.length === leaderSheets.length, 'exclude voids every kept sheet of the leader');
      const leaderNow = await db.findBy(ScoreSheetEntity, { expertId: removed[1]!.id });
      tally.check(leaderNow.every((x) => x.status === 'void'), "the leader's sheets are void");
      tally.check((await db.countBy(ScoreSheetEntity, { status: 'void' })) === leaderSheets.length, "only the leader's sheets are void");
      for (const score of await db.find(ReviewScore, { order: { id: 'ASC' } })) {
        const others = await db.findBy(ScoreSheetEntity, { applicationId: score.applicationId, kind: score.kind, status: 'submitted' });
        const mean = Math.round((others.reduce((a, x) => a + x.total!, 0) / others.length) * 100) / 100;
        tally.check(score.score === mean && !score.countedExpertIds.includes(String(removed[1]!.id)), `application ${score.applicationId} ${score.kind}: the panel score is the others' mean (${score.score} vs ${mean})`);
      }
      const gradesNow = await db.find(GradeResult, { order: { id: 'ASC' } });
      tally.check(
        JSON.stringify(gradesNow.map((g) => [g.total, g.grade, g.publishedAt?.getTime()])) === JSON.stringify(gradesBefore.map((g) => [g.total, g.grade, g.publishedAt?.getTime()])),
        'the published grades and totals are not changed by the decision',
      );
      tally.check(gradesNow.every((g) => g.rescoreRequiredAt !== null), 'every published row is flagged for re-confirmation');
      const results = await call<{ items: Array<{ underReview: boolean }> }>(t.app, 'GET', '/api/v1/public/results');
      tally.check(results.body.items.length > 0 && results.body.items.every((x) => x.underReview === true), 'the public results say they are under review');
      const team = s.applications.find((a) => a.id === apps[0])!;
      const view = await as(team.declarantToken).get<{ result: { underReview: boolean } | null }>(`/teams/${team.teamId}/application`);
      tally.check(view.body.result?.underReview === true, "the team's published result carries the flag");
      const grading = await as(s.secretariat).get<{ rescoreRequired: boolean }>('/grading');
      tally.check(grading.body.rescoreRequired === true, 'the grading page says the grading must be re-confirmed');

      // Each decision is made once.
      for (const expert of removed.slice(0, 2)) {
        const again = await as(s.secretariat).post<{ code: string }>(`/experts/${expert.id}/kept-sheets/decision`, { decision: 'exclude', reason: '再次决定' });
        tally.check(again.status === 409 && again.body.code === 'KEPT_SHEETS_DECIDED', `a second decision on expert ${expert.id} is refused with 409 (${again.status} ${again.body.code})`);
      }
      const audit = await as(s.secretariat).get<{ items: Array<{ action: string }> }>('/console/audit?action=expert.keptSheets');
      tally.check(audit.body.items?.map((x) => x.action).sort().join() === 'expert.keptSheets.exclude,expert.keptSheets.stand', 'both decisions are audited');
    });
  }, 180_000);
});
