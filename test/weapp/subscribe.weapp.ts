import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { api } from '../e2e/support/api.js';
import { login } from '../e2e/support/season.js';
import type { MiniProgram } from './runtime/mini-program.js';
import { tapButton, until, writeApiLog } from './support/fixtures.js';
import { registrationWorld, submitApplications, type SubmittedTeam, UNIT_A } from './support/season.js';
import { STATUS_TEMPLATE_ID, type World } from './support/world.js';

/**
 * A declarant turns on WeChat reminders from the inbox: the tap asks WeChat for consent to the server's status template
 * (WeChat asks only from a tap), the consent reaches the server, and when the unit recommends the team the server sends
 * one subscribe message to this WeChat.
 */
const OPENID = 'openid-declarant-weapp-subscribe';

let world: World;
let mp: MiniProgram;
let team: SubmittedTeam;

beforeAll(async () => {
  // The server's outbox sender runs every 200 ms here (the stand-in's env() turns the loop off for unit tests).
  world = await registrationWorld({ NOTIFY_INTERVAL_MS: '200' });
  [team] = (await submitApplications(world.server.url, UNIT_A, ['防水施工一班'])) as [SubmittedTeam];
}, 120_000);

afterAll(async () => {
  if (mp) writeApiLog('subscribe', mp.calls);
  await world?.stop();
});

test('a declarant consents from the inbox with one tap, and the recommendation reaches their WeChat as a subscribe message', async () => {
  // WeChat login finds no account; the card login binds this WeChat to the enterprise.
  mp = await world.launch('pages/login/index');
  mp.wx.device.loginCode = () => world.wechat.codeFor(OPENID);
  await mp.ui.tap('微信一键登录');
  await mp.ui.waitFor('该微信还没有绑定账号');
  await mp.ui.type('10 位数字，印在报名卡上', team.cardNo);
  await mp.ui.type('报名卡上的密码', team.cardPassword);
  await tapButton(mp, '登录');
  await mp.ui.waitForPage('declarant/status/index');

  // The 消息 tab of the tab bar.
  await mp.navigate('switchTab', { url: '/pages/inbox/index' });
  await mp.ui.waitFor('开启微信消息提醒');
  // The button spins (NutUI's loading, which ignores taps) until the server's template id is read, so that the tap can
  // ask WeChat at once.
  const loading = () => (mp.ui.find('开启微信消息提醒').closest('button')?.getAttribute('class') ?? '').includes('nut-button-loading');
  await until('the subscribe button stops loading', () => !loading());
  mp.wx.device.subscribeAnswer = 'accept';
  await tapButton(mp, '开启微信消息提醒');
  await mp.ui.waitFor('已开启：申报状态变化时将通过微信提醒您一次。');

  const asked = mp.calls.filter((c) => c.api === 'requestSubscribeMessage');
  expect(asked).toEqual([expect.objectContaining({ ok: true, detail: `${STATUS_TEMPLATE_ID} from a tap`, page: 'pages/inbox/index' })]);
  const consent = mp.calls.find((c) => c.detail.startsWith('POST /api/v1/wechat/subscriptions'));
  expect(consent).toMatchObject({ ok: true, detail: 'POST /api/v1/wechat/subscriptions → 200' });

  // The unit recommends the team: the status change is queued and sent to this WeChat, once.
  expect(world.wechat.sends.filter((s) => s.touser === OPENID)).toEqual([]);
  const recommender = await login(world.server.url, 'tuijian01', 'Demo@2026');
  await api(world.server.url, 'POST', `/applications/${team.applicationId}/recommend`, { token: recommender, json: {} });
  await until('the subscribe message to the declarant', () => world.wechat.sends.some((s) => s.touser === OPENID), 20_000);
  await new Promise((r) => setTimeout(r, 600));
  const sent = world.wechat.sends.filter((s) => s.touser === OPENID);
  expect(sent).toEqual([expect.objectContaining({ touser: OPENID, template_id: STATUS_TEMPLATE_ID })]);
  expect(JSON.stringify(sent[0]!.data)).toContain('已推荐');

  expect(mp.calls.filter((c) => !c.ok)).toEqual([]);
  expect(mp.logic.errors).toEqual([]);
  expect(mp.viewWarnings).toEqual([]);
});
