import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { Material } from '../src/modules/material/material.entity.js';
import { StorageService } from '../src/storage/storage.service.js';
import { contactFactory, submittedApplicationFactory } from './support/recommendation-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type Problem = { code: string; message: string };
type Item = {
  id: number;
  status: string;
  statusLabel: string;
  team: { id: number; name: string };
  enterprise: { id: number; name: string };
  unit: { id: number; seq: number; name: string } | null;
  decisionReason: string | null;
  checks: { clean: boolean; problems: Problem[] };
};
type List = { items: Item[]; total: number; window: { opens: string; closes: string; open: boolean } };
type ErrorBody = { statusCode: number; code: string; message: string; field?: string; details?: { problems: Problem[] } };

const REGISTRATION = new Date('2026-06-15T04:00:00Z');
const MATERIALS_REVIEW = new Date('2026-07-05T04:00:00Z');

describe(`screening (初选) on ${TEST_DB}`, () => {
  let t: TestApp;
  let unitId: number;
  let secretariat: string;
  let contact: Awaited<ReturnType<typeof contactFactory>>;

  /** Applications submitted and recommended by the first unit in June; the clock is then in July's materials review. */
  async function recommended(...names: string[]) {
    t.app.get(Clock).travelTo(REGISTRATION);
    const made = [];
    for (const name of names) {
      const application = await submittedApplicationFactory(t.app, name);
      const reply = await call(t.app, 'POST', `/api/v1/applications/${application.applicationId}/recommend`, { token: contact.token, json: {} });
      if (reply.status !== 200) throw new Error(`recommend failed: ${JSON.stringify(reply.body)}`);
      made.push(application);
    }
    t.app.get(Clock).travelTo(MATERIALS_REVIEW);
    return made;
  }

  /**
   * Points the application's current PDF at an object that is not in storage, as if its file had been lost. (Storage
   * is content-addressed, so deleting the object itself would take every application's copy of the fixture with it.)
   */
  async function losePdf(applicationId: number) {
    const manager = dataSourceOf(t.app).manager;
    const [pdf] = await manager.find(Material, { where: { applicationId, kind: 'pdf' }, order: { version: 'DESC' }, take: 1 });
    const storageKey = `objects/00/${randomBytes(32).toString('hex')}`;
    await manager.update(Material, { id: pdf!.id }, { storageKey });
    expect(await t.app.get(StorageService).exists(storageKey)).toBe(false);
    return pdf!.originalName;
  }

  const list = (query: string) => call<List>(t.app, 'GET', `/api/v1/screening/applications?unitId=${unitId}&${query}`, { token: secretariat });

  beforeAll(async () => {
    t = await startTestApp();
    unitId = (await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items[0]!.id;
    secretariat = await loginAccount(t.app, 'mishuchu');
    t.app.get(Clock).travelTo(REGISTRATION);
    contact = await contactFactory(t.app, unitId);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists recommended applications with their automatic checks: a clean one, and one whose file is gone', async () => {
    const [clean, broken] = await recommended('钢筋一班', '模板二班');
    const lost = await losePdf(broken!.applicationId);

    const reply = await list('status=recommended&pageSize=200');
    expect(reply.status).toBe(200);
    expect(reply.body.window).toEqual({ opens: '2026-07-01', closes: '2026-07-31', open: true });
    const byId = new Map(reply.body.items.map((i) => [i.id, i]));
    expect(byId.get(clean!.applicationId)).toMatchObject({
      status: 'recommended',
      statusLabel: '已推荐',
      team: { name: '钢筋一班' },
      enterprise: { name: clean!.declarant.enterpriseName },
      unit: { id: unitId, seq: 1 },
      checks: { clean: true, problems: [] },
    });
    const brokenItem = byId.get(broken!.applicationId)!;
    expect(brokenItem.checks.clean).toBe(false);
    expect(brokenItem.checks.problems).toEqual([{ code: 'SCREENING_FILE_MISSING', message: expect.stringContaining(lost) }]);

    const onlyClean = await list('status=recommended&clean=true&pageSize=200');
    expect(onlyClean.body.items.map((i) => i.id)).toContain(clean!.applicationId);
    expect(onlyClean.body.items.map((i) => i.id)).not.toContain(broken!.applicationId);
    const unclean = await list('clean=false&q=模板二班');
    expect(unclean.body).toMatchObject({ total: 1, items: [{ id: broken!.applicationId }] });
    expect((await list('clean=maybe')).body).toMatchObject({ statusCode: 422, field: 'clean' });
  });

  it('passes a clean application; refuses one with problems unless overridden with a reason, which is audited', async () => {
    const [clean, broken] = await recommended('混凝土三班', '架子四班');
    await losePdf(broken!.applicationId);

    const passed = await call<Item>(t.app, 'POST', `/api/v1/applications/${clean!.applicationId}/screening`, { token: secretariat, json: { decision: 'pass' } });
    expect(passed.status).toBe(200);
    expect(passed.body).toMatchObject({ id: clean!.applicationId, status: 'screened_in', statusLabel: '初选通过', checks: { clean: true } });
    const again = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${clean!.applicationId}/screening`, { token: secretariat, json: { decision: 'pass' } });
    expect(again.body).toMatchObject({ statusCode: 409, code: 'TRANSITION_NOT_ALLOWED' });

    const refused = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${broken!.applicationId}/screening`, { token: secretariat, json: { decision: 'pass' } });
    expect(refused.body).toMatchObject({ statusCode: 422, code: 'SCREENING_PROBLEMS', details: { problems: [{ code: 'SCREENING_FILE_MISSING' }] } });
    const noReason = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${broken!.applicationId}/screening`, {
      token: secretariat,
      json: { decision: 'pass', override: true, reason: ' ' },
    });
    expect(noReason.body).toMatchObject({ statusCode: 422, code: 'SCREENING_OVERRIDE_REASON_REQUIRED', field: 'reason' });
    const overridden = await call<Item>(t.app, 'POST', `/api/v1/applications/${broken!.applicationId}/screening`, {
      token: secretariat,
      json: { decision: 'pass', override: true, reason: '纸质材料已核对，文件由秘书处另行存档' },
    });
    expect(overridden.body).toMatchObject({ status: 'screened_in', checks: { clean: false } });

    const audit = await dataSourceOf(t.app).manager.findOneByOrFail(AuditEntry, { action: 'screening.override', entityId: String(broken!.applicationId) });
    expect(audit.after).toEqual({ status: 'screened_in', override: true, reason: '纸质材料已核对，文件由秘书处另行存档' });
    expect(audit.before).toMatchObject({ problems: [{ code: 'SCREENING_FILE_MISSING' }] });
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();

    const screenedIn = await list('status=screened_in&pageSize=200');
    expect(screenedIn.body.items.map((i) => i.id)).toEqual(expect.arrayContaining([clean!.applicationId, broken!.applicationId]));
  });

  it('eliminates only with a reason, which the team reads in its timeline and inbox', async () => {
    const [application] = await recommended('钢结构五班');
    const url = `/api/v1/applications/${application!.applicationId}/screening`;
    const noReason = await call<ErrorBody>(t.app, 'POST', url, { token: secretariat, json: { decision: 'eliminate' } });
    expect(noReason.body).toMatchObject({ statusCode: 422, code: 'SCREENING_REASON_REQUIRED', field: 'reason' });
    const blank = await call<ErrorBody>(t.app, 'POST', url, { token: secretariat, json: { decision: 'eliminate', reason: '   ' } });
    expect(blank.body).toMatchObject({ statusCode: 422, code: 'SCREENING_REASON_REQUIRED' });

    const reason = '申报材料与报名表所填工程项目不一致';
    const eliminated = await call<Item>(t.app, 'POST', url, { token: secretariat, json: { decision: 'eliminate', reason } });
    expect(eliminated.body).toMatchObject({ status: 'screened_out', statusLabel: '初选未通过', decisionReason: reason });

    const timeline = await call<{ events: Array<{ to: string; reason: string | null }> }>(t.app, 'GET', `/api/v1/applications/${application!.applicationId}/timeline`, {
      token: application!.token,
    });
    expect(timeline.body.events.at(-1)).toMatchObject({ to: 'screened_out', reason });
    const inbox = await call<{ items: Array<{ body: string }> }>(t.app, 'GET', '/api/v1/inbox', { token: application!.token });
    expect(inbox.body.items[0]!.body).toContain(`原因：${reason}`);
    const out = await list('status=screened_out');
    expect(out.body.items).toContainEqual(expect.objectContaining({ id: application!.applicationId, decisionReason: reason }));
  });

  it('refuses to screen outside the materials-review window', async () => {
    const [application] = await recommended('防水六班');
    t.app.get(Clock).travelTo(new Date('2026-06-20T04:00:00Z'));
    const early = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${application!.applicationId}/screening`, { token: secretariat, json: { decision: 'pass' } });
    expect(early.body).toMatchObject({ statusCode: 409, code: 'TRANSITION_OUTSIDE_WINDOW' });
    expect(early.body.message).toContain('2026-07-01');
    t.app.get(Clock).travelTo(new Date('2026-08-10T04:00:00Z'));
    const late = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${application!.applicationId}/screening`, {
      token: secretariat,
      json: { decision: 'eliminate', reason: '逾期' },
    });
    expect(late.body).toMatchObject({ statusCode: 409, code: 'TRANSITION_OUTSIDE_WINDOW' });
    const bulk = await call<ErrorBody>(t.app, 'POST', '/api/v1/screening/bulk-pass', { token: secretariat, json: { applicationIds: [application!.applicationId] } });
    expect(bulk.body).toMatchObject({ statusCode: 409, code: 'TRANSITION_OUTSIDE_WINDOW' });
    expect((await list('status=recommended&pageSize=200')).body.window.open).toBe(false);
    t.app.get(Clock).travelTo(MATERIALS_REVIEW);
  });

  it('answers 403 to everyone but the secretariat, the unit’s own recommender included', async () => {
    const [application] = await recommended('机电七班');
    for (const token of [contact.token, application!.token]) {
      for (const [method, url, json] of [
        ['GET', `/api/v1/screening/applications`, undefined],
        ['POST', `/api/v1/applications/${application!.applicationId}/screening`, { decision: 'pass' }],
        ['POST', `/api/v1/applications/${application!.applicationId}/screening`, { decision: 'eliminate', reason: '不合规' }],
        ['POST', '/api/v1/screening/bulk-pass', { applicationIds: [application!.applicationId] }],
      ] as const) {
        const reply = await call<ErrorBody>(t.app, method, url, { token, json });
        expect(reply.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      }
    }
    expect((await call(t.app, 'GET', '/api/v1/screening/applications')).status).toBe(401);
    const still = await list('status=recommended&pageSize=200');
    expect(still.body.items).toContainEqual(expect.objectContaining({ id: application!.applicationId, status: 'recommended' }));
  });

  it('bulk-passes the clean applications, skipping the unclean, the already screened and unknown ids, each on its own', async () => {
    const [a, b, c] = await recommended('装饰八班', '幕墙九班', '测量十班');
    await losePdf(b!.applicationId);
    await call(t.app, 'POST', `/api/v1/applications/${c!.applicationId}/screening`, { token: secretariat, json: { decision: 'eliminate', reason: '重复申报' } });

    const listed = await call<{ passed: number[]; skipped: Array<{ id: number; problems: Problem[] }> }>(t.app, 'POST', '/api/v1/screening/bulk-pass', {
      token: secretariat,
      json: { applicationIds: [a!.applicationId, b!.applicationId, c!.applicationId, 999999] },
    });
    expect(listed.status).toBe(200);
    expect(listed.body.passed).toEqual([a!.applicationId]);
    expect(listed.body.skipped).toEqual([
      { id: b!.applicationId, problems: [expect.objectContaining({ code: 'SCREENING_FILE_MISSING' })] },
      { id: c!.applicationId, problems: [expect.objectContaining({ code: 'TRANSITION_NOT_ALLOWED' })] },
      { id: 999999, problems: [expect.objectContaining({ code: 'APPLICATION_NOT_FOUND' })] },
    ]);

    // Without a list: every recommended application of the campaign; the broken one is skipped again.
    const [d] = await recommended('试验十一班');
    const all = await call<{ passed: number[]; skipped: Array<{ id: number; problems: Problem[] }> }>(t.app, 'POST', '/api/v1/screening/bulk-pass', {
      token: secretariat,
      json: {},
    });
    expect(all.body.passed).toContain(d!.applicationId);
    expect(all.body.skipped.map((s) => s.id)).toContain(b!.applicationId);
    expect((await list('status=recommended&pageSize=200')).body.items.every((i) => !i.checks.clean)).toBe(true);
    const timeline = await call<{ events: Array<{ to: string; actor: string }> }>(t.app, 'GET', `/api/v1/applications/${a!.applicationId}/timeline`, { token: a!.token });
    expect(timeline.body.events.at(-1)).toMatchObject({ to: 'screened_in' });
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });
});
