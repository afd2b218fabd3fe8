import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { launchChromium, type LaunchedBrowser } from '../e2e/support/browser.js';
import { ROOT } from '../e2e/support/server.js';
import { drawPage } from './support/draw.js';
import { memberLogin, signIn } from './support/sessions.js';
import { openWorld, type World } from './support/world.js';

/** Three weapp pages as exparser built them, drawn by Chromium with the build's WXSS (see support/draw.ts). */
const DIR = join(ROOT, 'test/artifacts/weapp');
let world: World;
let chromium: LaunchedBrowser;
beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  world = await openWorld();
  chromium = await launchChromium();
}, 90_000);
afterAll(async () => {
  await chromium?.close();
  await world?.stop();
});

const isPng = (file: string) => readFileSync(file).subarray(1, 4).toString('latin1') === 'PNG';

it('draws the home, login and record pages of the weapp build in Chromium', async () => {
  const guest = await world.launch();
  await drawPage(chromium.browser, guest, join(DIR, 'weapp-home.png'));
  await guest.navigate('navigateTo', { url: '/pages/login/index' });
  await guest.ui.waitFor('微信一键登录');
  await drawPage(chromium.browser, guest, join(DIR, 'weapp-login.png'));
  const session = await memberLogin(world.server.url, world.demo.memberLoginCode);
  const member = await world.launch();
  signIn(member, session);
  await member.navigate('reLaunch', { url: `/records/new/index?teamId=${session.principal.teamId}` });
  await member.ui.waitFor('＋ 拍照');
  await drawPage(chromium.browser, member, join(DIR, 'weapp-record-new.png'));
  for (const name of ['weapp-home', 'weapp-login', 'weapp-record-new']) expect(isPng(join(DIR, `${name}.png`))).toBe(true);
  expect([...guest.logic.errors, ...member.logic.errors]).toEqual([]);
});
