import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext } from 'playwright-core';
import { api } from './support/api.js';
import { launchChromium, type LaunchedBrowser, toastGone } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview } from './support/review-config.js';
import {
  type Credentials,
  field,
  login,
  loginExpertInBrowser as loginInBrowser,
  phone,
  registerAndRecommend,
  rubricItems,
  scoresOf as scoresOfKind,
  screenAndDraw,
  shot,
  TEAMS,
  totalOf as totalOfKind,
} from './support/season.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';

const RETURN_REASON = '第 1 项分数与材料不符，请核实后重新评分。';
const ITEMS = rubricItems('materials');
const scoresOf = (minus: number) => scoresOfKind('materials', minus);
const totalOf = (minus: number) => totalOfKind('materials', minus);

describe('an expert scores a team’s materials on the H5 build at a phone size; the leader sees the spread and returns a sheet', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let dataDir: string;
  const configDirs: string[] = [];
  let applicationIds: number[];
  let leader: Credentials;
  let member: Credentials;
  let otherMember: Credentials;
  let memberContext: BrowserContext;
  let leaderContext: BrowserContext;

  beforeAll(async () => {
    dataDir = newDataDir();
    configDirs.push(configDirInRegistrationWindow());
    const registration = await startServer({ CONFIG_DIR: configDirs[0]! }, { dataDir });
    try {
      applicationIds = (await registerAndRecommend(registration.url)).map((t) => t.applicationId);
    } finally {
      await registration.stop();
    }
    moveStoredCampaignToMaterialsReview(dataDir);
    configDirs.push(configDirInMaterialsReviewWindow());
    server = await startServer({ CONFIG_DIR: configDirs[1]! }, { dataDir });
    const panel = await screenAndDraw(server.url);
    leader = panel.leader;
    [member, otherMember] = panel.members as [Credentials, Credentials];
    chromium = await launchChromium();
    memberContext = await chromium.browser.newContext(phone);
    leaderContext = await chromium.browser.newContext(phone);
  }, 240_000);
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('the expert logs in and sees the panel, the role and the three teams to score', async () => {
    const page = await memberContext.newPage();
    await loginInBrowser(page, server.url, member);
    await page.getByTestId('exp-home-panel').filter({ hasText: '第 1 组 · 组员' }).waitFor();
    const todo = page.getByTestId('exp-group-materials-todo');
    for (const team of TEAMS) await todo.getByTestId('exp-task').filter({ hasText: team.name }).waitFor();
    await expect(page.getByTestId('exp-home-leader').count()).resolves.toBe(0);
    await shot(page, 'expert-1-home');
  });

  it('the 记录 tab tells a logged-in expert that records are the teams\' to keep, instead of asking to log in', async () => {
    const context = await chromium.browser.newContext(phone);
    const page = await context.newPage();
    await loginInBrowser(page, server.url, member);
    await page.getByTestId('exp-home-panel').first().waitFor();
    await page.goto(`${server.url}/#/pages/records/index`);
    await page.getByTestId('records-not-for-role').filter({ hasText: '评审专家' }).waitFor();
    await expect(page.getByTestId('records-login').count()).resolves.toBe(0);
    await shot(page, 'expert-1b-records-tab');
    await page.getByTestId('records-go-home').click();
    await page.getByTestId('exp-home-panel').first().waitFor();
    await context.close();
  });

  it('refuses an out-of-range score beside the item, then fills every item, saves a draft that survives a reload, and submits', async () => {
    const page = memberContext.pages()[0]!;
    await page.getByTestId('exp-task').filter({ hasText: TEAMS[0].name }).click();
    await page.getByTestId('exp-score-team').filter({ hasText: TEAMS[0].name }).waitFor();
    await page.getByTestId('exp-material-pdf').waitFor();
    const items = page.getByTestId('exp-item');
    await expect(items.count()).resolves.toBe(ITEMS.length);

    const first = items.nth(0);
    // A score opens the keypad with a decimal point (scores go in halves), not a letter keyboard.
    await expect(first.locator('[data-testid="exp-item-input"] input').evaluate((i: HTMLInputElement) => i.inputMode)).resolves.toBe('decimal');
    await first.locator('[data-testid="exp-item-input"] input').fill(String(ITEMS[0]!.max + 7));
    await expect(first.getByTestId('exp-item-message').innerText()).resolves.toBe(`「${ITEMS[0]!.title}」的得分应在 0 到 ${ITEMS[0]!.max} 分之间`);
    // Saving is refused on the phone before anything is sent.
    await page.getByTestId('exp-score-save').click();
    await page.getByTestId('exp-score-error').filter({ hasText: '分数不正确' }).waitFor();
    await first.scrollIntoViewIfNeeded();
    await shot(page, 'expert-2a-out-of-range');

    for (const [i, item] of ITEMS.entries()) await items.nth(i).locator('[data-testid="exp-item-input"] input').fill(String(item.max - 0.5));
    await expect(first.getByTestId('exp-item-message').count()).resolves.toBe(0);
    // The stepper: − then + comes back to the same score.
    await items.nth(1).getByTestId('exp-item-minus').click();
    await items.nth(1).getByTestId('exp-item-plus').click();
    await first.getByTestId('exp-item-comment-open').click();
    await first.locator('[data-testid="exp-item-comment"] textarea').fill('目标量化清楚，个别指标缺少基线数据。');
    await expect(page.getByTestId('exp-score-running-total').innerText()).resolves.toBe(String(totalOf(0.5)));
    await expect(page.getByTestId('exp-score-count').innerText()).resolves.toContain(`${ITEMS.length}/${ITEMS.length}`);
    await page.getByTestId('exp-score-save').click();
    await page.getByTestId('exp-score-saved').waitFor();
    await toastGone(page, '草稿已保存');
    await shot(page, 'expert-2-score-sheet');

    await page.reload();
    await page.getByTestId('exp-score').waitFor();
    await expect(page.getByTestId('exp-score-status').innerText()).resolves.toBe('草稿');
    await expect(page.getByTestId('exp-item').nth(0).locator('[data-testid="exp-item-input"] input').inputValue()).resolves.toBe(String(ITEMS[0]!.max - 0.5));
    await expect(page.locator('[data-testid="exp-item-comment"] textarea').first().inputValue()).resolves.toContain('基线数据');
    await expect(page.getByTestId('exp-score-running-total').innerText()).resolves.toBe(String(totalOf(0.5)));

    await page.getByTestId('exp-score-submit').click();
    await page.getByTestId('exp-submit-confirm').filter({ hasText: '提交后不能修改' }).waitFor();
    await page.getByTestId('exp-submit-confirm-ok').click();
    await page.getByTestId('exp-score-total').filter({ hasText: String(totalOf(0.5)) }).waitFor();
    await expect(page.getByTestId('exp-score-submit').count()).resolves.toBe(0);
    await page.getByTestId('exp-panel-sheets').waitFor();
    await toastGone(page, '评分已提交');
    await shot(page, 'expert-3-submitted');
  });

  it('the leader follows progress; once all three have submitted sees the totals and the spread, and returns one sheet with a reason', async () => {
    const page = await leaderContext.newPage();
    await loginInBrowser(page, server.url, leader);
    await page.getByTestId('exp-home-panel').filter({ hasText: '组长' }).waitFor();
    await page.getByTestId('exp-home-progress').click();
    const row = page.getByTestId('exp-progress-item').filter({ hasText: TEAMS[0].name });
    await row.getByTestId('exp-progress-item-count').filter({ hasText: '1/3' }).waitFor();
    await expect(row.getByTestId('exp-progress-total').count()).resolves.toBe(0);

    // The leader and the other member submit theirs through the API.
    const applicationId = applicationIds[0]!;
    await api(server.url, 'POST', `/reviews/${applicationId}/materials/submit`, { token: await login(server.url, leader.username, leader.password), json: { scores: scoresOf(0) } });
    await api(server.url, 'POST', `/reviews/${applicationId}/materials/submit`, {
      token: await login(server.url, otherMember.username, otherMember.password),
      json: { scores: scoresOf(1) },
    });

    await page.reload();
    await row.getByTestId('exp-progress-item-count').filter({ hasText: '3/3' }).waitFor();
    await expect(row.getByTestId('exp-progress-total').allInnerTexts()).resolves.toEqual(expect.arrayContaining([String(totalOf(0)), String(totalOf(0.5)), String(totalOf(1))]));
    await expect(row.getByTestId('exp-progress-spread-分差').innerText()).resolves.toBe(String(totalOf(0) - totalOf(1)));
    await expect(row.getByTestId('exp-progress-spread-平均').innerText()).resolves.toBe(String(totalOf(0.5)));
    await shot(page, 'expert-4-progress');

    await row.locator(`[data-testid="exp-progress-sheet"][data-expert-id="${member.expertId}"]`).getByTestId('exp-progress-return').click();
    // The reason is required.
    await page.getByTestId('exp-return-confirm-ok').click();
    await page.getByTestId('exp-return-confirm-error').filter({ hasText: '请填写退回原因' }).waitFor();
    await field(page, 'exp-return-reason', 'textarea').fill(RETURN_REASON);
    await page.getByTestId('exp-return-confirm-ok').click();
    await row.getByTestId('exp-progress-item-count').filter({ hasText: '2/3' }).waitFor();
    await row.getByText(`已退回：${RETURN_REASON}`).waitFor();
  });

  it('the expert whose sheet was returned sees the reason and can correct it', async () => {
    const page = memberContext.pages()[0]!;
    await page.goto(`${server.url}/#/expert/home/index`);
    const returned = page.getByTestId('exp-group-materials-returned');
    await returned.getByTestId('exp-task').filter({ hasText: TEAMS[0].name }).waitFor();
    await expect(returned.getByTestId('exp-task-reason').innerText()).resolves.toContain(RETURN_REASON);
    await returned.getByTestId('exp-task').first().click();
    await page.getByTestId('exp-score-return-reason').filter({ hasText: RETURN_REASON }).waitFor();
    await page.getByTestId('exp-score-submit').waitFor();
    await expect(page.getByTestId('exp-item').nth(0).locator('[data-testid="exp-item-input"] input').inputValue()).resolves.toBe(String(ITEMS[0]!.max - 0.5));
    await shot(page, 'expert-5-returned');
  });
});
