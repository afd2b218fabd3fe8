import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { drawnSeasonFactory, expertOf, fullSheet, type Season, type SeasonExpert } from '../support/review-factories.js';
import { call, TEST_DB, type TestApp, startTestApp } from '../support/test-app.js';
import { probe, type ProbeTally } from './probe-tally.js';

type Rubric = Parameters<typeof fullSheet>[0];
type Body = Record<string, unknown> & { code?: string };

interface ChangeView {
  id: number;
  status: string;
  expertId: number;
  before: { total: number };
  after: { total: number | null };
  items: Array<{ itemId: string; before: number | null; after: number | null }>;
}

/**
 * Blind review: an expert reads only their own sheet until they submit it; after that they may read their colleagues'.
 * The hole: the leader submitted zeros, read every colleague's sheet, returned their own sheet and resubmitted a
 * colleague's scores — or had a member who had read the others re-score the same way. The rule held here: nobody
 * returns their own sheet (403 REVIEW_RETURN_OWN_SHEET); a returned sheet of an expert who has read colleagues' sheets
 * is held for the secretariat when resubmitted — the scores submitted before the return keep counting, the panel cannot
 * close (409 REVIEW_CHANGE_PENDING) until the secretariat approves or rejects, and the leader, the secretariat and the
 * audit log see before → after.
 */
describe(`blind review on ${TEST_DB}`, () => {
  let t: TestApp;
  let season: Season;
  let leader: SeasonExpert;
  let members: SeasonExpert[];
  let applicationId: number;
  let rubric: Rubric;

  beforeAll(async () => {
    t = await startTestApp();
    season = await drawnSeasonFactory(t.app, { teams: 2, teamUnits: 2, experts: 3, panelCount: 1, panelSize: 3, tag: 'BR' });
    const panel = season.panels[0]!;
    leader = expertOf(season, panel.leader.id);
    members = panel.members.filter((m) => m.id !== panel.leader.id).map((m) => expertOf(season, m.id));
    applicationId = panel.applications[0]!.id;
    rubric = (await call<{ rubric: Rubric }>(t.app, 'GET', `/api/v1/reviews/${applicationId}/materials`, { token: leader.token })).body.rubric;
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  const zeros = () => fullSheet(rubric, 0);

  /** Runs one step, prints it with its answer, and counts it as a case: `expected` is the status the rule demands. */
  async function step<B extends Body>(tally: ProbeTally, lines: string[], what: string, expected: number, code: string | null, run: () => Promise<{ status: number; body: B }>) {
    const reply = await run();
    const ok = reply.status === expected && (code === null || reply.body.code === code);
    lines.push(`  ${ok ? '✓' : '✗'} ${what}: ${reply.status}${reply.body.code ? ` ${reply.body.code}` : ''}${ok ? '' : ` (expected ${expected}${code ? ` ${code}` : ''})`}`);
    tally.check(ok, `${what}: got ${reply.status} ${reply.body.code ?? ''}, expected ${expected} ${code ?? ''}`);
    return reply;
  }

  const submit = (expert: SeasonExpert, scores: Record<string, number>, app = applicationId) =>
    call<Body>(t.app, 'POST', `/api/v1/reviews/${app}/materials/submit`, { token: expert.token, json: { scores } });
  const colleagues = (expert: SeasonExpert, app = applicationId) =>
    call<Body & { sheets?: Array<{ expertId: number; scores: Record<string, number> | null }> }>(t.app, 'GET', `/api/v1/reviews/${app}/materials/panel-sheets`, { token: expert.token });
  const returnSheet = (of: SeasonExpert, app = applicationId) =>
    call<Body>(t.app, 'POST', `/api/v1/reviews/${app}/materials/sheets/${of.id}/return`, { token: leader.token, json: { reason: '请复核各项打分' } });
  const own = async (expert: SeasonExpert, app = applicationId) =>
    (await call<{ sheet: { status: string; total: number | null; scores: Record<string, number> } }>(t.app, 'GET', `/api/v1/reviews/${app}/materials`, { token: expert.token })).body.sheet;

  it("refuses the leader's copy of a colleague's sheet, and holds a member's for the secretariat", async () => {
    const lines: string[] = [];
    // The sequence is printed whether or not the rule held, so a failure shows the step that let it through.
    const printed = () => process.stdout.write(`blind review sequence on ${TEST_DB}:\n${lines.join('\n')}\n`);
    try {
      await probe('blind review', async (tally) => {
        const [m1, m2] = members as [SeasonExpert, SeasonExpert];
        const generous = fullSheet(rubric, 0.9);
        lines.push('the leader:');
        await step(tally, lines, 'leader submits all zeros', 200, null, () => submit(leader, zeros()));
        await step(tally, lines, 'member 1 submits 0.9 of every maximum', 200, null, () => submit(m1, generous));
        await step(tally, lines, 'member 2 submits 0.6 of every maximum', 200, null, () => submit(m2, fullSheet(rubric, 0.6)));
        const read = await step(tally, lines, "leader reads every colleague's sheet", 200, null, () => colleagues(leader));
        const copied: Record<string, number> = read.body.sheets?.find((s) => s.expertId === m1.id)?.scores ?? generous;
        await step(tally, lines, 'leader returns their own sheet', 403, 'REVIEW_RETURN_OWN_SHEET', () => returnSheet(leader));
        await step(tally, lines, "leader resubmits member 1's scores over their own", 409, 'REVIEW_ALREADY_SUBMITTED', () => submit(leader, copied));
        await tally.run("the leader's zeros still count", async () => {
          const sheet = await own(leader);
          if (sheet.status !== 'submitted' || sheet.total !== 0) throw new Error(`leader's sheet is ${sheet.status} ${sheet.total}`);
        });

        lines.push("a member who has read colleagues' sheets:");
        await step(tally, lines, "member 2 reads colleagues' sheets", 200, null, () => colleagues(m2));
        await step(tally, lines, "leader returns member 2's sheet", 200, null, () => returnSheet(m2));
        const before = 0.6;
        await step(tally, lines, "member 2 resubmits member 1's scores", 200, null, () => submit(m2, copied));
        await tally.run("member 2's previous scores still count, the copy waits for the secretariat", async () => {
          const sheet = await own(m2);
          const expected = Object.values(fullSheet(rubric, before)).reduce((a, b) => a + b, 0);
          if (sheet.status !== 'submitted' || Math.abs((sheet.total ?? -1) - expected) > 0.001) throw new Error(`member 2's sheet is ${sheet.status} ${sheet.total}, expected ${expected}`);
        });
        await step(tally, lines, 'leader closes the materials review', 409, 'REVIEW_CHANGE_PENDING', () =>
          call<Body>(t.app, 'POST', `/api/v1/reviews/panels/1/materials/close`, { token: leader.token }),
        );
        const progress = await call<{ items: Array<{ applicationId: number; sheets: Array<{ expertId: number; change: ChangeView | null }> }> }>(
          t.app,
          'GET',
          '/api/v1/reviews/panels/1/materials/progress',
          { token: leader.token },
        );
        const leaderSees = progress.body.items.find((i) => i.applicationId === applicationId)?.sheets.find((s) => s.expertId === m2.id)?.change ?? null;
        tally.check(
          leaderSees !== null && leaderSees.status === 'pending' && leaderSees.after.total === Object.values(copied).reduce((a, b) => a + b, 0) && leaderSees.items.some((i) => i.before !== i.after),
          "the leader's progress shows member 2's change before → after",
        );
        const overview = await call<{ panels: Array<{ pendingChanges: number; changes: ChangeView[] }> }>(t.app, 'GET', '/api/v1/reviews/overview/materials', { token: season.secretariat });
        const change = overview.body.panels[0]?.changes.find((c) => c.expertId === m2.id && c.status === 'pending');
        tally.check(change !== undefined && overview.body.panels[0]!.pendingChanges === 1, "the secretariat's overview lists the pending change");
        const audit = await call<{ items: Array<{ action: string; before: unknown; after: unknown }> }>(t.app, 'GET', '/api/v1/console/audit?action=review.resubmit.held', { token: season.secretariat });
        tally.check(audit.body.items?.some((e) => e.before !== null && e.after !== null) ?? false, 'the audit log has the held resubmission with before and after');
        await step(tally, lines, 'member 1 decides the change (not the secretariat)', 403, null, () =>
          call<Body>(t.app, 'POST', `/api/v1/reviews/changes/${change?.id ?? 0}/decision`, { token: m1.token, json: { decision: 'approved', note: '同意' } }),
        );
        await step(tally, lines, 'the secretariat rejects the change', 200, null, () =>
          call<Body>(t.app, 'POST', `/api/v1/reviews/changes/${change?.id ?? 0}/decision`, { token: season.secretariat, json: { decision: 'rejected', note: '更正与同组专家评分雷同，维持原评分' } }),
        );
        await step(tally, lines, 'the secretariat decides it again', 409, 'REVIEW_CHANGE_DECIDED', () =>
          call<Body>(t.app, 'POST', `/api/v1/reviews/changes/${change?.id ?? 0}/decision`, { token: season.secretariat, json: { decision: 'approved', note: '同意' } }),
        );

        lines.push("a member who has not read colleagues' sheets (control):");
        const second = season.panels[0]!.applications[1]!.id;
        for (const e of [leader, m1, m2]) await step(tally, lines, `${e === leader ? 'leader' : e === m1 ? 'member 1' : 'member 2'} submits the second application`, 200, null, () => submit(e, fullSheet(rubric, 0.5), second));
        await step(tally, lines, "leader returns member 1's sheet of it", 200, null, () => returnSheet(m1, second));
        await step(tally, lines, 'member 1 resubmits a correction', 200, null, () => submit(m1, fullSheet(rubric, 0.7), second));
        await tally.run('the correction counts at once', async () => {
          const sheet = await own(m1, second);
          const expected = Object.values(fullSheet(rubric, 0.7)).reduce((a, b) => a + b, 0);
          if (Math.abs((sheet.total ?? -1) - expected) > 0.001) throw new Error(`total ${sheet.total}, expected ${expected}`);
        });
        await step(tally, lines, 'leader closes the materials review (previous scores of member 2 counted)', 200, null, () =>
          call<Body>(t.app, 'POST', `/api/v1/reviews/panels/1/materials/close`, { token: leader.token }),
        );
      });
    } finally {
      printed();
    }
  }, 120_000);
});
