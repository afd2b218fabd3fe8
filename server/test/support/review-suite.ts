import { afterAll, beforeAll, expect } from '@jest/globals';
import { type ErrorBody } from './error-body.js';
import { drawnSeasonFactory, expertOf, fullSheet, type Season } from './review-factories.js';
import { call, startTestApp, type TestApp } from './test-app.js';

/*
 * The review suites' season and requests (test/review-scoring.spec.ts, test/review-presentations.spec.ts): one app per
 * file with six teams drawn to two panels of three, panel 1 and panel 2 named by their applications and experts.
 */

export type Rubric = { step: number; total: number; categories: Array<{ id: string; items: Array<{ id: string; max: number; title: string }> }> };
export type SheetReply = { rubric: Rubric; sheet: { status: string; total: number | null; scores: Record<string, number>; returnReason: string | null; version: number }; canEdit: boolean; role: string };

/** Refusals of a sheet name each item's problem in `details`. */
export type ReviewError = ErrorBody<Array<{ field: string; code: string; message: string }>>;

export interface ReviewSuite {
  t: TestApp;
  s: Season;
  /** The materials rubric. */
  rubric: Rubric;
  // Panel 1's applications and experts.
  apps1: number[];
  leader1: { id: number; token: string };
  members1: Array<{ id: number; token: string }>;
  apps2: number[];
  leader2: { id: number; token: string };
}

/** Starts the suite's app and draws its season before its tests (hooks of the calling describe). */
export function reviewSuite(): ReviewSuite {
  const suite = {} as ReviewSuite;
  beforeAll(async () => {
    const t = await startTestApp();
    const s = await drawnSeasonFactory(t.app, { teams: 6, teamUnits: 2, experts: 6, panelCount: 2, panelSize: 3, tag: 'R' });
    const [p1, p2] = s.panels;
    Object.assign(suite, {
      t,
      s,
      apps1: p1!.applications.map((a) => a.id),
      apps2: p2!.applications.map((a) => a.id),
      leader1: expertOf(s, p1!.leader.id),
      members1: p1!.members.map((m) => expertOf(s, m.id)),
      leader2: expertOf(s, p2!.leader.id),
    });
    const sheet = await reviewRequests(suite).as(suite.leader1.token).get<SheetReply>(`/reviews/${suite.apps1[0]}/materials`);
    suite.rubric = sheet.body.rubric;
  }, 180_000);
  afterAll(async () => {
    await suite.t?.close();
  });
  return suite;
}

/** Requests as a caller, the application as its team reads it, and whole sheets submitted by several experts. */
export function reviewRequests(suite: ReviewSuite) {
  const as = (token: string) => ({
    get: <T = Record<string, unknown>>(url: string) => call<T>(suite.t.app, 'GET', `/api/v1${url}`, { token }),
    put: <T = Record<string, unknown>>(url: string, json: unknown) => call<T>(suite.t.app, 'PUT', `/api/v1${url}`, { token, json }),
    post: <T = Record<string, unknown>>(url: string, json: unknown = {}) => call<T>(suite.t.app, 'POST', `/api/v1${url}`, { token, json }),
  });
  /** The application as its declarant reads it. */
  const teamView = <T>(applicationId: number) => {
    const team = suite.s.applications.find((a) => a.id === applicationId)!;
    return as(team.declarantToken).get<T>(`/teams/${team.teamId}/application`);
  };
  const submitAll = async (applicationId: number, experts: Array<{ token: string }>, fraction: (k: number) => number, kind = 'materials', r = suite.rubric) => {
    for (const [k, e] of experts.entries()) {
      const reply = await as(e.token).post(`/reviews/${applicationId}/${kind}/submit`, { scores: fullSheet(r, fraction(k)) });
      expect(reply.status).toBe(200);
    }
  };
  return { as, teamView, submitAll };
}
