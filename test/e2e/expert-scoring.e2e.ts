import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { creditCodeCheckChar } from '@cacem/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { pdfFixture, pptxFixture } from '../../server/test/support/material-files.js';
import { api, uploadTo } from './support/api.js';
import { launchChromium, type LaunchedBrowser, SCREENSHOTS } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview } from './support/review-config.js';
import { newDataDir, ROOT, type RunningServer, startServer } from './support/server.js';

const UNIT_A = '中国冶金建设协会'; // tuijian01's unit
const TEAMS = [
  { name: '钢结构安装一班', unit: 'A' },
  { name: '机电调试班组', unit: 'A' },
  { name: '桥梁预制梁班组', unit: 'B' },
] as const;
const RETURN_REASON = '第 1 项分数与材料不符，请核实后重新评分。';
const field = (page: Page, testId: string, tag = 'input') => page.locator(`[data-testid="${testId}"] ${tag}`);
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' };
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

interface RubricItem {
  id: string;
  title: string;
  max: number;
}
const rubric = (JSON.parse(readFileSync(join(ROOT, 'config/campaigns/2026.json'), 'utf8')) as {
  rubrics: { materials: { categories: Array<{ items: RubricItem[] }> } };
}).rubrics.materials;
const ITEMS = rubric.categories.flatMap((c) => c.items);
const scoresOf = (minus: number) => Object.fromEntries(ITEMS.map((i) => [i.id, i.max - minus]));
const totalOf = (minus: number) => ITEMS.reduce((s, i) => s + i.max - minus, 0);

interface Credentials {
  expertId: number;
  username: string;
  password: string;
  name: string;
}

const login = async (base: string, username: string, password: string) =>
  (await api<{ accessToken: string }>(base, 'POST', '/auth/login', { json: { username, password } })).accessToken;

/** Registration window: three enterprises each register a team and submit; two units recommend them. */
async function registerAndRecommend(base: string): Promise<number[]> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  const unitA = units.items.find((u) => u.name === UNIT_A)!;
  const unitB = units.items.find((u) => u.id !== unitA.id)!;
  const contactB = await api<{ username: string; password: string }>(base, 'POST', `/recommending-units/${unitB.id}/contacts`, {
    token: secretariat,
    json: { displayName: '乙单位联系人', username: 'e2e-unit-b' },
  });
  const recommender = { A: await login(base, 'tuijian01', 'Demo@2026'), B: await login(base, contactB.username, contactB.password) };
  const ids: number[] = [];
  for (const [i, team] of TEAMS.entries()) {
    const unitId = team.unit === 'A' ? unitA.id : unitB.id;
    const card = await api<{ cardNo: string; password: string }>(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: `评审测试建设有限公司${i + 1}` } });
    const token = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
    const body = `9111010${String(800 + i).padStart(10, '0')}`;
    await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
    const created = await api<{ id: number }>(base, 'POST', '/teams', { token, json: { name: team.name, kind: 'construction_crew' } });
    const application = await api<{ id: number }>(base, 'PUT', `/teams/${created.id}/application`, {
      token,
      json: {
        recommendingUnitId: unitId,
        profile: { leaderName: '李工', leaderMobile: '13800138002', memberCount: 12, specialty: '钢结构', projectName: '示例大桥工程', introduction: '班组简介' },
        declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
      },
    });
    await api(base, 'POST', `/teams/${created.id}/activity-records`, {
      token,
      json: { clientKey: `rec-exp-${i}-0000`, date: today(), kind: 'pre_shift_meeting', content: '班前会', place: '工地', attendeeIds: [] },
    });
    await uploadTo(base, `/applications/${application.id}/materials/pdf`, token, 'file', '申报材料.pdf', await pdfFixture(team.name), 'application/pdf');
    await uploadTo(base, `/applications/${application.id}/materials/ppt`, token, 'file', '成果发布.pptx', pptxFixture(team.name), 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    await api(base, 'POST', `/applications/${application.id}/submit`, { token });
    await api(base, 'POST', `/applications/${application.id}/recommend`, { token: recommender[team.unit], json: {} });
    ids.push(application.id);
  }
  return ids;
}

/** Materials-review window: screening passes all, three experts join the pool with accounts, one panel of three is drawn. */
async function screenAndDraw(base: string): Promise<{ leader: Credentials; members: Credentials[] }> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const passed = await api<Record<string, unknown>>(base, 'POST', '/screening/bulk-pass', { token: secretariat, json: {} });
  expect(JSON.stringify(passed)).not.toContain('"skipped":[{');
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  // The teams' units are UNIT_A and the first other unit (see registerAndRecommend): the experts come from neither.
  const unitA = units.items.find((u) => u.name === UNIT_A)!;
  const unitB = units.items.find((u) => u.id !== unitA.id)!;
  const expertUnits = units.items.filter((u) => u.id !== unitA.id && u.id !== unitB.id).slice(5, 8);
  const names = ['赵建华', '钱立新', '孙宏伟'];
  const experts: Credentials[] = [];
  for (const [i, name] of names.entries()) {
    const expert = await api<{ id: number }>(base, 'POST', '/experts', {
      token: secretariat,
      json: {
        name,
        mobile: `1391000000${i}`,
        enterpriseName: `专家所在工程局${i + 1}`,
        recommendingUnitId: expertUnits[i]!.id,
        specialties: ['土建', '钢结构'],
        trainingStatus: 'trained',
        trainedAt: '2026-03-01',
        assessmentStatus: 'passed',
        assessedAt: '2026-03-15',
      },
    });
    const account = await api<{ username: string; password: string }>(base, 'POST', `/experts/${expert.id}/account`, { token: secretariat, json: { username: `e2e-expert-${i + 1}` } });
    experts.push({ expertId: expert.id, username: account.username, password: account.password, name });
  }
  const drawn = await api<{ id: number }>(base, 'POST', '/draws', { token: secretariat, json: { panelCount: 1, panelSize: 3, seed: 'e2e-expert-scoring' } });
  const draw = await api<{ panels: Array<{ leader: { id: number }; members: Array<{ id: number }> }> }>(base, 'GET', `/draws/${drawn.id}`, { token: secretariat });
  const panel = draw.panels[0]!;
  const byId = (id: number) => experts.find((e) => e.expertId === id)!;
  return { leader: byId(panel.leader.id), members: panel.members.map((m) => byId(m.id)) };
}

async function loginInBrowser(page: Page, base: string, who: Credentials) {
  await page.goto(`${base}/#/pages/login/index`);
  await page.getByText('账号登录').click();
  await field(page, 'login-username').fill(who.username);
  await field(page, 'login-password').fill(who.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-expert').click();
  await page.getByTestId('exp-home').waitFor();
}

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
      applicationIds = await registerAndRecommend(registration.url);
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

  it('refuses an out-of-range score beside the item, then fills every item, saves a draft that survives a reload, and submits', async () => {
    const page = memberContext.pages()[0]!;
    await page.getByTestId('exp-task').filter({ hasText: TEAMS[0].name }).click();
    await page.getByTestId('exp-score-team').filter({ hasText: TEAMS[0].name }).waitFor();
    await page.getByTestId('exp-material-pdf').waitFor();
    const items = page.getByTestId('exp-item');
    await expect(items.count()).resolves.toBe(ITEMS.length);

    const first = items.nth(0);
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
    await page.waitForTimeout(1800); // the 草稿已保存 toast fades
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
    await page.waitForTimeout(1800); // the 评分已提交 toast fades
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
