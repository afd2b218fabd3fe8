import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { api } from '../e2e/support/api.js';
import { openWorld, type World } from './support/world.js';
import { realPhotos, tapButton, serverRecords, until, writeApiLog } from './support/fixtures.js';
import type { MiniProgram } from './runtime/mini-program.js';

/**
 * A new team member on site: joins the team with WeChat and the invite code, records an activity with two photos while
 * the phone has no signal, and sees it reach the server once the signal is back — once, with both photos.
 */
let world: World;
let mp: MiniProgram;
let cardToken: string;
let teamId: number;

beforeAll(async () => {
  world = await openWorld();
  cardToken = (await api<{ accessToken: string }>(world.server.url, 'POST', '/auth/card-login', { json: { cardNo: world.demo.cardNo, password: world.demo.cardPassword } })).accessToken;
  const teams = await api<{ items: Array<{ id: number; name: string }> }>(world.server.url, 'GET', '/teams', { token: cardToken });
  teamId = teams.items.find((t) => t.name === '钢筋加工一班')!.id;
});

afterAll(async () => {
  if (mp) writeApiLog('member-record', mp.calls);
  await world?.stop();
});

const OPENID = 'openid-member-weapp-li';

test('a new member joins with WeChat, records offline with two photos, and the record syncs once', async () => {
  world.wechat.codeFor(OPENID);
  mp = await world.launch('pages/login/index');
  mp.wx.device.loginCode = () => world.wechat.codeFor(OPENID);
  await mp.ui.tap('微信一键登录');
  await mp.ui.waitFor('该微信还没有绑定账号');
  await mp.ui.tap('加入班组（输入邀请码）');
  await mp.ui.waitForPage('pages/join/index');
  await mp.ui.type('位，申报企业提供', world.demo.inviteCode);
  await mp.ui.type('您的真实姓名', '李卫东');
  await mp.ui.type('11 位手机号', '13912345678');
  await tapButton(mp, '加入班组');
  await mp.ui.waitForPage('pages/index/index');
  await mp.ui.waitFor('班组成员：李卫东');
  expect(mp.wx.storage.get('qt.accessToken')).toBeTruthy();

  // Later, on the same phone: out, and in again with one tap — WeChat now knows this member.
  await tapButton(mp, '退出登录');
  await mp.ui.waitFor('班组成员请用微信登录或加入班组');
  expect(mp.wx.storage.get('qt.accessToken') ?? '').toBe('');
  await tapButton(mp, '登录');
  await mp.ui.waitForPage('pages/login/index');
  await tapButton(mp, '微信一键登录');
  await mp.ui.waitForPage('pages/index/index');
  await mp.ui.waitFor('班组成员：李卫东');
  const wechatLogins = mp.calls.filter((c) => c.detail.startsWith('POST /api/v1/auth/wechat-login'));
  expect(wechatLogins.map((c) => c.detail)).toEqual(['POST /api/v1/auth/wechat-login → 200', 'POST /api/v1/auth/wechat-login → 200']);
  const memberToken = String(mp.wx.storage.get('qt.accessToken'));
  const me = await api<{ member: { name: string; mobile: string }; team: { id: number } }>(world.server.url, 'GET', '/members/me', { token: memberToken });
  expect(me).toMatchObject({ member: { name: '李卫东', mobile: '13912345678' }, team: { id: teamId } });

  // 记录 tab (WeChat's own tab bar) → 记录活动.
  await mp.navigate('switchTab', { url: '/pages/records/index' });
  await mp.ui.waitFor('＋ 记录活动');
  await tapButton(mp, '＋ 记录活动');
  await mp.ui.waitForPage('records/new/index');
  await mp.ui.waitFor('李卫东');
  const before = await serverRecords(world.server.url, teamId, cardToken);

  // No signal on site.
  mp.setOnline(false);
  await mp.ui.type('讲了什么、查了什么', '班前会：讲解钢筋绑扎间距和保护层厚度要求，检查上批次绑扎质量。');
  await mp.ui.type('例如：3 号楼 12 层', '2 号楼钢筋加工棚');
  await mp.ui.tap(mp.ui.findAll('李卫东').find((el) => !el.closest('button'))!);
  mp.wx.device.media.push(realPhotos().map((file) => ({ file })));
  await mp.ui.tap('＋ 拍照');
  await mp.ui.waitFor('同意并继续');
  await tapButton(mp, '同意并继续');
  await until('两张照片出现在表单里', () => mp.ui.root().querySelectorAll('image').length === 2);

  await tapButton(mp, '保存记录');
  await mp.ui.waitForPage('pages/records/index');
  await mp.ui.waitFor('待上传');
  expect(mp.ui.text()).toContain('暂无网络，显示本机保存的记录');
  expect(mp.ui.text()).toContain('2 号楼钢筋加工棚 · 1 人参加 · 2 张照片');
  const queue = JSON.parse(String(mp.wx.storage.get('qt.recordQueue'))) as Array<{ clientKey: string; photos: unknown[] }>;
  expect(queue).toHaveLength(1);
  expect(queue[0]!.photos).toHaveLength(2);
  expect(await serverRecords(world.server.url, teamId, cardToken)).toHaveLength(before.length);

  // Signal back: the app sends the record and its photos, once.
  mp.setOnline(true);
  await until('记录到达服务器', async () => (await serverRecords(world.server.url, teamId, cardToken)).length > before.length);
  await mp.ui.waitFor('已上传');
  expect(mp.ui.has('待上传')).toBe(false);
  const after = await serverRecords(world.server.url, teamId, cardToken);
  const added = after.filter((r) => !before.some((b) => b.id === r.id));
  expect(added).toHaveLength(1);
  expect(added[0]).toMatchObject({ clientKey: queue[0]!.clientKey, photoCount: 2 });
  expect(mp.logic.errors).toEqual([]);
  expect(mp.viewWarnings).toEqual([]);
});

test('two quick taps on 保存记录 save one record', async () => {
  const before = await serverRecords(world.server.url, teamId, cardToken);
  await tapButton(mp, '＋ 记录活动');
  await mp.ui.waitForPage('records/new/index');
  await mp.ui.type('讲了什么、查了什么', '质量检查：复核 3 层柱钢筋笼箍筋间距，全部合格。');
  await mp.ui.type('例如：3 号楼 12 层', '3 号楼 3 层');
  // Both taps land before the first has drawn the button busy, as a gloved double tap does.
  const save = mp.ui.findAll('保存记录').find((el) => el.closest('button'))!;
  await Promise.all([mp.ui.tap(save), mp.ui.tap(save)]);
  await mp.ui.waitForPage('pages/records/index');
  await until('记录到达服务器', async () => (await serverRecords(world.server.url, teamId, cardToken)).length > before.length);
  await mp.ui.settle(300);
  const added = (await serverRecords(world.server.url, teamId, cardToken)).filter((r) => !before.some((b) => b.id === r.id));
  expect(added.map((r) => r.content)).toEqual(['质量检查：复核 3 层柱钢筋笼箍筋间距，全部合格。']);
  expect(mp.ui.findAll('质量检查：复核 3 层柱钢筋笼箍筋间距，全部合格。')).toHaveLength(1);
  expect(JSON.parse(String(mp.wx.storage.get('qt.recordQueue') || '[]'))).toEqual([]);
  expect(mp.logic.errors).toEqual([]);
});
