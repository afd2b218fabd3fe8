import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { GRADES } from '@cacem/shared';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { Application } from '../src/modules/application/application.entity.js';
import { Expert } from '../src/modules/expert/expert.entity.js';
import { ScoreSheetEntity } from '../src/modules/review/score-sheet.entity.js';
import { drawnSeasonFactory, expertOf, fullSheet, PRESENTATIONS, type Season } from './support/review-factories.js';
import { call, TEST_DB, type TestApp, startTestApp } from './support/test-app.js';

// A whole season through the HTTP API, at the size the issue asks for: 300 teams from 20 recommending units, 40
// experts recommended by the same 20 units (so the draw's conflict rules bite), 8 panels of 5. It ends with
// certificates, and checks the caps and that no expert ever scored an application they are in conflict with.
const TEAMS = 300;
const UNITS = 20;
const EXPERTS = 40;
const PANELS = 8;
const PANEL_SIZE = 5;
const INVITED_SHARE = 0.7;
const ABSENT_PER_PANEL = 1;

type Rubric = { step: number; total: number; categories: Array<{ items: Array<{ id: string; max: number }> }> };
type Mine = { items: Array<{ applicationId: number; panelNo: number; role: string; materials: { canEdit: boolean } }> };

/** A deterministic fraction in [0.45, 0.95) per application and expert, so scores differ and ties are few but possible. */
function fraction(applicationId: number, expertId: number, salt: number): number {
  let h = (applicationId * 2654435761) ^ (expertId * 40503) ^ (salt * 97);
  h = Math.imul(h ^ (h >>> 15), 2246822507);
  h = Math.imul(h ^ (h >>> 13), 3266489909);
  return 0.45 + (((h ^ (h >>> 16)) >>> 0) % 1000) / 2000;
}

describe(`a whole season through the API (${TEAMS} teams, ${UNITS} units, ${EXPERTS} experts) on ${TEST_DB}`, () => {
  let t: TestApp;
  let s: Season;
  const timings: Array<[string, number]> = [];
  let mark = Date.now();
  const lap = (stage: string) => {
    const now = Date.now();
    timings.push([stage, now - mark]);
    mark = now;
  };

  const as = (token: string) => ({
    get: <T = Record<string, unknown>>(url: string) => call<T>(t.app, 'GET', `/api/v1${url}`, { token }),
    post: <T = Record<string, unknown>>(url: string, json: unknown = {}) => call<T>(t.app, 'POST', `/api/v1${url}`, { token, json }),
  });
  const ok = <T>(reply: { status: number; body: T }, status = 200): T => {
    if (reply.status !== status) throw new Error(`expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  };

  beforeAll(async () => {
    t = await startTestApp();
    mark = Date.now();
    s = await drawnSeasonFactory(t.app, {
      teams: TEAMS,
      teamUnits: UNITS,
      experts: EXPERTS,
      expertUnit: (j, unitIds) => unitIds[j % UNITS]!,
      panelCount: PANELS,
      panelSize: PANEL_SIZE,
      seed: 'season-2026',
      tag: 'S',
    });
    lap('registration, recommendation, screening, pool and draw');
  }, 900_000);

  afterAll(async () => {
    // One line of figures per stage, for whoever reads the test log.
    process.stdout.write(`season simulation on ${TEST_DB}: ${timings.map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`).join('; ')}\n`);
    await t?.close();
  });

  it('draws panels that cover every application with no conflicted expert', () => {
    const assigned = s.panels.flatMap((p) => p.applications.map((a) => a.id));
    expect(assigned.sort((a, b) => a - b)).toEqual(s.applications.map((a) => a.id).sort((a, b) => a - b));
    for (const panel of s.panels) {
      const units = new Set([panel.leader.id, ...panel.members.map((m) => m.id)].map((id) => expertOf(s, id).unitId));
      for (const a of panel.applications) expect(units.has(s.applications.find((x) => x.id === a.id)!.unitId)).toBe(false);
    }
  });

  it('scores every application blind on the phone API, and the leaders close their panels', async () => {
    let rubric: Rubric | null = null;
    for (const expert of s.experts) {
      const mine = ok(await as(expert.token).get<Mine>('/reviews/mine'));
      for (const item of mine.items) {
        rubric ??= ok(await as(expert.token).get<{ rubric: Rubric }>(`/reviews/${item.applicationId}/materials`)).rubric;
        ok(await as(expert.token).post(`/reviews/${item.applicationId}/materials/submit`, { scores: fullSheet(rubric, fraction(item.applicationId, expert.id, 1)) }));
      }
    }
    for (const panel of s.panels) {
      const closed = ok(await as(expertOf(s, panel.leader.id).token).post<{ reviewed: unknown[] }>(`/reviews/panels/${panel.panelNo}/materials/close`));
      expect(closed.reviewed).toHaveLength(panel.applications.length);
    }
    lap('materials review');
  }, 600_000);

  it('invites the best by materials score and publishes the list', async () => {
    const list = ok(await as(s.secretariat).get<{ items: Array<{ applicationId: number; rank: number }> }>('/invitations'));
    expect(list.items).toHaveLength(TEAMS);
    const invited = list.items.slice(0, Math.round(TEAMS * INVITED_SHARE)).map((i) => i.applicationId);
    ok(await as(s.secretariat).post('/invitations', { applicationIds: invited }));
    const open = ok(await call<{ items: unknown[] }>(t.app, 'GET', '/api/v1/public/invitations'));
    expect(open.items).toHaveLength(invited.length);
    lap('invitations');
  }, 300_000);

  it('holds one session per panel, scored live, with absent teams forfeited', async () => {
    t.app.get(Clock).travelTo(PRESENTATIONS);
    const statuses = new Map((await dataSourceOf(t.app).manager.find(Application, { select: { id: true, status: true } })).map((a) => [a.id, a.status]));
    let rubric: Rubric | null = null;
    for (const panel of s.panels) {
      const invited = panel.applications.map((a) => a.id).filter((id) => statuses.get(id) === 'invited');
      const session = ok(
        await as(s.secretariat).post<{ id: number }>('/presentation-sessions', {
          title: `第 ${panel.panelNo} 场`,
          date: `2026-08-${String(10 + panel.panelNo).padStart(2, '0')}`,
          venue: '北京·中国施工企业管理协会',
          panelNo: panel.panelNo,
          applicationIds: invited,
        }),
        201,
      );
      const leader = expertOf(s, panel.leader.id);
      const absent = invited.slice(-ABSENT_PER_PANEL);
      for (const id of absent) ok(await as(leader.token).post(`/presentation-sessions/${session.id}/slots/${id}/absent`, { absent: true }));
      for (const expertId of [panel.leader.id, ...panel.members.map((m) => m.id)]) {
        const expert = expertOf(s, expertId);
        for (const id of invited.filter((x) => !absent.includes(x))) {
          rubric ??= ok(await as(expert.token).get<{ rubric: Rubric }>(`/reviews/${id}/presentation`)).rubric;
          ok(await as(expert.token).post(`/reviews/${id}/presentation/submit`, { scores: fullSheet(rubric, fraction(id, expertId, 2)) }));
        }
      }
      const closed = ok(await as(leader.token).post<{ presented: unknown[]; forfeited: number[] }>(`/presentation-sessions/${session.id}/close`));
      expect(closed.forfeited).toEqual(absent);
      expect(closed.presented).toHaveLength(invited.length - absent.length);
    }
    lap('presentations');
  }, 600_000);

  it('grades under the caps, publishes, and issues a certificate anyone can verify', async () => {
    type Grading = { slots: { graded: number; excellent: number; exemplary: number }; counts: Record<string, number>; items: Array<{ applicationId: number; total: number; grade: string }> };
    const proposal = ok(await as(s.secretariat).post<Grading>('/grading/proposal'));
    const graded = proposal.slots.graded;
    const presented = Math.round(TEAMS * INVITED_SHARE) - PANELS * ABSENT_PER_PANEL;
    expect(graded).toBe(presented);
    expect(proposal.slots.excellent).toBe(Math.floor(0.1 * graded));
    expect(proposal.slots.exemplary).toBe(Math.floor(0.4 * graded));
    expect(proposal.counts.excellent).toBeLessThanOrEqual(proposal.slots.excellent);
    expect(proposal.counts.exemplary).toBeLessThanOrEqual(proposal.slots.exemplary);
    expect(proposal.counts.improving).toBeGreaterThanOrEqual(Math.ceil(0.5 * graded));
    // A higher total never ends in a lower grade.
    const order = (g: string) => GRADES.indexOf(g as (typeof GRADES)[number]);
    for (const a of proposal.items) for (const b of proposal.items) if (a.total > b.total) expect(order(a.grade)).toBeLessThanOrEqual(order(b.grade));
    ok(await as(s.secretariat).post('/grading/confirm'));
    ok(await as(s.secretariat).post('/grading/publish'));
    lap('grading');

    const issued = ok(await as(s.secretariat).post<{ issued: number; items: Array<{ certificateNo: string; applicationId: number; grade: string }> }>('/certificates/issue'));
    expect(issued.issued).toBe(graded);
    const numbers = new Set(issued.items.map((c) => c.certificateNo));
    expect(numbers.size).toBe(graded);
    const sample = issued.items[0]!;
    const verified = ok(await call<{ status: string; grade: string }>(t.app, 'GET', `/api/v1/public/certificates/${sample.certificateNo}`));
    expect(verified).toMatchObject({ status: 'valid', grade: sample.grade });
    const excellent = (await dataSourceOf(t.app).manager.countBy(Application, { status: 'certified' }));
    expect(excellent).toBe(graded);
    lap('certificates');
  }, 600_000);

  it('never let an expert score an application of their own unit or enterprise', async () => {
    const manager = dataSourceOf(t.app).manager;
    const sheets = await manager.find(ScoreSheetEntity, { select: { applicationId: true, expertId: true, status: true } });
    const experts = new Map((await manager.find(Expert)).map((e) => [e.id, e]));
    const applications = new Map((await manager.find(Application, { select: { id: true, enterpriseId: true, recommendingUnitId: true } })).map((a) => [a.id, a]));
    const expected = TEAMS * PANEL_SIZE + (Math.round(TEAMS * INVITED_SHARE) - PANELS * ABSENT_PER_PANEL) * PANEL_SIZE;
    expect(sheets.filter((x) => x.status === 'submitted')).toHaveLength(expected);
    const conflicted = sheets.filter((sheet) => {
      const e = experts.get(sheet.expertId)!;
      const a = applications.get(sheet.applicationId)!;
      return e.recommendingUnitId === a.recommendingUnitId || (e.enterpriseId !== null && e.enterpriseId === a.enterpriseId);
    });
    expect(conflicted).toEqual([]);
  });
});
