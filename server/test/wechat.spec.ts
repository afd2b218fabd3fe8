import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { TeamMember } from '../src/modules/member/team-member.entity.js';
import { Team } from '../src/modules/team/team.entity.js';
import { SubscribeConsent } from '../src/modules/wechat/subscribe-consent.entity.js';
import { WechatBinding } from '../src/modules/wechat/wechat-binding.entity.js';
import { WechatBindingService } from '../src/modules/wechat/wechat-binding.service.js';
import { declarantFactory, issueCardFactory } from './support/factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';
import { WechatStandIn } from './support/wechat-stand-in.js';

const TEMPLATE = 'tmpl-status-change';

type WechatLogin = { status: 'bound' | 'unbound'; wechatTicket?: string; accessToken?: string; expiresIn: number; principal?: Record<string, unknown> };

describe(`WeChat login and subscriptions against the stand-in, on ${TEST_DB}`, () => {
  const wechat = new WechatStandIn();
  let t: TestApp;
  let openidSerial = 0;
  const newOpenid = () => `oTest${String(++openidSerial).padStart(23, '0')}`;
  const seenBodies: string[] = [];
  const seenCodes: string[] = [];

  const wechatLogin = async (code: string) => {
    seenCodes.push(code);
    const reply = await call<WechatLogin & { code?: string; message?: string }>(t.app, 'POST', '/api/v1/auth/wechat-login', { json: { code } });
    seenBodies.push(JSON.stringify(reply.body));
    return reply;
  };
  const ticketFor = async (openid: string): Promise<string> => {
    const reply = await wechatLogin(wechat.codeFor(openid));
    expect(reply.body.status).toBe('unbound');
    return reply.body.wechatTicket!;
  };

  beforeAll(async () => {
    await wechat.start();
    t = await startTestApp(wechat.env({ WECHAT_STATUS_TEMPLATE_ID: TEMPLATE }));
  });
  afterAll(async () => {
    await t.close();
    await wechat.stop();
  });

  it('answers an openid nobody has bound with a ten-minute ticket to bind it, keeping the session key on the server', async () => {
    const openid = newOpenid();
    const code = wechat.codeFor(openid);
    const reply = await wechatLogin(code);
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ status: 'unbound', wechatTicket: expect.any(String), expiresIn: 600 });
    const stored = await dataSourceOf(t.app).getRepository(WechatBinding).findOneByOrFail({ openid });
    expect(stored).toMatchObject({ subjectType: null, subjectId: null, sessionKey: wechat.sessionKeyOf(code) });
  });

  it('binds WeChat to the card that logs in with the ticket, after which wechat-login is that declarant', async () => {
    const card = await issueCardFactory(t.app);
    const openid = newOpenid();
    const wechatTicket = await ticketFor(openid);
    const login = await call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: card.cardNo, password: card.password, wechatTicket } });
    expect(login.status).toBe(200);

    const again = await wechatLogin(wechat.codeFor(openid));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'bound', accessToken: expect.any(String), principal: { role: 'declarant', cardNo: card.cardNo, displayName: card.enterpriseName } });
    const me = await call(t.app, 'GET', '/api/v1/auth/me', { token: again.body.accessToken });
    expect(me.body).toMatchObject({ role: 'declarant', cardNo: card.cardNo });
  });

  it('binds WeChat to a staff account that logs in with the ticket', async () => {
    const openid = newOpenid();
    const wechatTicket = await ticketFor(openid);
    const login = await call(t.app, 'POST', '/api/v1/auth/login', { json: { username: 'mishuchu', password: 'Demo@2026', wechatTicket } });
    expect(login.status).toBe(200);
    const again = await wechatLogin(wechat.codeFor(openid));
    expect(again.body).toMatchObject({ status: 'bound', principal: { role: 'secretariat' } });
  });

  it('logs a bound team member in as that member, and a removed member no longer', async () => {
    const declarant = await declarantFactory(t.app);
    const dataSource = dataSourceOf(t.app);
    const me = await call<{ enterpriseId: number }>(t.app, 'GET', '/api/v1/auth/me', { token: declarant.token });
    const team = await dataSource.getRepository(Team).save({ enterpriseId: me.body.enterpriseId, name: '木工班', kind: 'construction_crew' });
    const member = await dataSource.getRepository(TeamMember).save({ teamId: team.id, name: '王师傅', role: 'member', mobile: null, removedAt: null });
    const openid = newOpenid();
    const wechatTicket = await ticketFor(openid);
    await dataSource.transaction((manager) => t.app.get(WechatBindingService).bindFromTicket(manager, wechatTicket, { type: 'member', id: member.id }));

    const bound = await wechatLogin(wechat.codeFor(openid));
    expect(bound.body).toMatchObject({ status: 'bound', principal: { role: 'member', memberId: member.id, teamId: team.id, enterpriseId: team.enterpriseId, displayName: '王师傅' } });

    await dataSource.getRepository(TeamMember).update({ id: member.id }, { removedAt: new Date() });
    expect((await wechatLogin(wechat.codeFor(openid))).body.status).toBe('unbound');
  });

  it.each([
    [40029, 401, 'WECHAT_CODE_INVALID', '登录凭证无效或已过期，请重新进入小程序'],
    [45011, 429, 'WECHAT_RATE_LIMITED', '登录过于频繁，请稍后再试'],
    [40226, 403, 'WECHAT_USER_BLOCKED', '该微信账号存在风险，已被限制登录，请联系微信客服'],
    [-1, 503, 'WECHAT_UNAVAILABLE', '暂时无法连接微信服务，请稍后重试'],
  ])('turns jscode2session errcode %i into %i %s with a message a person can act on', async (errcode, status, code, message) => {
    const reply = await wechatLogin(wechat.failingCode(errcode));
    expect(reply.status).toBe(status);
    expect(reply.body).toMatchObject({ code, message });
  });

  it('refuses a code used a second time as invalid', async () => {
    const code = wechat.codeFor(newOpenid());
    expect((await wechatLogin(code)).status).toBe(200);
    expect((await wechatLogin(code)).body).toMatchObject({ code: 'WECHAT_CODE_INVALID' });
  });

  it('answers 503 WECHAT_UNAVAILABLE when WeChat cannot be reached', async () => {
    wechat.dropConnections = true;
    try {
      const reply = await wechatLogin(wechat.codeFor(newOpenid()));
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({ code: 'WECHAT_UNAVAILABLE', message: '暂时无法连接微信服务，请稍后重试' });
    } finally {
      wechat.dropConnections = false;
    }
  });

  it('refuses to bind with a forged, foreign or missing-type ticket, and does not log the card in', async () => {
    const card = await issueCardFactory(t.app);
    const accessToken = await loginAccount(t.app, 'mishuchu');
    for (const wechatTicket of ['not-a-jwt', accessToken]) {
      const login = await call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: card.cardNo, password: card.password, wechatTicket } });
      expect(login.status).toBe(422);
      expect(login.body).toMatchObject({ code: 'WECHAT_TICKET_INVALID', field: 'wechatTicket' });
    }
  });

  it('counts subscribe consents per template, one message each, only for a caller with a bound WeChat', async () => {
    const declarant = await declarantFactory(t.app);
    const templates = await call(t.app, 'GET', '/api/v1/wechat/templates', { token: declarant.token });
    expect(templates.body).toEqual({ statusTemplateId: TEMPLATE });

    const unbound = await call(t.app, 'POST', '/api/v1/wechat/subscriptions', { token: declarant.token, json: { templateIds: [TEMPLATE] } });
    expect(unbound.status).toBe(409);
    expect(unbound.body).toMatchObject({ code: 'WECHAT_NOT_BOUND' });

    const openid = newOpenid();
    const wechatTicket = await ticketFor(openid);
    await call(t.app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: declarant.cardNo, password: declarant.password, wechatTicket } });
    const first = await call(t.app, 'POST', '/api/v1/wechat/subscriptions', { token: declarant.token, json: { templateIds: [TEMPLATE, TEMPLATE, 'someone-elses-template'] } });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ accepted: 1 });
    await call(t.app, 'POST', '/api/v1/wechat/subscriptions', { token: declarant.token, json: { templateIds: [TEMPLATE] } });
    const consent = await dataSourceOf(t.app).getRepository(SubscribeConsent).findOneByOrFail({ openid, templateId: TEMPLATE });
    expect(consent.remaining).toBe(2);

    const tooMany = await call(t.app, 'POST', '/api/v1/wechat/subscriptions', { token: declarant.token, json: { templateIds: ['a', 'b', 'c', 'd'] } });
    expect(tooMany.status).toBe(422);
  });

  it('never lets a session key out: not in any response body, not in the audit log', async () => {
    const keys = seenCodes.map((code) => wechat.sessionKeyOf(code));
    expect(seenBodies.length).toBeGreaterThan(10);
    for (const body of seenBodies) {
      expect(body).not.toMatch(/session_?key/i);
      for (const key of keys) expect(body).not.toContain(key);
    }
    const audit = JSON.stringify(await dataSourceOf(t.app).getRepository(AuditEntry).find());
    expect(audit).toContain('wechat.bind');
    for (const key of keys) expect(audit).not.toContain(key);
  });
});
