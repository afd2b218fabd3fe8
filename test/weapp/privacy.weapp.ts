import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { realPhotos } from './support/fixtures.js';
import { memberLogin, signIn } from './support/sessions.js';
import { openWorld, type World } from './support/world.js';

/**
 * WeChat's user privacy authorization in the weapp build: a member who has never agreed taps 「＋ 拍照」; the base
 * library holds chooseMedia and asks the mini-program's onNeedPrivacyAuthorization listener; our popup shows. Refused:
 * chooseMedia fails with WeChat's own error, the page says why and stays usable. Agreed through the button with
 * open-type="agreePrivacyAuthorization": the held call goes on and the photo is taken; no popup after that.
 */
let world: World;
beforeAll(async () => {
  world = await openWorld();
}, 90_000);
afterAll(async () => world?.stop());

it('asks before the first privacy interface; a refusal leaves the page usable; consent lets the photo through', async () => {
  const session = await memberLogin(world.server.url, world.demo.memberLoginCode);
  const mp = await world.launch();
  signIn(mp, session);
  const teamId = (session.principal as { teamId: number }).teamId;
  await mp.navigate('reLaunch', { url: `/records/new/index?teamId=${teamId}` });
  await mp.ui.waitFor('＋ 拍照');
  expect(mp.wx.device.privacy.needAuthorization).toBe(true);
  const [photo] = realPhotos();
  mp.wx.device.media.push([{ file: photo! }], [{ file: photo! }]);

  // First tap: WeChat holds chooseMedia and the popup asks.
  await mp.ui.tap('＋ 拍照');
  await mp.ui.waitFor('隐私保护提示');
  expect(mp.ui.text()).toContain('同意并继续');
  expect(mp.calls.some((c) => c.api === 'onNeedPrivacyAuthorization')).toBe(true);

  // Refused: WeChat fails the call; the page explains and goes on working.
  await mp.ui.tap('拒绝');
  await mp.ui.settle(150);
  expect(mp.ui.has('隐私保护提示')).toBe(false);
  const refused = mp.calls.filter((c) => c.api === 'chooseMedia');
  expect(refused).toHaveLength(1);
  expect(refused[0]!.ok).toBe(false);
  expect(refused[0]!.detail).toContain('privacy permission is not authorized');
  expect(mp.wx.device.toasts.some((t) => t.includes('未同意隐私保护指引'))).toBe(true);
  expect(mp.wx.device.media).toHaveLength(2); // nothing was picked
  expect(mp.ui.findAll('＋ 拍照')).toHaveLength(1);
  expect(mp.ui.root().querySelectorAll('image')).toHaveLength(0);

  // Second tap: asked again; agreed with WeChat's own agree button, the held call goes on and the photo arrives.
  await mp.ui.tap('＋ 拍照');
  await mp.ui.waitFor('隐私保护提示');
  await mp.ui.tap('同意并继续');
  await mp.ui.settle(200);
  expect(mp.ui.has('隐私保护提示')).toBe(false);
  expect(mp.wx.device.privacy.needAuthorization).toBe(false);
  expect(mp.wx.device.privacyAsks.map((a) => `${a.referrer}:${a.answer}`)).toEqual(['chooseMedia:disagree', 'chooseMedia:agree']);
  expect(mp.calls.filter((c) => c.api === 'chooseMedia').map((c) => c.ok)).toEqual([false, true]);
  expect(mp.ui.root().querySelectorAll('image').length).toBe(1);

  // Agreed once: the next photo is taken without asking.
  await mp.ui.tap('＋ 拍照');
  await mp.ui.settle(200);
  expect(mp.wx.device.privacyAsks).toHaveLength(2);
  expect(mp.ui.root().querySelectorAll('image').length).toBe(2);
  expect(mp.logic.errors).toEqual([]);
  expect(mp.viewWarnings).toEqual([]);
  console.log(`privacy journey — WeChat APIs called:\n${mp.calls.map((c) => `  ${c.ok ? '✔' : '✘'} ${c.api} ${c.detail}`).join('\n')}`);
});

it('the privacy page states what is collected, why, for how long and whom to contact', async () => {
  const mp = await world.launch('pages/privacy/index');
  const text = mp.ui.text();
  for (const words of ['手机号', '照片', '申报材料', '保存', 'xzhd@cacem.com.cn']) expect(text).toContain(words);
  expect(mp.page.title).toBe('隐私保护指引');
  expect(mp.logic.errors).toEqual([]);
});
