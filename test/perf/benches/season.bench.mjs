// A national-scale season through the HTTP API of the real built server: SEASON_TEAMS teams (default 5,000) spread
// over the 70 recommending units of Annex 2, SEASON_EXPERTS experts (default 300), stage by stage as the people of the
// activity would drive it, timing each stage. The campaign's windows are moved from stage to stage by the secretariat
// through PUT /campaigns/current/settings (the console's own call), so one server runs the whole season.
//   SEASON_TEAMS=1000 node test/perf/run.mjs season
// Environment: SEASON_TEAMS (5000), SEASON_EXPERTS (300), SEASON_PANEL_SIZE (5), SEASON_CONCURRENCY (32 requests in
// flight), SEASON_INVITED_SHARE (0.5), SEASON_DB (mariadb | sqlite), BENCH_SERVER_DIST (server/dist).
// The stages are in ../lib/season-registration.mjs (1–3), season-review.mjs (4–7) and season-finals.mjs (8–10); the
// stopwatch and the report in ../lib/season-report.mjs.
import { rmSync } from 'node:fs';
import { createClient } from '../lib/season-http.mjs';
import { configDirInRegistration, startDatabase, startSeasonServer, WINDOWS } from '../lib/season-env.mjs';
import { presentationStages } from '../lib/season-finals.mjs';
import { registrationStages } from '../lib/season-registration.mjs';
import { createStageTimer, reportSeason } from '../lib/season-report.mjs';
import { materialsReviewStages } from '../lib/season-review.mjs';

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

export async function run({ log }) {
  const panelCount = Math.max(1, Math.min(100, Math.floor(EXPERTS / PANEL_SIZE)));
  log(`${TEAMS} teams, 70 units, ${EXPERTS} experts (${panelCount} panels of ${PANEL_SIZE}), ${CONCURRENCY} requests in flight, ${DB}`);
  const configDir = configDirInRegistration();
  const db = await startDatabase(DB, log);
  let server = null;
  try {
    server = await startSeasonServer({ CONFIG_DIR: configDir, SIMILARITY_AFTER_SCREENING_MS: process.env.SIMILARITY_AFTER_SCREENING_MS ?? '60000', ...db.serverEnv() });
    log(`server ${server.url} (pid ${server.pid}) from ${process.env.BENCH_SERVER_DIST ?? 'server/dist'}`);
    const http = createClient(server.url, { concurrency: CONCURRENCY });
    const { call, upload } = http;
    const { stage, stages } = createStageTimer({ http, server, db, log });

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
      const season = { call, upload, login, secretariat, units, moveTo, stage, log, settings: { TEAMS, EXPERTS, PANEL_SIZE, CONCURRENCY, INVITED_SHARE, panelCount } };
      const teams = await registrationStages(season);
      const reviewed = await materialsReviewStages(season, teams);
      await presentationStages(season, reviewed);
    } catch (error) {
      // A stage that cannot go on (e.g. a 5xx on a call the rest depends on) ends the season here; the stages done are
      // still reported, with the error.
      failure = error;
      log(`season stopped: ${error instanceof Error ? error.message : String(error)}`);
    }

    return await reportSeason({ http, server, db, log, stages, failure, teams: TEAMS });
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
