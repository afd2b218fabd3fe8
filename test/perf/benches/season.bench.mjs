// A national-scale season through the HTTP API of the real built server: SEASON_TEAMS teams (default 5,000) spread
// over the 70 recommending units of Annex 2, SEASON_EXPERTS experts (default 300), stage by stage as the people of the
// activity would drive it, timing each stage. The campaign's windows are moved from stage to stage by the secretariat
// through PUT /campaigns/current/settings (the console's own call), so one server runs the whole season.
//   SEASON_TEAMS=1000 node test/perf/run.mjs season
// Environment: SEASON_TEAMS (5000), SEASON_EXPERTS (300), SEASON_PANEL_SIZE (5), SEASON_CONCURRENCY (32 requests in
// flight), SEASON_INVITED_SHARE (0.5), SEASON_DB (mariadb | sqlite), BENCH_SERVER_DIST (server/dist).
import { join } from 'node:path';
import { creditCodeCheckChar } from '@cacem/shared';
import { byRoute, createClient, forEachLimited } from '../lib/season-http.mjs';
import { pdfFixture as seasonPdf, pptxFixture as seasonPptx } from '../lib/upload-fixtures.mjs';
import { configDirInRegistration, cpuSeconds, sizeOf, startDatabase, startSeasonServer, today, WINDOWS } from '../lib/season-env.mjs';
import { rmSync } from 'node:fs';

export const name = 'season';
export const what = 'a national-scale season through the HTTP API (SEASON_TEAMS teams, 70 units, SEASON_EXPERTS experts) on MariaDB: wall time per stage';

const int = (key, fallback) => {
  const raw = process.env[key];
  return raw && /^\d+$/.test(raw) ? Number(raw) : fallback;
};
const TEAMS = int('SEASON_TEAMS', 5000);
const EXPERTS = int('SEASON_EXPERTS', 300);
const PANEL_SIZE = int('SEASON_PANEL_SIZE', 5);
const CONCURRENCY = int('SEASON_CONCURRENCY', 32);
const INVITED_SHARE = Number(process.env.SEASON_INVITED_SHARE ?? 0.5);
const DB = process.env.SEASON_DB === 'sqlite' ? 'sqlite' : 'mariadb';
const CARDS_PER_BULK = 500;
const SCREEN_PER_BULK = 1000;
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** A deterministic fraction in [0.45, 0.95) per application and expert, so scores differ (as in server/test/season.spec.ts). */
function fraction(applicationId, expertId, salt) {
  let h = (applicationId * 2654435761) ^ (expertId * 40503) ^ (salt * 97);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return 0.45 + (((h ^ (h >>> 16)) >>> 0) % 1000) / 2000;
}

/** Scores for every item of a rubric: each item's maximum times `f`, on the rubric's step. */
const fullSheet = (rubric, f) =>
  Object.fromEntries(rubric.categories.flatMap((c) => c.items).map((i) => [i.id, Math.round((i.max * f) / rubric.step) * rubric.step]));

const creditCode = (n) => {
  const body = `9111010${String(n).padStart(10, '0')}`;
  return body + creditCodeCheckChar(body);
};
const mobile = (prefix, n) => `${prefix}${String(n).padStart(8, '0')}`;
const fmt = (n, d = 1) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mb = (bytes) => `${fmt(bytes / 1024 / 1024, 1)} MB`;

export async function run({ log }) {
  const panelCount = Math.max(1, Math.min(100, Math.floor(EXPERTS / PANEL_SIZE)));
  log(`${TEAMS} teams, 70 units, ${EXPERTS} experts (${panelCount} panels of ${PANEL_SIZE}), ${CONCURRENCY} requests in flight, ${DB}`);
  const configDir = configDirInRegistration();
  const db = await startDatabase(DB, log);
  let server = null;
  const rows = [];
  try {
    server = await startSeasonServer({ CONFIG_DIR: configDir, SIMILARITY_AFTER_SCREENING_MS: process.env.SIMILARITY_AFTER_SCREENING_MS ?? '60000', ...db.serverEnv() });
    log(`server ${server.url} (pid ${server.pid}) from ${process.env.BENCH_SERVER_DIST ?? 'server/dist'}`);
    const http = createClient(server.url, { concurrency: CONCURRENCY });
    const { call, upload } = http;
    const stages = [];

    /** Runs one stage: wall time, requests, errors, and the CPU the server and the database used meanwhile. */
    const stage = async (label, body) => {
      http.setStage(label);
      const before = { calls: http.calls.length, errors: http.errors.length, retries: http.retries.length, server: cpuSeconds(server.pid), db: db.pid ? cpuSeconds(db.pid) : null };
      const t0 = performance.now();
      let note = '';
      try {
        note = (await body()) ?? '';
      } finally {
        const seconds = (performance.now() - t0) / 1000;
        const requests = http.calls.length - before.calls;
        const errors = http.errors.length - before.errors;
        const serverCpu = before.server === null ? null : cpuSeconds(server.pid) - before.server;
        const dbCpu = before.db === null ? null : cpuSeconds(db.pid) - before.db;
        const retried = http.retries.length - before.retries;
        if (retried) note += `${note ? '; ' : ''}${retried} sent again after 409 TRY_AGAIN / 503`;
        const longest = http.calls.slice(before.calls).reduce((a, c) => (a && a.ms >= c.ms ? a : c), null);
        if (longest) note += `${note ? '; ' : ''}longest ${longest.route} ${fmt(longest.ms / 1000)} s`;
        stages.push({ label, seconds, requests, errors, serverCpu, dbCpu, note });
        log(
          `${label.padEnd(34)} ${fmt(seconds).padStart(8)} s  ${String(requests).padStart(7)} req  ${fmt(requests / seconds).padStart(7)} req/s  ${errors} errors` +
            `${serverCpu === null ? '' : `  cpu server ${fmt(serverCpu)} s`}${dbCpu === null ? '' : ` db ${fmt(dbCpu)} s`}${note ? `  ${note}` : ''}`,
        );
        for (const e of http.errors.slice(before.errors, before.errors + 5)) log(`   ✗ ${e.method} ${e.path} → ${e.status}: ${e.body}`);
        if (errors > 5) log(`   … and ${errors - 5} more`);
      }
    };

    let failure = null;
    try {
      const login = async (username, password) => (await call('POST', '/auth/login', { json: { username, password } })).accessToken;
      const secretariat = await login('mishuchu', 'Demo@2026');
      const units = (await call('GET', '/recommending-units')).items;
      if (units.length !== 70) log(`note: ${units.length} recommending units, not 70`);
      const campaign = await call('GET', '/campaigns/current');
      /** The secretariat moves the campaign's windows so that today falls in `stageName` (the console's settings page). */
      const moveTo = async (stageName) => {
        const now = await call('GET', '/campaigns/current');
        const moved = await call('PUT', '/campaigns/current/settings', { token: secretariat, json: { settings: { ...now.settings, windows: WINDOWS[stageName]() } } });
        if (moved.stage !== stageName) throw new Error(`campaign stage is ${moved.stage}, not ${stageName}`);
      };
      if (campaign.stage !== 'registration') throw new Error(`campaign stage at start is ${campaign.stage}`);

      // 1. Registration cards: the secretariat issues one per enterprise, 500 names per bulk call (the endpoint's cap).
      const cards = [];
      await stage('1 registration cards', async () => {
        for (let i = 0; i < TEAMS; i += CARDS_PER_BULK) {
          const names = Array.from({ length: Math.min(CARDS_PER_BULK, TEAMS - i) }, (_, k) => `全国模拟建设工程有限公司${String(i + k + 1).padStart(5, '0')}`);
          const issued = await call('POST', '/registration-cards/bulk', { token: secretariat, json: { enterpriseNames: names } });
          if (issued.skipped.length) throw new Error(`cards skipped: ${JSON.stringify(issued.skipped.slice(0, 3))}`);
          cards.push(...issued.items);
        }
        return `${cards.length} cards`;
      });

      // 2. Registration: each enterprise logs in with its card, records its credit code, creates its team; a member
      // joins by invite code and logs an on-site activity record; the declarant fills the form, uploads PDF + PPTX, submits.
      const teams = [];
      await stage('2 registration (team → submit)', async () => {
        const { results, failed } = await forEachLimited(cards, CONCURRENCY, async (card, i) => {
          const unit = units[i % units.length];
          const teamName = `全国模拟班组${String(i + 1).padStart(5, '0')}`;
          const token = (await call('POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
          await call('PUT', '/enterprises/me/credit-code', { token, json: { creditCode: creditCode(500_000 + i) } });
          const team = await call('POST', '/teams', { token, json: { name: teamName, kind: 'construction_crew' } });
          const invite = await call('POST', `/teams/${team.id}/invites`, { token });
          const member = await call('POST', '/auth/join', { json: { inviteCode: invite.code, name: `成员${i + 1}`, mobile: mobile('135', i + 1) } });
          await call('POST', `/teams/${team.id}/activity-records`, {
            token: member.accessToken,
            json: { clientKey: `season-${i}-${Date.now().toString(36)}`, date: today(), kind: 'pre_shift_meeting', content: '班前会：交代质量要点', place: '施工现场', attendeeIds: [member.memberId] },
          });
          const application = await call('PUT', `/teams/${team.id}/application`, {
            token,
            json: {
              recommendingUnitId: unit.id,
              profile: { leaderName: '王建国', leaderMobile: mobile('138', i + 1), memberCount: 12, specialty: '钢筋工程', projectName: `全国模拟工程${i + 1}`, introduction: '班组坚持班前会与质量自检。' },
              declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
            },
          });
          await upload(`/applications/${application.id}/materials/pdf`, token, '申报材料.pdf', await seasonPdf(teamName), 'application/pdf');
          await upload(`/applications/${application.id}/materials/ppt`, token, '成果发布.pptx', seasonPptx(teamName), PPTX);
          await call('POST', `/applications/${application.id}/submit`, { token });
          return { applicationId: application.id, teamId: team.id, unitId: unit.id };
        });
        teams.push(...results.filter(Boolean));
        return `${teams.length} submitted${failed ? `, ${failed} teams stopped by an error` : ''}`;
      });

      // 3. Recommendation: the secretariat opens a contact for each of the 70 units; each contact logs in, pages through
      // its pending applications and recommends them.
      let recommended = 0;
      await stage('3 recommendation (70 units)', async () => {
        const { failed } = await forEachLimited(units, CONCURRENCY, async (unit) => {
          const contact = await call('POST', `/recommending-units/${unit.id}/contacts`, {
            token: secretariat,
            json: { displayName: `${unit.name.slice(0, 10)}联系人`, username: `season-unit-${unit.id}`, mobile: mobile('139', unit.id) },
          });
          const token = await login(contact.username, contact.password);
          const tried = new Set();
          for (;;) {
            const page = await call('GET', '/recommendation/applications?status=submitted&page=1&pageSize=200', { token });
            const fresh = page.items.filter((item) => !tried.has(item.id));
            if (fresh.length === 0) break;
            for (const item of fresh) {
              tried.add(item.id);
              await call('POST', `/applications/${item.id}/recommend`, { token, json: {} });
              recommended++;
            }
          }
        });
        return `${recommended} recommended${failed ? `, ${failed} units stopped by an error` : ''}`;
      });

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
      const panelExperts = (p) => [p.leader.id, ...p.members.map((m) => m.id)];

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

      // 8. Presentations: one session per panel today, one team absent per session, every expert scores the others live,
      // the leader closes the session.
      let presentationSheets = 0;
      await stage('8 presentations (sessions)', async () => {
        await moveTo('presentations');
        const invitedSet = new Set(invited);
        let rubric = null;
        await forEachLimited(draw.panels, CONCURRENCY, async (panel) => {
          const ids = panel.applications.map((a) => a.id).filter((id) => invitedSet.has(id));
          if (ids.length === 0) return;
          for (let s = 0; s * 200 < ids.length; s++) {
            const slice = ids.slice(s * 200, (s + 1) * 200);
            const session = await call('POST', '/presentation-sessions', {
              token: secretariat,
              json: { title: `第 ${panel.panelNo} 组第 ${s + 1} 场`, date: today(), venue: '北京·中国施工企业管理协会', panelNo: panel.panelNo, applicationIds: slice },
            });
            const leader = expertById.get(panel.leader.id);
            const absent = slice.length > 1 ? slice.slice(-1) : [];
            for (const id of absent) await call('POST', `/presentation-sessions/${session.id}/slots/${id}/absent`, { token: leader.token, json: { absent: true } });
            const present = slice.filter((id) => !absent.includes(id));
            // The panel's experts score side by side in the hall: each team in turn, all experts at once.
            for (const id of present) {
              await Promise.all(
                panelExperts(panel).map(async (expertId) => {
                  const expert = expertById.get(expertId);
                  if (!rubric) rubric = (await call('GET', `/reviews/${id}/presentation`, { token: expert.token })).rubric;
                  await call('POST', `/reviews/${id}/presentation/submit`, { token: expert.token, json: { scores: fullSheet(rubric, fraction(id, expertId, 2)) } });
                  presentationSheets++;
                }),
              );
            }
            await call('POST', `/presentation-sessions/${session.id}/close`, { token: leader.token });
          }
        });
        return `${presentationSheets} sheets`;
      });

      // 9. Grading: proposal under the caps, confirm, publish; the public list.
      let graded = 0;
      await stage('9 grading (propose/confirm/publish)', async () => {
        const proposal = await call('POST', '/grading/proposal', { token: secretariat });
        graded = proposal.items.length;
        await call('POST', '/grading/confirm', { token: secretariat });
        await call('POST', '/grading/publish', { token: secretariat });
        await call('GET', '/public/results');
        return `${graded} graded (${Object.entries(proposal.counts ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')})`;
      });

      // 10. Certificates: issued in one call; a sample verified publicly and downloaded.
      await stage('10 certificates', async () => {
        const issued = await call('POST', '/certificates/issue', { token: secretariat });
        const sample = issued.items.filter((_, k) => k % Math.max(1, Math.floor(issued.items.length / 20)) === 0).slice(0, 20);
        await forEachLimited(sample, CONCURRENCY, async (c) => {
          await call('GET', `/public/certificates/${encodeURIComponent(c.certificateNo)}`);
          await call('GET', `/certificates/${encodeURIComponent(c.certificateNo)}/pdf`, { token: secretariat, raw: true });
        });
        return `${issued.issued} issued`;
      });

    } catch (error) {
      // A stage that cannot go on (e.g. a 5xx on a call the rest depends on) ends the season here; the stages done are
      // still reported, with the error.
      failure = error;
      log(`season stopped: ${error instanceof Error ? error.message : String(error)}`);
    }

    // Totals, sizes, slow endpoints.
    const total = stages.reduce((s, x) => ({ seconds: s.seconds + x.seconds, requests: s.requests + x.requests, errors: s.errors + x.errors }), { seconds: 0, requests: 0, errors: 0 });
    const dbSize = await db.size(server.dataDir);
    const storage = sizeOf(join(server.dataDir, 'files'));
    log('');
    log(`${'stage'.padEnd(36)} ${'s'.padStart(8)} ${'requests'.padStart(9)} ${'req/s'.padStart(8)} ${'errors'.padStart(7)} ${'cpu srv s'.padStart(10)} ${'cpu db s'.padStart(9)}`);
    for (const s of [...stages, { label: 'total', ...total, serverCpu: null, dbCpu: null }]) {
      log(
        `${s.label.padEnd(36)} ${fmt(s.seconds).padStart(8)} ${String(s.requests).padStart(9)} ${fmt(s.requests / s.seconds).padStart(8)} ${String(s.errors).padStart(7)} ${(s.serverCpu === null ? '' : fmt(s.serverCpu)).padStart(10)} ${(s.dbCpu === null ? '' : fmt(s.dbCpu)).padStart(9)}`,
      );
    }
    log(`database: ${mb(dbSize.bytes)} (${dbSize.note})${dbSize.onDisk ? `, ${mb(dbSize.onDisk)} on disk` : ''}; storage (files/): ${mb(storage)}`);
    log('slowest endpoints by total time in flight:');
    for (const r of byRoute(http.calls).slice(0, 8)) {
      log(`  ${r.route.padEnd(52)} ${String(r.count).padStart(6)} calls  total ${fmt(r.totalS).padStart(7)} s  mean ${fmt(r.meanMs, 0).padStart(6)} ms  p95 ${fmt(r.p95Ms, 0).padStart(6)} ms  max ${fmt(r.maxMs, 0).padStart(6)} ms`);
    }
    if (http.retries.length) {
      log(`sent again (${http.retries.length}), as the mini-program does after a lock conflict or a 503:`);
      for (const r of http.retries.slice(0, 10)) log(`  [${r.stage}] ${r.method} ${r.path} → ${r.status}`);
    }
    if (http.errors.length) {
      log(`errors (${http.errors.length}):`);
      for (const e of http.errors.slice(0, 20)) log(`  [${e.stage}] ${e.method} ${e.path} → ${e.status}: ${e.body}`);
    }

    const scale = `${TEAMS} teams`;
    for (const s of stages) {
      rows.push({ case: `${scale}: ${s.label}`, metric: 'wall time', value: Number(s.seconds.toFixed(1)), unit: 's' });
      rows.push({ case: `${scale}: ${s.label}`, metric: 'requests/s', value: Number((s.requests / s.seconds).toFixed(1)), unit: 'req/s' });
    }
    rows.push({ case: `${scale}: whole season`, metric: 'wall time', value: Number(total.seconds.toFixed(1)), unit: 's' });
    rows.push({ case: `${scale}: whole season`, metric: 'requests', value: total.requests, unit: '' });
    rows.push({ case: `${scale}: whole season`, metric: 'errors (4xx/5xx)', value: total.errors, unit: '', target: '0', ok: total.errors === 0 });
    rows.push({ case: `${scale}: whole season`, metric: 'sent again (409 TRY_AGAIN / 503)', value: http.retries.length, unit: '' });
    rows.push({ case: `${scale}: database (${db.kind})`, metric: 'size', value: Number((dbSize.bytes / 1024 / 1024).toFixed(1)), unit: 'MB' });
    rows.push({ case: `${scale}: storage`, metric: 'size', value: Number((storage / 1024 / 1024).toFixed(1)), unit: 'MB' });
    for (const r of byRoute(http.calls).slice(0, 5)) rows.push({ case: `${scale}: slow endpoint ${r.route}`, metric: 'total in flight', value: Number(r.totalS.toFixed(1)), unit: 's' });
    if (failure) rows.push({ case: `${scale}: season stopped at “${stages.at(-1)?.label ?? 'start'}”`, metric: 'completed', value: 'no', unit: '', target: 'yes', ok: false });
    return rows;
  } finally {
    if (server) {
      const tail = server.output().split('\n').filter((l) => /error|warn|exception/i.test(l)).slice(-10);
      if (tail.length) log(`server log (warnings/errors, last ${tail.length}):\n${tail.join('\n')}`);
      await server.stop();
    }
    await db.stop();
    rmSync(configDir, { recursive: true, force: true });
  }
}
