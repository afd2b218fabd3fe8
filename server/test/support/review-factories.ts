import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../../src/common/clock.js';
import { contactFactory, submittedApplicationFactory } from './recommendation-factories.js';
import { call, loginAccount } from './test-app.js';

export const REGISTRATION = new Date('2026-06-15T04:00:00Z');
export const MATERIALS_REVIEW = new Date('2026-07-10T04:00:00Z');
export const PRESENTATIONS = new Date('2026-08-20T04:00:00Z');
const REGISTRATION_BATCH = 8;

export interface SeasonApplication {
  id: number;
  teamId: number;
  unitId: number;
  declarantToken: string;
  teamName: string;
}

export interface SeasonExpert {
  id: number;
  name: string;
  unitId: number;
  token: string;
}

export interface DrawPanel {
  panelNo: number;
  leader: { id: number; name: string | null };
  members: Array<{ id: number; name: string | null }>;
  applications: Array<{ id: number; teamName: string | null }>;
}

export interface Season {
  secretariat: string;
  unitIds: number[];
  applications: SeasonApplication[];
  experts: SeasonExpert[];
  drawId: number;
  panels: DrawPanel[];
}

export interface SeasonOptions {
  teams: number;
  /** Recommending units the teams come from (the first n of Annex 2). */
  teamUnits: number;
  experts: number;
  /** Which unit recommends expert j (default: units the teams do not come from, so there is no unit conflict at all). */
  expertUnit?: (j: number, unitIds: number[]) => number;
  panelCount: number;
  panelSize: number;
  seed?: string;
  /** Tag for names, so two seasons in one database do not collide. */
  tag?: string;
}

function ok<T>(reply: { status: number; body: T }, expected: number, what: string): T {
  if (reply.status !== expected) throw new Error(`${what} failed (${reply.status}): ${JSON.stringify(reply.body)}`);
  return reply.body;
}

/**
 * A season up to the panel draw, through the HTTP API: teams registered, submitted and recommended by their units'
 * contacts in the registration window, screened in, experts in the pool with accounts, panels drawn. Leaves the clock
 * in the materials-review window.
 */
export async function drawnSeasonFactory(app: NestFastifyApplication, options: SeasonOptions): Promise<Season> {
  const clock = app.get(Clock);
  const tag = options.tag ?? '';
  const secretariat = await loginAccount(app, 'mishuchu');
  const unitIds = ok(await call<{ items: Array<{ id: number }> }>(app, 'GET', '/api/v1/recommending-units'), 200, 'units').items.map((u) => u.id);
  clock.travelTo(REGISTRATION);
  const contacts = new Map<number, string>();
  for (const unitId of unitIds.slice(0, options.teamUnits)) contacts.set(unitId, (await contactFactory(app, unitId, `联系人${unitId}`)).token);
  const register = async (i: number): Promise<SeasonApplication> => {
    const unitId = unitIds[i % options.teamUnits]!;
    const teamName = `评审${tag}班组${String(i + 1).padStart(3, '0')}`;
    const draft = await submittedApplicationFactory(app, teamName, unitId);
    ok(await call(app, 'POST', `/api/v1/applications/${draft.applicationId}/recommend`, { token: contacts.get(unitId)!, json: {} }), 200, 'recommend');
    return { id: draft.applicationId, teamId: draft.teamId, unitId, declarantToken: draft.token, teamName };
  };
  // A few teams at a time, as at the deadline: password hashing runs on the thread pool, so this is several times faster.
  const applications: SeasonApplication[] = [];
  for (let i = 0; i < options.teams; i += REGISTRATION_BATCH) {
    const batch = Array.from({ length: Math.min(REGISTRATION_BATCH, options.teams - i) }, (_, k) => register(i + k));
    applications.push(...(await Promise.all(batch)));
  }
  clock.travelTo(MATERIALS_REVIEW);
  const passed = ok(
    await call<{ passed: number[]; skipped: unknown[] }>(app, 'POST', '/api/v1/screening/bulk-pass', { token: secretariat, json: { applicationIds: applications.map((a) => a.id) } }),
    200,
    'bulk pass',
  );
  if (passed.passed.length !== applications.length) throw new Error(`screening skipped: ${JSON.stringify(passed.skipped)}`);
  const otherUnits = unitIds.slice(options.teamUnits);
  const expertUnit = options.expertUnit ?? ((j: number) => otherUnits[j % otherUnits.length]!);
  const experts: SeasonExpert[] = [];
  for (let j = 0; j < options.experts; j++) {
    const unitId = expertUnit(j, unitIds);
    const name = `评审${tag}专家${String(j + 1).padStart(2, '0')}`;
    const expert = ok(
      await call<{ id: number }>(app, 'POST', '/api/v1/experts', {
        token: secretariat,
        json: {
          name,
          mobile: `137${String(Math.abs(hash(tag)) % 100).padStart(2, '0')}${String(j + 1).padStart(6, '0')}`,
          enterpriseName: `专家${tag}所在企业${j + 1}`,
          recommendingUnitId: unitId,
          specialties: ['土建'],
          trainingStatus: 'trained',
          trainedAt: '2026-03-01',
          assessmentStatus: 'passed',
          assessedAt: '2026-03-15',
        },
      }),
      201,
      'expert',
    );
    const account = ok(await call<{ username: string; password: string }>(app, 'POST', `/api/v1/experts/${expert.id}/account`, { token: secretariat, json: {} }), 200, 'account');
    experts.push({ id: expert.id, name, unitId, token: await loginAccount(app, account.username, account.password) });
  }
  const draw = ok(
    await call<{ id: number; panels: DrawPanel[] }>(app, 'POST', '/api/v1/draws', {
      token: secretariat,
      json: { panelCount: options.panelCount, panelSize: options.panelSize, seed: options.seed ?? `season-${tag}` },
    }),
    201,
    'draw',
  );
  return { secretariat, unitIds, applications, experts, drawId: draw.id, panels: draw.panels };
}

function hash(text: string): number {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

/** Scores for every item of a rubric: each item's maximum times `fraction`, on the step. */
export function fullSheet(rubric: { step: number; categories: Array<{ items: Array<{ id: string; max: number }> }> }, fraction: number): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const item of rubric.categories.flatMap((c) => c.items)) {
    scores[item.id] = Math.round((item.max * fraction) / rubric.step) * rubric.step;
  }
  return scores;
}

export const expertOf = (season: Season, id: number): SeasonExpert => {
  const expert = season.experts.find((e) => e.id === id);
  if (!expert) throw new Error(`expert ${id} not in season`);
  return expert;
};
