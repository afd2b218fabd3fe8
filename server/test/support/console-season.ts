import { expect } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Clock } from '../../src/common/clock.js';
import { draftApplicationFactory } from './factories.js';
import { contactFactory, submittedApplicationFactory } from './recommendation-factories.js';
import { drawnSeasonFactory, expertOf, fullSheet, MATERIALS_REVIEW, REGISTRATION, type Season } from './review-factories.js';
import { call } from './test-app.js';

/*
 * The secretariat desk console's season (test/console.spec.ts): two panels drawn, panel 1 scored in full and closed,
 * panel 2 half scored and open, and off the main road an application declined by its unit, one waiting for its unit
 * and a draft of a third unit. Also the console's answers as the suite reads them.
 */

type Rubric = { step: number; total: number; categories: Array<{ id: string; items: Array<{ id: string; max: number; title: string }> }> };
export type Box = { panelNo: number; n: number; min: number; q1: number; median: number; q3: number; max: number; mean: number };
export type Dashboard = {
  campaign: { year: number; name: string; stage: string; stageLabel: string };
  funnel: Array<{ key: string; label: string; count: number }>;
  statusCounts: Array<{ status: string; label: string; count: number }>;
  perUnit: Array<{ unitId: number; seq: number; name: string; submitted: number; recommended: number; screenedIn: number; graded: number }>;
  scoreBoxes: { materials: Box[]; presentation: Box[] };
  grades: { graded: number; caps: Record<string, number>; slots: { excellent: number; exemplary: number }; counts: Record<string, number> };
};
export type ConsoleItem = {
  id: number;
  teamName: string;
  enterpriseName: string;
  unit: { id: number; seq: number; name: string } | null;
  status: string;
  statusLabel: string;
  submittedAt: string | null;
  materialsScore: number | null;
  presentationScore: number | null;
  total: number | null;
  grade: string | null;
  gradeLabel: string | null;
  certificateNo: string | null;
};
export type Paged<T> = { items: T[]; total: number; page: number; pageSize: number };
export type AuditItem = { id: number; at: string; actor: string; actorLabel: string; action: string; entity: string; entityId: string; before: unknown; after: unknown };
export type OutboxPage = Paged<{ id: number; recipientType: string; recipientId: number; template: string; status: string; attempts: number; nextAttemptAt: string; lastError: string | null; sentAt: string | null }> & {
  counts: Record<string, number>;
};

/** Linear interpolation between closest ranks, as a spreadsheet's QUARTILE.INC, worked out here independently. */
export function byHand(values: number[]) {
  const v = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const pos = (v.length - 1) * p;
    const lo = Math.floor(pos);
    return v[lo]! + (v[Math.min(lo + 1, v.length - 1)]! - v[lo]!) * (pos - lo);
  };
  const r = (x: number) => Math.round(x * 100) / 100;
  return { n: v.length, min: v[0]!, q1: r(at(0.25)), median: r(at(0.5)), q3: r(at(0.75)), max: v[v.length - 1]!, mean: r(v.reduce((a, b) => a + b, 0) / v.length) };
}

const sum = (scores: Record<string, number>) => Object.values(scores).reduce((a, b) => a + b, 0);

export interface ConsoleSeason {
  s: Season;
  /** Panel 1's applications. */
  apps1: number[];
  /** Every submitted sheet's total, per panel. */
  panel1Totals: number[];
  panel2Totals: number[];
  /** Panel 1's materials scores as its close answered them, by application. */
  closedScores: Map<number, number>;
  /** The first unit's contact. */
  recommender: string;
  declinedId: number;
  waitingId: number;
}

export async function consoleSeasonFactory(app: NestFastifyApplication): Promise<ConsoleSeason> {
  const get = <T = Record<string, unknown>>(url: string, token: string) => call<T>(app, 'GET', `/api/v1${url}`, { token });
  const post = <T = Record<string, unknown>>(token: string, url: string, json: unknown = {}) => call<T>(app, 'POST', `/api/v1${url}`, { token, json });
  const s = await drawnSeasonFactory(app, { teams: 6, teamUnits: 2, experts: 6, panelCount: 2, panelSize: 3, tag: 'C' });
  const clock = app.get(Clock);
  // Off the main road: one declined by its unit, one left waiting for its unit, one never submitted (a third unit).
  clock.travelTo(REGISTRATION);
  const recommender = (await contactFactory(app, s.unitIds[0]!, '工作台联系人')).token;
  const declinedId = (await submittedApplicationFactory(app, '工作台未推荐班组', s.unitIds[0]!)).applicationId;
  const declined = await post(recommender, `/applications/${declinedId}/decline`, { reason: '本单位名额已满' });
  expect(declined.status).toBe(200);
  const waitingId = (await submittedApplicationFactory(app, '工作台待推荐班组', s.unitIds[1]!)).applicationId;
  await draftApplicationFactory(app, { teamName: '工作台草稿班组', unitId: s.unitIds[2]! });
  clock.travelTo(MATERIALS_REVIEW);

  const [p1, p2] = s.panels;
  const apps1 = p1!.applications.map((a) => a.id);
  const apps2 = p2!.applications.map((a) => a.id);
  const experts1 = [p1!.leader, ...p1!.members].map((e) => expertOf(s, e.id));
  const experts2 = [p2!.leader, ...p2!.members].map((e) => expertOf(s, e.id));
  const rubric = (await get<{ rubric: Rubric }>(`/reviews/${apps1[0]}/materials`, experts1[0]!.token)).body.rubric;
  const panel1Totals: number[] = [];
  for (const [j, id] of apps1.entries()) {
    for (const [k, e] of experts1.entries()) {
      const scores = fullSheet(rubric, 0.5 + 0.1 * j + 0.05 * k);
      expect((await post(e.token, `/reviews/${id}/materials/submit`, { scores })).status).toBe(200);
      panel1Totals.push(sum(scores));
    }
  }
  // Panel 2: two sheets of its first application only, and the panel stays open.
  const panel2Totals: number[] = [];
  for (const [k, e] of experts2.slice(0, 2).entries()) {
    const scores = fullSheet(rubric, 0.7 - 0.15 * k);
    expect((await post(e.token, `/reviews/${apps2[0]}/materials/submit`, { scores })).status).toBe(200);
    panel2Totals.push(sum(scores));
  }
  const closed = await post<{ reviewed: Array<{ applicationId: number; score: number }> }>(experts1[0]!.token, `/reviews/panels/${p1!.panelNo}/materials/close`);
  expect(closed.status).toBe(200);
  const closedScores = new Map(closed.body.reviewed.map((r) => [r.applicationId, r.score]));
  return { s, apps1, panel1Totals, panel2Totals, closedScores, recommender, declinedId, waitingId };
}
