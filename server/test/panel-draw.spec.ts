import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { PanelDraw } from '../src/modules/panel/panel-draw.entity.js';
import { contactFactory, submittedApplicationFactory } from './support/recommendation-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type ErrorBody = { statusCode: number; code: string; message: string };
type Named = { id: number; name: string | null };
type PanelView = { panelNo: number; leader: Named; members: Named[]; applications: Array<{ id: number; teamName: string | null }> };
type DrawView = {
  id: number;
  seed: string;
  panelCount: number;
  panelSize: number;
  expertCount: number;
  applicationCount: number;
  verifiedAt: string | null;
  panels: PanelView[];
};
type Mine = {
  drawId: number | null;
  panels: Array<{ panelNo: number; role: string; roleLabel: string; leader: { name: string }; members: Array<{ name: string }>; applications: Array<{ id: number; teamName: string }> }>;
};

const REGISTRATION = new Date('2026-06-15T04:00:00Z');
const MATERIALS_REVIEW = new Date('2026-07-05T04:00:00Z');
const TEAMS = ['抽取一班', '抽取二班', '抽取三班'];

describe(`panel draw (抽取专家组) on ${TEST_DB}`, () => {
  let t: TestApp;
  let secretariat: string;
  let contactToken: string;
  let unitIds: number[];
  const experts: Array<{ id: number; name: string; unitId: number }> = [];
  let conflicted: { id: number; name: string };
  const applicationIds: number[] = [];

  const expertDto = (n: number, unitId: number, overrides: Record<string, unknown> = {}) => ({
    name: `抽取专家${n}`,
    mobile: `1360000${String(n).padStart(4, '0')}`,
    enterpriseName: `专家所在企业${n}`,
    recommendingUnitId: unitId,
    specialties: ['土建'],
    trainingStatus: 'trained',
    trainedAt: '2026-03-01',
    assessmentStatus: 'passed',
    assessedAt: '2026-03-15',
    ...overrides,
  });

  async function addExpert(n: number, unitId: number, overrides: Record<string, unknown> = {}) {
    const reply = await call<{ id: number; name: string }>(t.app, 'POST', '/api/v1/experts', { token: secretariat, json: expertDto(n, unitId, overrides) });
    if (reply.status !== 201) throw new Error(`expert failed: ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  async function expertToken(expertId: number) {
    const opened = await call<{ username: string; password: string }>(t.app, 'POST', `/api/v1/experts/${expertId}/account`, { token: secretariat, json: {} });
    if (opened.status !== 200) throw new Error(`account failed: ${JSON.stringify(opened.body)}`);
    return loginAccount(t.app, opened.body.username, opened.body.password);
  }

  const draw = (json: Record<string, unknown>) => call<DrawView>(t.app, 'POST', '/api/v1/draws', { token: secretariat, json });
  const verify = (id: number) => call<{ verified: boolean; differences?: unknown[] }>(t.app, 'POST', `/api/v1/draws/${id}/verify`, { token: secretariat });

  beforeAll(async () => {
    t = await startTestApp();
    secretariat = await loginAccount(t.app, 'mishuchu');
    unitIds = (await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items.map((u) => u.id);
    t.app.get(Clock).travelTo(REGISTRATION);
    const contact = await contactFactory(t.app, unitIds[0]!);
    contactToken = contact.token;
    for (const name of TEAMS) {
      const application = await submittedApplicationFactory(t.app, name);
      const reply = await call(t.app, 'POST', `/api/v1/applications/${application.applicationId}/recommend`, { token: contactToken, json: {} });
      if (reply.status !== 200) throw new Error(`recommend failed: ${JSON.stringify(reply.body)}`);
      applicationIds.push(application.applicationId);
    }
    t.app.get(Clock).travelTo(MATERIALS_REVIEW);
    for (const id of applicationIds) {
      const reply = await call(t.app, 'POST', `/api/v1/applications/${id}/screening`, { token: secretariat, json: { decision: 'pass' } });
      if (reply.status !== 200) throw new Error(`screening failed: ${JSON.stringify(reply.body)}`);
    }
    // Six drawable experts from other units, one from the applications' own unit, one not yet trained.
    for (let n = 1; n <= 6; n++) {
      const unitId = unitIds[1 + (n % 3)]!;
      experts.push({ ...(await addExpert(n, unitId)), unitId });
    }
    conflicted = await addExpert(7, unitIds[0]!);
    await addExpert(8, unitIds[1]!, { trainingStatus: 'pending', trainedAt: null, assessmentStatus: 'pending', assessedAt: null });
  });
  afterAll(async () => {
    await t.close();
  });

  it('draws from the drawable experts and the screened-in applications, storing the seed and both lists; verify re-runs it', async () => {
    const reply = await draw({ panelCount: 2, panelSize: 3, seed: '2026年度第一次抽取' });
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ seed: '2026年度第一次抽取', panelCount: 2, panelSize: 3, expertCount: 7, applicationCount: 3, verifiedAt: null });
    expect(reply.body.panels).toHaveLength(2);
    for (const panel of reply.body.panels) {
      expect(panel.members).toHaveLength(2);
      expect(panel.leader.name).toMatch(/^抽取专家/);
    }
    const assigned = reply.body.panels.flatMap((p) => p.applications);
    expect(assigned.map((a) => a.id).sort((a, b) => a - b)).toEqual([...applicationIds].sort((a, b) => a - b));
    expect(assigned.map((a) => a.teamName).sort()).toEqual([...TEAMS].sort());

    const stored = await dataSourceOf(t.app).manager.findOneByOrFail(PanelDraw, { id: reply.body.id });
    expect(stored.seed).toBe('2026年度第一次抽取');
    expect(stored.expertsSnapshot.map((e) => e.id).sort()).toEqual([...experts.map((e) => String(e.id)), String(conflicted.id)].sort());
    expect(stored.expertsSnapshot).toContainEqual({ id: String(conflicted.id), unitId: String(unitIds[0]) });
    expect(stored.applicationsSnapshot).toHaveLength(3);
    for (const a of stored.applicationsSnapshot) expect(a).toEqual({ id: expect.any(String), enterpriseId: expect.any(String), unitId: String(unitIds[0]) });
    expect(stored.result.panels).toHaveLength(2);
    const audit = await dataSourceOf(t.app).manager.findOneByOrFail(AuditEntry, { action: 'panel.draw', entityId: String(reply.body.id) });
    expect(audit.after).toMatchObject({ seed: '2026年度第一次抽取', result: stored.result });

    const checked = await verify(reply.body.id);
    expect(checked.status).toBe(200);
    expect(checked.body).toEqual({ verified: true });
    const fetched = await call<DrawView>(t.app, 'GET', `/api/v1/draws/${reply.body.id}`, { token: secretariat });
    expect(fetched.body.verifiedAt).not.toBeNull();
    expect(fetched.body.panels).toEqual(reply.body.panels);
    const listed = await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/draws', { token: secretariat });
    expect(listed.body.items.map((d) => d.id)).toContain(reply.body.id);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });

  it('defaults the seed to 128 random bits in hex', async () => {
    const reply = await draw({ panelCount: 1, panelSize: 2 });
    expect(reply.status).toBe(201);
    expect(reply.body.seed).toMatch(/^[0-9a-f]{32}$/);
    expect((await verify(reply.body.id)).body).toEqual({ verified: true });
  });

  it('keeps an expert off the applications recommended by the expert’s own unit (回避)', async () => {
    // Four one-expert panels for three applications: a panel may review none, so the conflicted expert (of the unit
    // that recommended all three) can be drawn — 4 of the 7 drawable experts are — and must then review nothing.
    // (With two panels of three, every panel must take one or two, so a draw with that expert can never be balanced
    // and is re-drawn: the conflicted expert is never drawn at all — checked below too.)
    let drawnWithConflicted = 0;
    for (let n = 1; n <= 12; n++) {
      const reply = await draw({ panelCount: 4, panelSize: 1, seed: `回避-${n}` });
      expect(reply.status).toBe(201);
      expect(reply.body.panels.flatMap((p) => p.applications.map((a) => a.id)).sort((a, b) => a - b)).toEqual([...applicationIds].sort((a, b) => a - b));
      const own = reply.body.panels.find((panel) => panel.leader.id === conflicted.id);
      if (!own) continue;
      drawnWithConflicted++;
      expect(own.applications).toEqual([]);
      expect(reply.body.panels.filter((panel) => panel !== own).map((panel) => panel.applications.length)).toEqual([1, 1, 1]);
    }
    // The case above was reached (the chance that 12 seeds all leave the expert out is (3/7)^12 ≈ 4e-5, and the draw
    // is deterministic for given ids, so this does not flake).
    expect(drawnWithConflicted).toBeGreaterThan(0);

    for (const seed of ['回避-a', '回避-b', '回避-c']) {
      const reply = await draw({ panelCount: 2, panelSize: 3, seed });
      expect(reply.status).toBe(201);
      const drawn = reply.body.panels.flatMap((panel) => [panel.leader.id, ...panel.members.map((m) => m.id)]);
      expect(drawn).not.toContain(conflicted.id);
    }
  });

  it('verify answers false once the stored result has been altered', async () => {
    const reply = await draw({ panelCount: 2, panelSize: 2, seed: 'tamper' });
    const manager = dataSourceOf(t.app).manager;
    const stored = await manager.findOneByOrFail(PanelDraw, { id: reply.body.id });
    const [first, second] = stored.result.panels;
    await manager.update(PanelDraw, { id: stored.id }, { result: { panels: [{ ...first!, leaderId: second!.leaderId }, { ...second!, leaderId: first!.leaderId }] } });
    const checked = await verify(reply.body.id);
    expect(checked.status).toBe(200);
    expect(checked.body.verified).toBe(false);
    expect(checked.body.differences).toHaveLength(2);
    expect((await manager.findOneByOrFail(PanelDraw, { id: stored.id })).verifiedAt).toBeNull();
    const audit = await manager.findOneByOrFail(AuditEntry, { action: 'panel.verify', entityId: String(reply.body.id) });
    expect(audit.after).toMatchObject({ verified: false });
  });

  it('shows an expert only their own panel of the latest draw', async () => {
    const reply = await draw({ panelCount: 2, panelSize: 2, seed: '专家查看' });
    const [own, other] = reply.body.panels;
    const token = await expertToken(own!.members[0]!.id);
    const mine = await call<Mine>(t.app, 'GET', '/api/v1/panels/mine', { token });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ drawId: reply.body.id });
    expect(mine.body.panels).toEqual([
      {
        panelNo: 1,
        role: 'member',
        roleLabel: '组员',
        leader: { name: own!.leader.name },
        members: own!.members.map((m) => ({ name: m.name })),
        applications: own!.applications,
      },
    ]);
    const text = JSON.stringify(mine.body);
    for (const expert of [other!.leader, ...other!.members]) expect(text).not.toContain(expert.name!);
    for (const application of other!.applications) expect(text).not.toContain(application.teamName!);
    expect(text).not.toMatch(/score|分数/i);

    const leaderToken = await expertToken(other!.leader.id);
    const leaderView = await call<Mine>(t.app, 'GET', '/api/v1/panels/mine', { token: leaderToken });
    expect(leaderView.body.panels).toMatchObject([{ panelNo: 2, role: 'leader', roleLabel: '组长' }]);

    const drawnIds = reply.body.panels.flatMap((p) => [p.leader.id, ...p.members.map((m) => m.id)]);
    const undrawn = experts.find((e) => !drawnIds.includes(e.id))!;
    const undrawnView = await call<Mine>(t.app, 'GET', '/api/v1/panels/mine', { token: await expertToken(undrawn.id) });
    expect(undrawnView.body).toMatchObject({ drawId: reply.body.id, panels: [] });
  });

  it('refuses a draw needing more experts than are drawable, storing nothing', async () => {
    const manager = dataSourceOf(t.app).manager;
    const before = await manager.count(PanelDraw);
    const reply = await call<ErrorBody>(t.app, 'POST', '/api/v1/draws', { token: secretariat, json: { panelCount: 3, panelSize: 3 } });
    expect(reply.body).toMatchObject({ statusCode: 409, code: 'DRAW_NOT_ENOUGH_EXPERTS' });
    expect(reply.body.message).toContain('7');
    expect(await manager.count(PanelDraw)).toBe(before);
    const bad = await call<ErrorBody>(t.app, 'POST', '/api/v1/draws', { token: secretariat, json: { panelCount: 0, panelSize: 2 } });
    expect(bad.body).toMatchObject({ statusCode: 422 });
  });

  it('answers 403 to everyone but the secretariat, and /panels/mine only to experts', async () => {
    const expert = await expertToken(experts[0]!.id);
    for (const token of [contactToken, expert]) {
      for (const [method, url] of [
        ['POST', '/api/v1/draws'],
        ['GET', '/api/v1/draws'],
        ['GET', '/api/v1/draws/1'],
        ['POST', '/api/v1/draws/1/verify'],
      ] as const) {
        const reply = await call<ErrorBody>(t.app, method, url, { token, json: method === 'POST' ? { panelCount: 1, panelSize: 1 } : undefined });
        expect(reply.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      }
    }
    for (const token of [secretariat, contactToken]) {
      expect((await call<ErrorBody>(t.app, 'GET', '/api/v1/panels/mine', { token })).body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
    }
    expect((await call(t.app, 'GET', '/api/v1/draws')).status).toBe(401);
    expect((await call<ErrorBody>(t.app, 'GET', '/api/v1/draws/999999', { token: secretariat })).body).toMatchObject({ statusCode: 404 });
  });
});
