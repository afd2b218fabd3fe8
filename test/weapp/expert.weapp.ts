import { afterAll, beforeAll, expect, test } from '@jest/globals';
import { api } from '../e2e/support/api.js';
import { type Credentials, login, type RegisteredTeam, rubricItems } from '../e2e/support/season.js';
import type { MiniProgram } from './runtime/mini-program.js';
import { tapButton, until, writeApiLog } from './support/fixtures.js';
import { materialsReviewWorld } from './support/season.js';
import type { World } from './support/world.js';

/**
 * A drawn expert scores a team's materials on the phone: logs in with the account the secretariat opened, opens the
 * team's sheet, sets scores with the − / + steppers and by typing, saves a draft, and submits.
 */
const ITEMS = rubricItems('materials');

let world: World;
let mp: MiniProgram;
let team: RegisteredTeam;
let expert: Credentials;

interface SheetPage {
  sheet: { status: string; scores: Record<string, number>; total: number | null };
}

beforeAll(async () => {
  const review = await materialsReviewWorld();
  world = review.world;
  team = review.teams[0]!;
  expert = review.members[0]!;
}, 240_000);

afterAll(async () => {
  if (mp) writeApiLog('expert', mp.calls);
  await world?.stop();
});

/** The drawn item `index` (1-based, as the sheet numbers them): its − and + buttons and its score input. */
function item(index: number): { minus: Element; plus: Element; input: Element } {
  const title = mp.ui.findAll(`${index}. ${ITEMS[index - 1]!.title}`)[0];
  let box = title?.parentElement ?? null;
  while (box && box.querySelectorAll('button').length < 2) box = box.parentElement;
  if (!box) throw new Error(`评分表上没有第 ${index} 项「${ITEMS[index - 1]!.title}」`);
  const buttons = [...box.querySelectorAll('button')];
  const minus = buttons.find((b) => b.textContent?.trim() === '−');
  const plus = buttons.find((b) => b.textContent?.trim() === '+');
  const input = box.querySelector('input');
  if (!minus || !plus || !input) throw new Error(`第 ${index} 项没有 − / + 步进按钮和分数输入框`);
  return { minus, plus, input };
}

test('the expert logs in, scores with the steppers, saves a draft and submits, and the server holds both', async () => {
  mp = await world.launch('pages/login/index');
  await mp.ui.tap('账号登录');
  await mp.ui.type('秘书处、推荐单位或专家账号', expert.username);
  await mp.ui.type('请输入密码', expert.password);
  await tapButton(mp, '登录');
  await mp.ui.waitForPage('pages/index/index');
  await tapButton(mp, '进入评审');
  await mp.ui.waitForPage('expert/home/index');
  await mp.ui.waitFor(team.name);
  await mp.ui.tap(team.name);
  await mp.ui.waitForPage('expert/score/index');
  await mp.ui.waitFor('保存草稿');

  // Item 1 from empty: + four times (0.5 each) and − once → 1.5. Item 2: typed 4, then + twice (capped at 5) and − once → 4.5.
  // Every other item: typed one point under its maximum.
  const expected: Record<string, number> = {};
  for (let i = 0; i < 4; i += 1) await mp.ui.tap(item(1).plus);
  await mp.ui.tap(item(1).minus);
  expected[ITEMS[0]!.id] = 1.5;
  await mp.ui.type(item(2).input, String(ITEMS[1]!.max - 1));
  await mp.ui.tap(item(2).plus);
  await mp.ui.tap(item(2).plus);
  await mp.ui.tap(item(2).minus);
  expected[ITEMS[1]!.id] = ITEMS[1]!.max - 0.5;
  for (const [i, it] of ITEMS.entries()) {
    if (i < 2) continue;
    await mp.ui.type(item(i + 1).input, String(it.max - 1));
    expected[it.id] = it.max - 1;
  }
  const total = Object.values(expected).reduce((s, v) => s + v, 0);
  await mp.ui.waitFor(`已评 ${ITEMS.length}/${ITEMS.length} 项`);
  expect(mp.ui.text()).toContain(`合计${String(total)}`);

  await tapButton(mp, '保存草稿');
  await until('草稿已保存 toast', () => mp.wx.device.toasts.includes('草稿已保存'));
  const token = await login(world.server.url, expert.username, expert.password);
  const sheet = () => api<SheetPage>(world.server.url, 'GET', `/reviews/${team.applicationId}/materials`, { token });
  const draft = (await sheet()).sheet;
  expect(draft.status).toBe('draft');
  expect(draft.scores).toEqual(expected);

  await tapButton(mp, '提交评分');
  await mp.ui.waitFor('提交后不能修改（除非组长退回），确定提交？');
  expect(mp.ui.text()).toContain(`本表总分 ${String(total)} 分`);
  await tapButton(mp, '确认提交');
  await until('评分已提交 toast', () => mp.wx.device.toasts.includes('评分已提交'));
  await mp.ui.waitFor('提交，总分');
  const submitted = (await sheet()).sheet;
  expect(submitted).toMatchObject({ status: 'submitted', scores: expected, total });

  expect(mp.calls.filter((c) => !c.ok)).toEqual([]);
  expect(mp.logic.errors).toEqual([]);
  expect(mp.viewWarnings).toEqual([]);
});
