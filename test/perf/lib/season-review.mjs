import { forEachLimited } from './season-http.mjs';
import { mobile } from './season-registration.mjs';

// season.bench.mjs, stages 4–7 (the materials-review window): screening, the expert pool and draw, every sheet
// submitted, invitations published.

const SCREEN_PER_BULK = 1000;

/** A deterministic fraction in [0.45, 0.95) per application and expert, so scores differ (as in server/test/season.spec.ts). */
export function fraction(applicationId, expertId, salt) {
  let h = (applicationId * 2654435761) ^ (expertId * 40503) ^ (salt * 97);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return 0.45 + (((h ^ (h >>> 16)) >>> 0) % 1000) / 2000;
}

/** Scores for every item of a rubric: each item's maximum times `f`, on the rubric's step. */
export const fullSheet = (rubric, f) =>
  Object.fromEntries(rubric.categories.flatMap((c) => c.items).map((i) => [i.id, Math.round((i.max * f) / rubric.step) * rubric.step]));

/** Runs stages 4–7 on the season's submitted teams; returns the draw, the experts by id and the invited applications. */
export async function materialsReviewStages(season, teams) {
  const { call, login, secretariat, units, moveTo, stage, log } = season;
  const { TEAMS, EXPERTS, PANEL_SIZE, CONCURRENCY, INVITED_SHARE, panelCount } = season.settings;
  // 4. Screening (初选): the registration window closes; the secretariat looks at the list and bulk-passes.
  let screenedIn = 0;
  await stage('4 screening (bulk pass)', async () => {
    await moveTo('materialsReview');
    await call('GET', '/screening/applications?page=1&pageSize=50', { token: secretariat });
    const ids = teams.map((t) => t.applicationId);
    for (let i = 0; i < ids.length; i += SCREEN_PER_BULK) {
      const passed = await call('POST', '/screening/bulk-pass', { token: secretariat, json: { applicationIds: ids.slice(i, i + SCREEN_PER_BULK) } });
      screenedIn += passed.passed.length;
      if (passed.skipped.length) log(`   screening skipped ${passed.skipped.length}: ${JSON.stringify(passed.skipped.slice(0, 2))}`);
    }
    return `${screenedIn} screened in`;
  });

  // 5. Expert pool and draw: experts recommended by all 70 units (so 回避 bites), accounts opened, panels drawn.
  const experts = [];
  let draw = null;
  await stage(`5 expert pool (${EXPERTS}) + draw`, async () => {
    const { results } = await forEachLimited(
      Array.from({ length: EXPERTS }, (_, j) => j),
      CONCURRENCY,
      async (j) => {
        const expert = await call('POST', '/experts', {
          token: secretariat,
          json: {
            name: `模拟专家${String(j + 1).padStart(3, '0')}`,
            mobile: mobile('137', j + 1),
            enterpriseName: `专家所在工程局${j + 1}`,
            recommendingUnitId: units[j % units.length].id,
            specialties: ['土建', '钢结构'],
            trainingStatus: 'trained',
            trainedAt: '2026-03-01',
            assessmentStatus: 'passed',
            assessedAt: '2026-03-15',
          },
        });
        const account = await call('POST', `/experts/${expert.id}/account`, { token: secretariat, json: { username: `season-expert-${j + 1}` } });
        return { id: expert.id, token: await login(account.username, account.password) };
      },
    );
    experts.push(...results.filter(Boolean));
    const drawn = await call('POST', '/draws', { token: secretariat, json: { panelCount, panelSize: PANEL_SIZE, seed: `season-${TEAMS}` } });
    draw = await call('GET', `/draws/${drawn.id}`, { token: secretariat });
    const loads = draw.panels.map((p) => p.applications.length);
    return `${experts.length} experts, ${draw.panels.length} panels, ${Math.min(...loads)}–${Math.max(...loads)} applications each`;
  });
  const expertById = new Map(experts.map((e) => [e.id, e]));

  // 6. Materials review: every expert opens each application of their panel and submits a sheet; leaders close.
  let sheets = 0;
  await stage('6 materials review', async () => {
    let rubric = null;
    await forEachLimited(experts, CONCURRENCY, async (expert) => {
      const mine = await call('GET', '/reviews/mine', { token: expert.token });
      for (const item of mine.items) {
        const sheet = await call('GET', `/reviews/${item.applicationId}/materials`, { token: expert.token });
        rubric ??= sheet.rubric;
        await call('POST', `/reviews/${item.applicationId}/materials/submit`, { token: expert.token, json: { scores: fullSheet(sheet.rubric, fraction(item.applicationId, expert.id, 1)) } });
        sheets++;
      }
    });
    // A panel the draw gave no application (a small season over many panels) has nothing to close: the server says
    // 409 REVIEW_CLOSED to that, rightly.
    await forEachLimited(draw.panels.filter((p) => p.applications.length > 0), CONCURRENCY, async (panel) => {
      await call('POST', `/reviews/panels/${panel.panelNo}/materials/close`, { token: expertById.get(panel.leader.id).token });
    });
    return `${sheets} sheets`;
  });

  // 7. Invitations: the best share by materials score is invited and the list published.
  let invited = [];
  await stage('7 invitations', async () => {
    const list = await call('GET', '/invitations', { token: secretariat });
    invited = list.items.slice(0, Math.round(list.items.length * INVITED_SHARE)).map((i) => i.applicationId);
    await call('POST', '/invitations', { token: secretariat, json: { applicationIds: invited } });
    await call('GET', '/public/invitations');
    return `${invited.length} of ${list.items.length} invited`;
  });
  return { draw, expertById, invited };
}
