import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { contactFactory, submittedApplicationFactory } from './support/recommendation-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';
import { WechatStandIn } from './support/wechat-stand-in.js';

type Item = { id: number; status: string; statusLabel: string; preference: number | null; decisionReason: string | null; teamName: string; materials: { pdf: { url: string } | null } };
type ErrorBody = { statusCode: number; code: string; message: string; field?: string };

const IN_WINDOW = new Date('2026-06-15T04:00:00Z');

describe(`recommending units: contacts and approval on ${TEST_DB}`, () => {
  const wechat = new WechatStandIn();
  let t: TestApp;
  let units: Array<{ id: number; name: string }>;
  beforeAll(async () => {
    await wechat.start();
    t = await startTestApp(wechat.env());
    units = (await call<{ items: Array<{ id: number; name: string }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items;
  });
  beforeEach(() => t.app.get(Clock).travelTo(IN_WINDOW));
  afterAll(async () => {
    await t.close();
    await wechat.stop();
  });

  it('lets the secretariat open a contact who logs in with the password, binds WeChat with the code, then logs in by WeChat alone', async () => {
    const contact = await contactFactory(t.app, units[0]!.id);
    expect(contact.bindCode).toMatch(/^[A-Z2-9]{8}$/);
    const me = await call<{ role: string; recommendingUnitId: number }>(t.app, 'GET', '/api/v1/auth/me', { token: contact.token });
    expect(me.body).toMatchObject({ role: 'recommender', recommendingUnitId: units[0]!.id });

    const first = await call<{ status: string; wechatTicket: string }>(t.app, 'POST', '/api/v1/auth/wechat-login', { json: { code: wechat.codeFor('openid-contact-1') } });
    expect(first.body.status).toBe('unbound');
    const bound = await call<{ accessToken: string; principal: { role: string; userId: number } }>(t.app, 'POST', '/api/v1/auth/bind', {
      json: { bindCode: contact.bindCode.toLowerCase(), wechatTicket: first.body.wechatTicket },
    });
    expect(bound.status).toBe(200);
    expect(bound.body.principal).toMatchObject({ role: 'recommender', userId: contact.id });

    const again = await call<{ status: string; principal: { userId: number } }>(t.app, 'POST', '/api/v1/auth/wechat-login', { json: { code: wechat.codeFor('openid-contact-1') } });
    expect(again.body).toMatchObject({ status: 'bound', principal: { userId: contact.id } });

    const reused = await call<ErrorBody>(t.app, 'POST', '/api/v1/auth/bind', { json: { bindCode: contact.bindCode, wechatTicket: first.body.wechatTicket } });
    expect(reused.body).toMatchObject({ statusCode: 422, code: 'BIND_CODE_INVALID' });

    const list = await call<{ items: Array<{ id: number; wechatBound: boolean; mobile: string }> }>(t.app, 'GET', `/api/v1/recommending-units/${units[0]!.id}/contacts`, {
      token: contact.secretariat,
    });
    expect(list.body.items).toContainEqual(expect.objectContaining({ id: contact.id, wechatBound: true, mobile: '13912345678' }));
    const fresh = await call<{ bindCode: string; expiresAt: string }>(t.app, 'POST', `/api/v1/recommending-units/${units[0]!.id}/contacts/${contact.id}/bind-code`, {
      token: contact.secretariat,
    });
    expect(new Date(fresh.body.expiresAt).getTime() - IN_WINDOW.getTime()).toBe(7 * 24 * 3600_000);
    expect((await call<ErrorBody>(t.app, 'GET', `/api/v1/recommending-units/${units[0]!.id}/contacts`, { token: contact.token })).status).toBe(403);
    const taken = await call<ErrorBody>(t.app, 'POST', `/api/v1/recommending-units/${units[0]!.id}/contacts`, {
      token: contact.secretariat,
      json: { displayName: '重名', username: contact.username },
    });
    expect(taken.body).toMatchObject({ statusCode: 409, code: 'USERNAME_TAKEN' });
  });

  it('recommends two, declines one with a reason the team reads in its timeline and inbox, and orders the recommended', async () => {
    const contact = await contactFactory(t.app, units[0]!.id);
    const a = await submittedApplicationFactory(t.app, '钢筋一班');
    const b = await submittedApplicationFactory(t.app, '模板二班');
    const c = await submittedApplicationFactory(t.app, '混凝土三班');

    const pending = await call<{ items: Item[]; total: number; window: { opens: string; closes: string; open: boolean } }>(
      t.app,
      'GET',
      '/api/v1/recommendation/applications?status=submitted',
      { token: contact.token },
    );
    expect(pending.body.window).toEqual({ opens: '2026-06-01', closes: '2026-06-30', open: true });
    const mine = pending.body.items.filter((i) => [a, b, c].some((x) => x.applicationId === i.id));
    expect(mine).toHaveLength(3);
    expect(mine[0]!.materials.pdf?.url).toMatch(/^\/api\/v1\/files\//);

    expect((await call<Item>(t.app, 'POST', `/api/v1/applications/${a.applicationId}/recommend`, { token: contact.token, json: {} })).body).toMatchObject({
      status: 'recommended',
      preference: 1,
    });
    expect((await call<Item>(t.app, 'POST', `/api/v1/applications/${b.applicationId}/recommend`, { token: contact.token, json: { preference: 1 } })).body.preference).toBe(1);
    const declined = await call<Item>(t.app, 'POST', `/api/v1/applications/${c.applicationId}/decline`, {
      token: contact.token,
      json: { reason: '现场活动记录与申报材料不一致' },
    });
    expect(declined.body).toMatchObject({ status: 'declined', statusLabel: '未获推荐', decisionReason: '现场活动记录与申报材料不一致' });

    const recommended = await call<{ items: Item[] }>(t.app, 'GET', '/api/v1/recommendation/applications?status=recommended', { token: contact.token });
    expect(recommended.body.items.map((i) => [i.id, i.preference])).toEqual([
      [b.applicationId, 1],
      [a.applicationId, 2],
    ]);
    const reordered = await call<{ items: Item[] }>(t.app, 'PUT', '/api/v1/recommendation/preferences', {
      token: contact.token,
      json: { applicationIds: [a.applicationId, b.applicationId] },
    });
    expect(reordered.body.items.map((i) => [i.id, i.preference])).toEqual([
      [a.applicationId, 1],
      [b.applicationId, 2],
    ]);
    const partial = await call<ErrorBody>(t.app, 'PUT', '/api/v1/recommendation/preferences', { token: contact.token, json: { applicationIds: [a.applicationId] } });
    expect(partial.body).toMatchObject({ statusCode: 422, code: 'PREFERENCES_INVALID' });

    const timeline = await call<{ events: Array<{ to: string; reason: string | null }> }>(t.app, 'GET', `/api/v1/applications/${c.applicationId}/timeline`, { token: c.token });
    expect(timeline.body.events.at(-1)).toMatchObject({ to: 'declined', reason: '现场活动记录与申报材料不一致' });
    const inbox = await call<{ items: Array<{ body: string }> }>(t.app, 'GET', '/api/v1/inbox', { token: c.token });
    expect(inbox.body.items[0]!.body).toContain('原因：现场活动记录与申报材料不一致');
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();

    const noReason = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${c.applicationId}/decline`, { token: contact.token, json: { reason: '  ' } });
    expect(noReason.body).toMatchObject({ statusCode: 422, field: 'reason' });
  });

  it('answers 404 to a recommender acting on another unit’s application', async () => {
    const other = await contactFactory(t.app, units[1]!.id, '赵强');
    const app = await submittedApplicationFactory(t.app);
    for (const [method, url, json] of [
      ['POST', `/api/v1/applications/${app.applicationId}/recommend`, {}],
      ['POST', `/api/v1/applications/${app.applicationId}/decline`, { reason: '不属于本单位' }],
      ['GET', `/api/v1/recommendation/applications/${app.applicationId}`, undefined],
    ] as const) {
      const reply = await call<ErrorBody>(t.app, method, url, { token: other.token, json });
      expect(reply.body).toMatchObject({ statusCode: 404, code: 'APPLICATION_NOT_FOUND' });
    }
    const list = await call<{ items: Item[] }>(t.app, 'GET', '/api/v1/recommendation/applications', { token: other.token });
    expect(list.body.items.map((i) => i.id)).not.toContain(app.applicationId);
    const declarant = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${app.applicationId}/recommend`, { token: app.token, json: {} });
    expect(declarant.status).toBe(403);
  });

  it('refuses to recommend after the registration window, naming the dates', async () => {
    const contact = await contactFactory(t.app, units[0]!.id);
    const app = await submittedApplicationFactory(t.app);
    t.app.get(Clock).travelTo(new Date('2026-07-01T04:00:00Z'));
    const late = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${app.applicationId}/recommend`, { token: contact.token, json: {} });
    expect(late.body).toMatchObject({ statusCode: 409, code: 'TRANSITION_OUTSIDE_WINDOW' });
    expect(late.body.message).toContain('2026-06-01 至 2026-06-30');
    const order = await call<ErrorBody>(t.app, 'PUT', '/api/v1/recommendation/preferences', { token: contact.token, json: { applicationIds: [] } });
    expect(order.body).toMatchObject({ statusCode: 409, code: 'TRANSITION_OUTSIDE_WINDOW' });
  });

  it('after the window, lets only the secretariat change a decision, with a reason the team reads, audited', async () => {
    const contact = await contactFactory(t.app, units[0]!.id);
    const app = await submittedApplicationFactory(t.app);
    expect((await call(t.app, 'POST', `/api/v1/applications/${app.applicationId}/recommend`, { token: contact.token, json: {} })).status).toBe(200);
    t.app.get(Clock).travelTo(new Date('2026-07-03T04:00:00Z'));
    const byUnit = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${app.applicationId}/decline`, { token: contact.token, json: { reason: '改主意' } });
    expect(byUnit.body).toMatchObject({ statusCode: 403, code: 'TRANSITION_ROLE_FORBIDDEN' });
    const byContactOnSecretariatRoute = await call(t.app, 'POST', `/api/v1/applications/${app.applicationId}/secretariat-decision`, {
      token: contact.token,
      json: { decision: 'decline', reason: 'x' },
    });
    expect(byContactOnSecretariatRoute.status).toBe(403);

    const secretariat = await loginAccount(t.app, 'mishuchu');
    const noReason = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${app.applicationId}/secretariat-decision`, { token: secretariat, json: { decision: 'decline' } });
    expect(noReason.body).toMatchObject({ statusCode: 422, code: 'FIELD_REQUIRED', field: 'reason', message: '请填写改定的原因' });
    const changed = await call<Item>(t.app, 'POST', `/api/v1/applications/${app.applicationId}/secretariat-decision`, {
      token: secretariat,
      json: { decision: 'decline', reason: '经核查，该班组不是企业最基础的正式组织单元' },
    });
    expect(changed.body).toMatchObject({ status: 'declined', preference: null });
    const timeline = await call<{ events: Array<{ to: string; reason: string | null }> }>(t.app, 'GET', `/api/v1/applications/${app.applicationId}/timeline`, { token: app.token });
    expect(timeline.body.events.at(-1)).toMatchObject({ to: 'declined', reason: '经核查，该班组不是企业最基础的正式组织单元' });
    const again = await call<Item>(t.app, 'POST', `/api/v1/applications/${app.applicationId}/secretariat-decision`, {
      token: secretariat,
      json: { decision: 'recommend', reason: '复核后恢复推荐' },
    });
    expect(again.body.status).toBe('recommended');
    // It joins the unit's order last, and the order stays 1..n.
    const recommended = await call<{ items: Item[] }>(t.app, 'GET', '/api/v1/recommendation/applications?status=recommended&pageSize=200', { token: contact.token });
    const preferences = recommended.body.items.map((i) => i.preference!).sort((a, b) => a - b);
    expect(preferences).toEqual(preferences.map((_, i) => i + 1));
    expect(again.body.preference).toBe(preferences.length);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });

  it('shows the secretariat which units have filed, and reminds the contacts of those that have not', async () => {
    const contact = await contactFactory(t.app, units[2]!.id, '周敏');
    const secretariat = await loginAccount(t.app, 'mishuchu');
    const filing = await call<{ items: Array<{ unitId: number; contacts: number; statisticsFiled: boolean; packageFiled: boolean }>; totals: { units: number } }>(
      t.app,
      'GET',
      '/api/v1/recommending-units/filing',
      { token: secretariat },
    );
    expect(filing.body.totals.units).toBe(70);
    expect(filing.body.items.find((i) => i.unitId === units[2]!.id)).toMatchObject({ contacts: 1, statisticsFiled: false, packageFiled: false });
    const reminded = await call<{ reminded: number }>(t.app, 'POST', '/api/v1/recommending-units/remind', { token: secretariat, json: { unitIds: [units[2]!.id] } });
    expect(reminded.body).toEqual({ reminded: 1 });
    const inbox = await call<{ items: Array<{ title: string }> }>(t.app, 'GET', '/api/v1/inbox', { token: contact.token });
    expect(inbox.body.items[0]!.title).toBe('请按时报送推荐材料');
  });
});
