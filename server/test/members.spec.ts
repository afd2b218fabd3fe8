import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { memberFactory, teamFactory } from './support/member-factories.js';
import { WechatStandIn } from './support/wechat-stand-in.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`team members (${TEST_DB})`, () => {
  let t: TestApp;
  let wechat: WechatStandIn;
  beforeAll(async () => {
    wechat = await new WechatStandIn().start();
    t = await startTestApp(wechat.env());
  });
  afterAll(async () => {
    await t.close();
    await wechat.stop();
  });

  it('binds the WeChat of a person who joins from the mini-program, so WeChat login alone works next time', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const first = await call<{ status: string; wechatTicket: string }>(t.app, 'POST', '/api/v1/auth/wechat-login', { json: { code: wechat.codeFor('o-new-member') } });
    expect(first.body.status).toBe('unbound');
    const invite = await call<{ code: string }>(t.app, 'POST', `/api/v1/teams/${teamId}/invites`, { token: declarant.token });
    const joined = await call<{ memberId: number }>(t.app, 'POST', '/api/v1/auth/join', {
      json: { inviteCode: invite.body.code, name: '郑六', wechatTicket: first.body.wechatTicket },
    });
    expect(joined.status).toBe(201);
    const again = await call<{ status: string; principal: Record<string, unknown> }>(t.app, 'POST', '/api/v1/auth/wechat-login', { json: { code: wechat.codeFor('o-new-member') } });
    expect(again.body).toMatchObject({ status: 'bound', principal: { role: 'member', memberId: joined.body.memberId, teamId } });
    const list = await call<{ items: Array<{ name: string; wechatBound: boolean }> }>(t.app, 'GET', `/api/v1/teams/${teamId}/members`, { token: declarant.token });
    expect(list.body.items).toEqual([expect.objectContaining({ name: '郑六', wechatBound: true })]);
  });

  it('lets a person join with the invite code the declarant shared, as a 组员 of that team only', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const invite = await call<{ code: string; joinPath: string; qrDataUrl: string; expiresAt: string }>(t.app, 'POST', `/api/v1/teams/${teamId}/invites`, {
      token: declarant.token,
    });
    expect(invite.status).toBe(201);
    expect(invite.body.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
    expect(invite.body.joinPath).toBe(`/pages/join/index?code=${invite.body.code}`);
    expect(invite.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);

    const joined = await call<{ accessToken: string; principal: Record<string, unknown> }>(t.app, 'POST', '/api/v1/auth/join', {
      json: { inviteCode: invite.body.code.toLowerCase(), name: ' 王小明 ', mobile: '138-0013-8000' },
    });
    expect(joined.status).toBe(201);
    expect(joined.body.principal).toMatchObject({ role: 'member', teamId, displayName: '王小明' });
    const me = await call(t.app, 'GET', '/api/v1/members/me', { token: joined.body.accessToken });
    expect(me.body).toMatchObject({ member: { name: '王小明', role: 'member', roleLabel: '组员', mobile: '13800138000' }, team: { id: teamId } });

    const list = await call<{ items: Array<{ name: string }> }>(t.app, 'GET', `/api/v1/teams/${teamId}/members`, { token: declarant.token });
    expect(list.body.items.map((m) => m.name)).toEqual(['王小明']);
  });

  it('refuses an unknown or expired invite code', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const unknown = await call(t.app, 'POST', '/api/v1/auth/join', { json: { inviteCode: 'ZZZZZZZZ', name: '某人' } });
    expect(unknown.body).toMatchObject({ statusCode: 422, code: 'INVITE_CODE_INVALID', field: 'inviteCode' });
    const invite = await call<{ code: string }>(t.app, 'POST', `/api/v1/teams/${teamId}/invites`, { token: declarant.token });
    t.app.get(Clock).travelTo(new Date(Date.now() + 8 * 24 * 3600_000));
    try {
      const late = await call(t.app, 'POST', '/api/v1/auth/join', { json: { inviteCode: invite.body.code, name: '迟到的人' } });
      expect(late.body).toMatchObject({ code: 'INVITE_CODE_INVALID' });
    } finally {
      t.app.get(Clock).travelTo(null);
    }
  });

  it('validates the name and the mobile number', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const invite = await call<{ code: string }>(t.app, 'POST', `/api/v1/teams/${teamId}/invites`, { token: declarant.token });
    const badMobile = await call(t.app, 'POST', '/api/v1/auth/join', { json: { inviteCode: invite.body.code, name: '某人', mobile: '12345' } });
    expect(badMobile.body).toMatchObject({ statusCode: 422, field: 'mobile', message: '手机号应为 11 位，以 1 开头' });
    const longName = await call(t.app, 'POST', '/api/v1/auth/join', { json: { inviteCode: invite.body.code, name: '名'.repeat(31) } });
    expect(longName.body).toMatchObject({ statusCode: 422, code: 'FIELD_TOO_LONG', field: 'name' });
  });

  it('lets the declarant edit a member to 班组长 and remove one, who can then no longer log in', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const a = await memberFactory(t.app, declarant.token, teamId, '赵一');
    const b = await memberFactory(t.app, declarant.token, teamId, '钱二');
    const edited = await call(t.app, 'PUT', `/api/v1/teams/${teamId}/members/${a.memberId}`, {
      token: declarant.token,
      json: { name: '赵一', role: 'leader', mobile: '13900139000' },
    });
    expect(edited.body).toMatchObject({ role: 'leader', roleLabel: '班组长', mobile: '13900139000' });

    const code = await call<{ code: string }>(t.app, 'POST', `/api/v1/teams/${teamId}/members/${b.memberId}/login-code`, { token: declarant.token });
    expect(code.body.code).toMatch(/^\d{6}$/);
    expect((await call(t.app, 'DELETE', `/api/v1/teams/${teamId}/members/${b.memberId}`, { token: declarant.token })).status).toBe(204);
    const login = await call(t.app, 'POST', '/api/v1/auth/member-login', { json: { loginCode: code.body.code } });
    expect(login.body).toMatchObject({ statusCode: 401, code: 'LOGIN_CODE_INVALID' });
    const list = await call<{ items: Array<{ name: string; role: string }> }>(t.app, 'GET', `/api/v1/teams/${teamId}/members`, { token: a.token });
    expect(list.body.items).toEqual([expect.objectContaining({ name: '赵一', role: 'leader' })]);
  });

  it('gives a one-time web login code that works once', async () => {
    const { declarant, teamId } = await teamFactory(t.app);
    const m = await memberFactory(t.app, declarant.token, teamId, '孙三');
    const code = await call<{ code: string }>(t.app, 'POST', `/api/v1/teams/${teamId}/members/${m.memberId}/login-code`, { token: declarant.token });
    const first = await call<{ principal: Record<string, unknown> }>(t.app, 'POST', '/api/v1/auth/member-login', { json: { loginCode: code.body.code } });
    expect(first.status).toBe(200);
    expect(first.body.principal).toMatchObject({ role: 'member', memberId: m.memberId, teamId });
    const again = await call(t.app, 'POST', '/api/v1/auth/member-login', { json: { loginCode: code.body.code } });
    expect(again.body).toMatchObject({ statusCode: 401, code: 'LOGIN_CODE_INVALID', message: '登录码无效、已使用或已过期，请向申报企业重新索取' });
  });

  it('keeps members to their own team and declarants to their own enterprise', async () => {
    const one = await teamFactory(t.app);
    const other = await teamFactory(t.app);
    const member = await memberFactory(t.app, one.declarant.token, one.teamId);
    for (const [token, teamId] of [
      [member.token, other.teamId],
      [other.declarant.token, one.teamId],
    ] as const) {
      const reply = await call(t.app, 'GET', `/api/v1/teams/${teamId}/members`, { token });
      expect(reply.body).toMatchObject({ statusCode: 404, code: 'TEAM_NOT_FOUND' });
    }
    const edit = await call(t.app, 'PUT', `/api/v1/teams/${one.teamId}/members/${member.memberId}`, { token: member.token, json: { name: 'x', role: 'leader' } });
    expect(edit.status).toBe(403);
    const invite = await call(t.app, 'POST', `/api/v1/teams/${one.teamId}/invites`, { token: other.declarant.token });
    expect(invite.status).toBe(404);
    const team = await call(t.app, 'GET', `/api/v1/teams/${one.teamId}`, { token: member.token });
    expect(team.body).toMatchObject({ id: one.teamId, memberCount: 1 });
  });
});
