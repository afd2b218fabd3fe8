import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { api } from '../e2e/support/api.js';
import type { MiniProgram } from './runtime/mini-program.js';
import { tapButton, until, writeApiLog } from './support/fixtures.js';
import { cardLogin } from './support/sessions.js';
import { openWorld, type World } from './support/world.js';

/**
 * A new member on site joins by scanning the invite QR code the declarant shows (申报企业 → 班组成员 → 邀请成员): wx.login
 * finds the WeChat unbound, `scanCode` reads the code's text — the join path the server encodes in the QR — and the
 * join page opens with the invite code filled in. (Decoding the QR image itself is the console's test, issue 21.)
 */
let world: World;
let mp: MiniProgram;

beforeAll(async () => {
  world = await openWorld();
}, 90_000);
afterAll(async () => {
  if (mp) writeApiLog('scan-invite', mp.calls);
  await world?.stop();
});

test('scanning the team’s invite QR code opens the join page with the code; the new member is on the team', async () => {
  const declarant = await cardLogin(world.server.url, world.demo.cardNo, world.demo.cardPassword);
  const teams = await api<{ items: Array<{ id: number; name: string }> }>(world.server.url, 'GET', '/teams', { token: declarant.accessToken });
  const team = teams.items.find((t) => t.name === '钢筋加工一班')!;
  const invite = await api<{ code: string; joinPath: string }>(world.server.url, 'POST', `/teams/${team.id}/invites`, { token: declarant.accessToken });
  expect(invite.joinPath).toContain(invite.code);

  mp = await world.launch('pages/login/index');
  mp.wx.device.loginCode = () => world.wechat.codeFor('openid-member-scan');
  await tapButton(mp, '微信一键登录');
  await mp.ui.waitFor('该微信还没有绑定账号');
  // First a QR code that is not an invite: the page says so and stays.
  mp.wx.device.scans.push('https://www.cacem.com.cn/', invite.joinPath);
  await tapButton(mp, '扫描邀请二维码');
  await mp.ui.waitFor('这不是班组邀请二维码');
  expect(mp.currentRoute()).toBe('pages/login/index');
  await tapButton(mp, '扫描邀请二维码');
  await mp.ui.waitForPage('pages/join/index');
  expect(mp.page.options.code).toBe(invite.code);
  expect(mp.ui.attr(mp.ui.field('位，申报企业提供'), 'value')).toBe(invite.code);
  await mp.ui.type('您的真实姓名', '赵铁柱');
  await tapButton(mp, '加入班组');
  await until('joined', () => mp.currentRoute() !== 'pages/join/index', 15_000);

  const members = await api<{ items: Array<{ name: string }> }>(world.server.url, 'GET', `/teams/${team.id}/members`, { token: declarant.accessToken });
  expect(members.items.map((m) => m.name)).toContain('赵铁柱');
  expect(mp.calls.filter((c) => c.api === 'scanCode').map((c) => c.ok)).toEqual([true, true]);
  expect(mp.logic.errors).toEqual([]);
  expect(mp.viewWarnings).toEqual([]);
});
