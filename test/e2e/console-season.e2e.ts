import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { APPLICATION_STATUS_LABEL, creditCodeCheckChar, GRADE_LABEL } from '@cacem/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { pdfFixture, pptxFixture } from '../../server/test/support/material-files.js';
import { api, uploadTo } from './support/api.js';
import { launchChromium, type LaunchedBrowser } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { bodyRows, desk, deskShot, downloadWorkbook, drawnPixels, headerOf, loginConsole, openConsolePage, type Sheet } from './support/console-season.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview, moveStoredCampaignToPresentations } from './support/review-config.js';
import { field, login, rubricItems, scoresOf, today, UNIT_A } from './support/season.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';

/**
 * Issue 7: the secretariat runs a small season start to finish through the desk console alone, in Chromium at
 * 1440×900. Every secretariat step is a click in the console; the other roles (declarants, recommenders, experts)
 * act through the HTTP API, as the season's other browser tests do. Four enterprises, four teams, two recommending
 * units, three experts in one panel; the top three are invited, all three present and are graded.
 */

const ENTERPRISES = ['秦岭隧道建设有限公司', '黄河大桥工程有限公司', '长江机电安装有限公司', '珠江市政建设有限公司'];
const TEAM_NAMES = ['盾构掘进一班', '预应力张拉班组', '机电联调班组', '管廊施工二班'];
/** Which of the two units (0: the first, 1: the second) recommends each team. */
const TEAM_UNIT = [0, 0, 1, 1];
const EXPERTS = [
  { name: '周文博', mobile: '13912000001', enterprise: '华北工程建设集团有限公司' },
  { name: '吴海峰', mobile: '13912000002', enterprise: '西南路桥集团有限公司' },
  { name: '郑清远', mobile: '13912000003', enterprise: '东方安装工程有限公司' },
];
const SEED = 'console-season-2026';
const SESSION = { title: '第一场（隧道、桥梁与机电）', venue: '北京市丰台区中施企协会议中心' };
const INVITED = 3;
const shotName = (n: number, stage: string) => `console-season-${String(n).padStart(2, '0')}-${stage}`;

interface Unit {
  id: number;
  name: string;
}
interface Team {
  name: string;
  enterprise: string;
  unit: Unit;
  cardNo: string;
  cardPassword: string;
  applicationId: number;
}
interface ExpertLogin {
  name: string;
  username: string;
  password: string;
}

describe('issue 7: the secretariat runs a small season start to finish through the console (H5 build, Chromium 1440×900)', () => {
  let dataDir: string;
  const configDirs: string[] = [];
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let context: BrowserContext;
  let page: Page;
  let units: Unit[];
  let teamUnits: Unit[];
  let expertUnits: Unit[];
  const contacts: Array<{ unit: Unit; username: string; password: string }> = [];
  const teams: Team[] = [];
  const experts: ExpertLogin[] = [];
  let certificateNos: string[] = [];

  const waitIdle = (testId: string) => page.waitForFunction((id) => !document.querySelector(`[data-testid="${id}-refreshing"]`), testId);

  /** Restarts the server on the same data folder with the stored campaign moved to the next stage; the console logs in again. */
  async function restartInto(move: (dir: string) => void, configDir: string) {
    await server.stop();
    move(dataDir);
    server = await startServer({ CONFIG_DIR: configDir }, { dataDir });
    await loginConsole(page, server.url);
  }

  beforeAll(async () => {
    dataDir = newDataDir();
    configDirs.push(configDirInRegistrationWindow(), configDirInMaterialsReviewWindow());
    server = await startServer({ CONFIG_DIR: configDirs[0]! }, { dataDir });
    const listed = await api<{ items: Unit[] }>(server.url, 'GET', '/recommending-units');
    units = listed.items;
    // tuijian01 already speaks for UNIT_A; the season's two units are the first two others, the experts come from neither.
    const others = units.filter((u) => u.name !== UNIT_A);
    teamUnits = others.slice(0, 2);
    expertUnits = others.slice(6, 9);
    chromium = await launchChromium();
    context = await chromium.browser.newContext(desk);
    page = await context.newPage();
  }, 120_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('registration window — 报名卡: bulk-issues four cards and downloads the list with the one-time passwords', async () => {
    await loginConsole(page, server.url);
    await openConsolePage(page, 'cards', '发放报名卡');
    await page.getByTestId('cards-bulk-names').fill(ENTERPRISES.join('\n'));
    await expect(page.getByTestId('cards-bulk-count').innerText()).resolves.toContain('共 4 行');
    await page.getByTestId('cards-bulk-submit').click();
    await page.getByTestId('cards-bulk-confirm').waitFor();
    await page.getByTestId('cards-bulk-confirm-ok').click();
    const result = page.getByTestId('cards-bulk-result');
    await result.waitFor();
    await expect(result.innerText()).resolves.toContain('已发放 4 张报名卡。');

    // The passwords are only in the list (a signed link, once): download it and read the cards from it.
    const { filename, sheets } = await downloadWorkbook(page, () => page.getByTestId('cards-bulk-download').click());
    expect(filename).toMatch(/\.xlsx$/);
    const sheet = sheets[0]!;
    expect(headerOf(sheet, 2)).toEqual(['序号', '企业名称', '报名卡号', '初始密码']);
    const rows = bodyRows(sheet, 2);
    expect(rows.map((r) => r[1])).toEqual(ENTERPRISES);
    for (const [i, row] of rows.entries()) {
      expect(row[0]).toBe(i + 1);
      expect(String(row[2])).toMatch(/^\S{6,}$/);
      expect(String(row[3])).toMatch(/^\S{6,}$/);
    }
    const cards = rows.map((r) => ({ cardNo: String(r[2]), password: String(r[3]) }));
    // The table below lists the four cards, none logged in yet.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="cards-row"]').length >= 4);
    const listed = await page.getByTestId('cards-row-card-no').allInnerTexts();
    for (const card of cards) expect(listed).toContain(card.cardNo);
    await deskShot(page, shotName(1, 'cards-issued'));
    ENTERPRISES.forEach((enterprise, i) =>
      teams.push({ name: TEAM_NAMES[i]!, enterprise, unit: teamUnits[TEAM_UNIT[i]!]!, cardNo: cards[i]!.cardNo, cardPassword: cards[i]!.password, applicationId: 0 }),
    );
  }, 180_000);

  it('registration window — 推荐单位: opens a contact for each of the two units, the one-time password shown once', async () => {
    await openConsolePage(page, 'units', '推荐单位报送情况');
    for (const [k, unit] of teamUnits.entries()) {
      const row = page.locator(`[data-testid="units-row"][data-unit-id="${unit.id}"]`);
      await row.getByTestId('units-contacts').click();
      const panel = page.locator(`[data-testid="units-contacts-panel"][data-unit-id="${unit.id}"]`);
      await panel.waitFor();
      await field(page, 'contact-display-name').fill(k === 0 ? '甲单位联系人' : '乙单位联系人');
      await field(page, 'contact-username').fill(`season-unit-${k + 1}`);
      await page.getByTestId('contact-create-submit').click();
      const created = page.getByTestId('contact-created');
      await created.waitFor();
      const username = (await created.getByTestId('contact-created-username').innerText()).trim();
      const password = (await created.getByTestId('contact-password').innerText()).trim();
      expect(username).toBe(`season-unit-${k + 1}`);
      expect(password).toMatch(/^\S{6,}$/);
      contacts.push({ unit, username, password });
      await panel.getByTestId('units-contact-row').filter({ hasText: username }).waitFor();
      if (k === 1) await deskShot(page, shotName(2, 'units-contact'));
      await page.getByTestId('contact-created-close').click();
      await panel.getByTestId('units-contacts-close').click();
    }
  }, 120_000);

  it('registration window — the declarants register with the issued cards and submit, the units recommend (API, not the secretariat)', async () => {
    const recommender = await Promise.all(contacts.map((c) => login(server.url, c.username, c.password)));
    for (const [i, team] of teams.entries()) {
      const token = (await api<{ accessToken: string }>(server.url, 'POST', '/auth/card-login', { json: { cardNo: team.cardNo, password: team.cardPassword } })).accessToken;
      const body = `9111010${String(700 + i).padStart(10, '0')}`;
      await api(server.url, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
      const created = await api<{ id: number }>(server.url, 'POST', '/teams', { token, json: { name: team.name, kind: 'construction_crew' } });
      const application = await api<{ id: number }>(server.url, 'PUT', `/teams/${created.id}/application`, {
        token,
        json: {
          recommendingUnitId: team.unit.id,
          profile: { leaderName: '王工', leaderMobile: '13800138003', memberCount: 10, specialty: '土建', projectName: '示范工程', introduction: '班组简介' },
          declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
        },
      });
      await api(server.url, 'POST', `/teams/${created.id}/activity-records`, {
        token,
        json: { clientKey: `rec-console-season-${i}`, date: today(), kind: 'pre_shift_meeting', content: '班前会', place: '工地', attendeeIds: [] },
      });
      await uploadTo(server.url, `/applications/${application.id}/materials/pdf`, token, 'file', '申报材料.pdf', await pdfFixture(team.name), 'application/pdf');
      await uploadTo(server.url, `/applications/${application.id}/materials/ppt`, token, 'file', '成果发布.pptx', pptxFixture(team.name), 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
      await api(server.url, 'POST', `/applications/${application.id}/submit`, { token });
      await api(server.url, 'POST', `/applications/${application.id}/recommend`, { token: recommender[TEAM_UNIT[i]!]!, json: {} });
      team.applicationId = application.id;
    }
  }, 180_000);

  it('materials review — 申报总览: selects all four and bulk-passes 初选通过', async () => {
    await restartInto(moveStoredCampaignToMaterialsReview, configDirs[1]!);
    await openConsolePage(page, 'applications', '申报总览');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="apps-row"]').length === 4);
    await expect(page.getByTestId('apps-count').innerText()).resolves.toBe('共 4 条');
    expect(new Set(await page.getByTestId('apps-team').allInnerTexts())).toEqual(new Set(TEAM_NAMES));
    await page.getByTestId('apps-select-all').check();
    await expect(page.getByTestId('apps-selected-count').innerText()).resolves.toContain('4');
    await page.getByTestId('apps-bulk-pass').click();
    await page.getByTestId('apps-confirm').waitFor();
    await expect(page.getByTestId('apps-confirm-warning').count()).resolves.toBe(0);
    await page.getByTestId('apps-confirm-ok').click();
    const result = page.getByTestId('apps-bulk-result');
    await result.waitFor();
    await expect(result.innerText()).resolves.toContain('初选通过 4 个。');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="apps-status"][data-status="screened_in"]').length === 4);
    await deskShot(page, shotName(3, 'applications-screened'));
  }, 180_000);

  it('materials review — 专家库: adds three experts with the form and opens their accounts (one-time passwords shown once)', async () => {
    await openConsolePage(page, 'experts', '专家库');
    await page.locator('[data-testid="experts-empty"], [data-testid="experts-row"]').first().waitFor();
    for (const [i, expert] of EXPERTS.entries()) {
      await page.getByTestId('experts-add').click();
      await page.getByTestId('experts-panel').waitFor();
      await page.getByTestId('expert-form-name').fill(expert.name);
      await page.getByTestId('expert-form-mobile').fill(expert.mobile);
      await page.getByTestId('expert-form-enterprise').fill(expert.enterprise);
      await page.locator(`[data-testid="expert-form-unit"] option[value="${expertUnits[i]!.id}"]`).waitFor({ state: 'attached' });
      await page.getByTestId('expert-form-unit').selectOption(String(expertUnits[i]!.id));
      await page.getByTestId('expert-form-specialties').fill('土建、机电安装');
      await page.getByTestId('expert-form-training').selectOption('trained');
      await page.getByTestId('expert-form-trained-at').fill('2026-03-01');
      await page.getByTestId('expert-form-assessment').selectOption('passed');
      await page.getByTestId('expert-form-assessed-at').fill('2026-03-15');
      if (i === 0) await deskShot(page, shotName(4, 'experts-form'));
      await page.getByTestId('expert-form-save').click();
      await page.getByTestId('experts-notice').filter({ hasText: `已添加专家「${expert.name}」` }).waitFor();
      await page.getByTestId('experts-row').filter({ hasText: expert.name }).waitFor();
    }
    await waitIdle('experts');
    expect(await page.getByTestId('experts-row').count()).toBe(3);
    expect(await page.getByTestId('experts-drawable').allInnerTexts()).toEqual(['可抽取', '可抽取', '可抽取']);

    for (const expert of EXPERTS) {
      const row = page.getByTestId('experts-row').filter({ hasText: expert.name });
      await row.getByTestId('experts-account').click();
      await page.getByTestId('experts-account-confirm').waitFor();
      await page.getByTestId('experts-account-confirm-ok').click();
      const shown = page.getByTestId('experts-account-result');
      await shown.waitFor();
      const username = (await shown.getByTestId('experts-account-username').innerText()).trim();
      const password = (await shown.getByTestId('experts-account-password').innerText()).trim();
      expect(username).toMatch(/^\S{3,}$/);
      expect(password).toMatch(/^\S{6,}$/);
      experts.push({ name: expert.name, username, password });
      if (experts.length === 3) await deskShot(page, shotName(5, 'experts-account'));
      await page.getByTestId('experts-account-result-ok').click();
      await row.filter({ hasText: '已开设' }).waitFor();
    }
    // Each one-time password logs its expert in.
    for (const expert of experts) await expect(login(server.url, expert.username, expert.password)).resolves.toMatch(/\S+/);
  }, 180_000);

  it('materials review — 专家组抽取: draws one panel of three with a seed and 复核 reproduces it', async () => {
    await openConsolePage(page, 'draws', '专家组抽取');
    await page.getByTestId('draw-list-empty').waitFor();
    await page.getByTestId('draw-panel-count').fill('1');
    await page.getByTestId('draw-panel-size').fill('3');
    await page.getByTestId('draw-seed').fill(SEED);
    await page.getByTestId('draw-submit').click();
    await page.getByTestId('draw-confirm').waitFor();
    await page.getByTestId('draw-confirm-ok').click();
    await page.getByTestId('draw-notice').filter({ hasText: `种子 ${SEED}` }).waitFor();
    const detail = page.getByTestId('draw-detail');
    await detail.waitFor();
    await expect(detail.getByTestId('draw-detail-seed').innerText()).resolves.toBe(SEED);
    await expect(detail.getByTestId('draw-panel').count()).resolves.toBe(1);
    const panelText = (await detail.getByTestId('draw-panel-leader').innerText()) + (await detail.getByTestId('draw-panel-members').innerText());
    for (const expert of EXPERTS) expect(panelText).toContain(expert.name);
    const assigned = await detail.getByTestId('draw-panel-applications').innerText();
    for (const team of teams) expect(assigned).toContain(team.name);

    await detail.getByTestId('draw-detail-verify').click();
    const verified = page.getByTestId('draw-verify-result');
    await verified.waitFor();
    await expect(verified.getAttribute('data-verified')).resolves.toBe('true');
    await page.getByTestId('draw-row').filter({ hasText: '已复核' }).waitFor();
    await deskShot(page, shotName(6, 'draw-verified'));
  }, 120_000);

  it('materials review — experts score via the API; 评审进度 shows the panel complete and the secretariat 结束资料审核', async () => {
    for (const [k, expert] of experts.entries()) {
      const token = await login(server.url, expert.username, expert.password);
      for (const [i, team] of teams.entries()) {
        await api(server.url, 'POST', `/reviews/${team.applicationId}/materials/submit`, { token, json: { scores: scoresOf('materials', (i + k) * 0.5) } });
      }
    }
    await openConsolePage(page, 'progress', '评审进度');
    const row = page.locator('[data-testid="progress-materials-row"][data-panel="1"]');
    await row.locator('[data-testid="progress-sheets"]', { hasText: '12 / 12' }).waitFor();
    await expect(row.getAttribute('data-state')).resolves.toBe('ready');
    await row.getByTestId('progress-open').click();
    const detail = page.getByTestId('progress-detail');
    await detail.waitFor();
    await expect(detail.getByTestId('progress-detail-sheets').innerText()).resolves.toBe('12 / 12（已收齐）');
    await expect(detail.getByTestId('progress-detail-item').count()).resolves.toBe(4);
    await expect(detail.locator('[data-testid="progress-detail-sheet"] [data-status="submitted"]').count()).resolves.toBe(12);
    await deskShot(page, shotName(7, 'progress-complete'));
    await page.getByTestId('progress-panel-close').click();

    await row.getByTestId('progress-close-materials').click();
    await page.getByTestId('progress-close-confirm').waitFor();
    await expect(page.getByTestId('progress-close-warning').count()).resolves.toBe(0);
    await page.getByTestId('progress-close-confirm-ok').click();
    await page.getByTestId('progress-notice').filter({ hasText: '第 1 组资料审核已结束：4 个申报得出资料审核得分' }).waitFor();
    await page.locator('[data-testid="progress-materials-row"][data-panel="1"][data-state="closed"]').waitFor();
    await deskShot(page, shotName(8, 'progress-closed'));
  }, 180_000);

  it('materials review — 发布会名单: selects the top three, publishes, and the export lists all four with 是否受邀', async () => {
    await openConsolePage(page, 'invitations', '发布会名单');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="invitations-row"]').length === 4);
    // Ranked by materials score: the teams in the order they were scored (each 0.5 a item below the one before).
    const keys = await page.getByTestId('invitations-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-key'))));
    expect(keys).toEqual(teams.map((t) => t.applicationId));
    await page.getByTestId('invitations-top-n').fill(String(INVITED));
    await page.getByTestId('invitations-select-top').click();
    await expect(page.getByTestId('invitations-selected-count').innerText()).resolves.toBe(String(INVITED));
    await page.getByTestId('invitations-publish').click();
    await page.getByTestId('invitations-confirm').waitFor();
    await deskShot(page, shotName(9, 'invitations-confirm'));
    await page.getByTestId('invitations-confirm-ok').click();
    await page.getByTestId('invitations-published').filter({ hasText: `受邀 ${INVITED} 个班组` }).waitFor();
    await expect(page.locator('[data-testid="invitations-status"][data-status="invited"]').count()).resolves.toBe(INVITED);
    await expect(page.locator('[data-testid="invitations-status"][data-status="not_invited"]').count()).resolves.toBe(1);

    const { filename, sheets } = await downloadWorkbook(page, () => page.getByTestId('invitations-export').click());
    await page.getByTestId('invitations-export-message').filter({ hasText: '已下载' }).waitFor();
    expect(filename).toMatch(/参加成果发布会班组名单\.xlsx$/);
    const sheet = sheets[0]!;
    expect(headerOf(sheet)).toEqual(['序号', '班组名称', '企业名称', '推荐单位', '资料审核得分', '资料审核排名', '是否受邀', '当前状态']);
    const rows = bodyRows(sheet);
    expect(rows).toHaveLength(4);
    const byTeam = new Map(rows.map((r) => [r[1], r]));
    for (const [i, team] of teams.entries()) {
      const row = byTeam.get(team.name)!;
      expect(row[2]).toBe(team.enterprise);
      expect(row[3]).toBe(team.unit.name);
      expect(row[5]).toBe(i + 1);
      expect(row[6]).toBe(i < INVITED ? '是' : '否');
      expect(row[7]).toBe(APPLICATION_STATUS_LABEL[i < INVITED ? 'invited' : 'not_invited']);
    }
    await deskShot(page, shotName(10, 'invitations-published'));
  }, 120_000);

  it('presentations — 发布会: schedules today’s session for panel 1 with the three invited teams; experts score via the API; 闭会', async () => {
    await restartInto(moveStoredCampaignToPresentations, configDirs[1]!);
    await openConsolePage(page, 'sessions', '发布会');
    await page.getByTestId('sessions-empty').waitFor();
    await page.getByTestId('session-title').fill(SESSION.title);
    await page.getByTestId('session-date').fill(today());
    await page.getByTestId('session-venue').fill(SESSION.venue);
    await page.locator('[data-testid="session-panel"] option[value="1"]').waitFor({ state: 'attached' });
    await page.getByTestId('session-panel').selectOption('1');
    const invited = teams.slice(0, INVITED);
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="session-order-row"]').length === n, INVITED);
    expect(new Set(await page.getByTestId('session-order-row').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-key')))))).toEqual(
      new Set(invited.map((t) => t.applicationId)),
    );
    await deskShot(page, shotName(11, 'session-form'));
    await page.getByTestId('session-create').click();
    await page.getByTestId('sessions-notice').filter({ hasText: `已安排「${SESSION.title}」：${INVITED} 个班组。` }).waitFor();
    const card = page.getByTestId('session-card');
    await card.getByTestId('session-slot').nth(INVITED - 1).waitFor();
    await expect(card.getByTestId('session-slot').count()).resolves.toBe(INVITED);
    await expect(card.getAttribute('data-status')).resolves.not.toBe('closed');

    for (const [k, expert] of experts.entries()) {
      const token = await login(server.url, expert.username, expert.password);
      for (const [i, team] of invited.entries()) {
        await api(server.url, 'POST', `/reviews/${team.applicationId}/presentation/submit`, { token, json: { scores: scoresOf('presentation', (i + k) * 0.5) } });
      }
    }
    await page.getByTestId('sessions-refresh').click();
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('[data-testid="session-slot-submitted"]')].filter((c) => c.textContent?.trim() === '3 / 3').length === n,
      INVITED,
    );
    await page.getByTestId('session-close').click();
    await page.getByTestId('session-close-confirm').waitFor();
    await expect(page.getByTestId('session-close-warning').count()).resolves.toBe(0);
    await page.getByTestId('session-close-confirm-ok').click();
    await page.getByTestId('sessions-notice').filter({ hasText: `已闭会：${INVITED} 个班组完成成果发布，0 个视同放弃。` }).waitFor();
    await page.locator('[data-testid="session-card"][data-status="closed"]').waitFor();
    await expect(page.locator('[data-testid="session-slot"][data-outcome="presented"]').count()).resolves.toBe(INVITED);
    await deskShot(page, shotName(12, 'session-closed'));
  }, 180_000);

  it('presentations — 等级评定: 生成建议 → 确认 → 公布 (three graded: ⌊10 %·3⌋ = 0 卓越级, ⌊40 %·3⌋ = 1 示范级)', async () => {
    await openConsolePage(page, 'grading', '等级评定');
    await page.locator('[data-testid="grading-state"][data-state="none"]').waitFor();
    await page.getByTestId('grading-propose').click();
    await page.getByTestId('grading-propose-confirm-ok').click();
    await page.getByTestId('grading-notice').filter({ hasText: `已生成等级建议：${INVITED} 个班组。` }).waitFor();
    await page.locator('[data-testid="grading-state"][data-state="proposed"]').waitFor();
    const rows = page.getByTestId('grading-row');
    await expect(rows.count()).resolves.toBe(INVITED);
    expect(await rows.evaluateAll((r) => r.map((x) => Number(x.getAttribute('data-key'))))).toEqual(teams.slice(0, INVITED).map((t) => t.applicationId));
    expect(await page.locator('[data-testid="grading-row"][data-tie="true"]').count()).toBe(0);
    expect(await page.getByTestId('grading-grade').evaluateAll((r) => r.map((x) => x.getAttribute('data-grade')))).toEqual(['exemplary', 'improving', 'improving']);
    await deskShot(page, shotName(13, 'grading-proposed'));

    await page.getByTestId('grading-confirm').click();
    await page.getByTestId('grading-confirm-confirm-ok').click();
    await page.locator('[data-testid="grading-state"][data-state="confirmed"]').waitFor();
    await page.getByTestId('grading-publish').click();
    await page.getByTestId('grading-publish-confirm-ok').click();
    await page.getByTestId('grading-notice').filter({ hasText: '评定结果已公布' }).waitFor();
    await page.locator('[data-testid="grading-state"][data-state="published"]').waitFor();
    await deskShot(page, shotName(14, 'grading-published'));
  }, 120_000);

  it('presentations — 证书: 颁发证书 lists three certificates; 导出择优推荐名单 has no 卓越级 rows', async () => {
    await openConsolePage(page, 'certificates', '证书');
    await page.getByTestId('certs-empty').waitFor();
    await page.getByTestId('cert-issue').click();
    await page.getByTestId('cert-issue-confirm-ok').click();
    await page.getByTestId('cert-notice').filter({ hasText: `已颁发 ${INVITED} 张证书。` }).waitFor();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="certs-row"]').length === n, INVITED);
    certificateNos = (await page.getByTestId('cert-no').allInnerTexts()).map((s) => s.trim());
    expect(new Set(certificateNos).size).toBe(INVITED);
    for (const no of certificateNos) expect(no).toMatch(/^\S{8,}$/);
    const tableText = await page.getByTestId('certs').innerText();
    for (const team of teams.slice(0, INVITED)) expect(tableText).toContain(team.name);
    expect(tableText).not.toContain(teams[INVITED]!.name);
    await expect(page.locator('[data-testid="cert-status"][data-revoked="false"]').count()).resolves.toBe(INVITED);

    const { filename, sheets } = await downloadWorkbook(page, () => page.getByTestId('cert-onward-export').click());
    await page.getByTestId('cert-onward-message').filter({ hasText: '已下载' }).waitFor();
    expect(filename).toMatch(/\.xlsx$/);
    const sheet = sheets[0]!;
    expect(String(sheet.rows[0]![0])).toContain('择优推荐名单');
    expect(headerOf(sheet, 2)).toEqual(['序号', '证书编号', '班组名称', '企业名称', '推荐单位', '等级', '总分', '资料审核得分', '成果发布得分']);
    expect(bodyRows(sheet, 2)).toHaveLength(0); // no 卓越级 among three graded teams
    await deskShot(page, shotName(15, 'certificates'));
  }, 120_000);

  it('申报总览 导出 Excel: the four applications with statuses, scores, grades and certificate numbers', async () => {
    await openConsolePage(page, 'applications', '申报总览');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="apps-row"]').length === 4);
    const { filename, sheets } = await downloadWorkbook(page, () => page.getByTestId('apps-export').click());
    await expect(page.getByTestId('apps-export-message').innerText()).resolves.toMatch(/^已导出「.+\.xlsx」$/);
    expect(filename).toMatch(/申报汇总表\.xlsx$/);
    const sheet = sheets[0]!;
    expect(headerOf(sheet)).toEqual(['序号', '班组名称', '班组类型', '企业名称', '统一社会信用代码', '推荐单位', '状态', '提交时间', '资料审核得分', '成果发布得分', '总分', '等级', '证书编号']);
    const rows = bodyRows(sheet);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4]);
    const byTeam = new Map(rows.map((r) => [r[1], r]));
    for (const [i, team] of teams.entries()) {
      const row = byTeam.get(team.name)!;
      expect(row[3]).toBe(team.enterprise);
      expect(String(row[4])).toMatch(/^9111010\d{10}\S$/);
      expect(row[5]).toBe(team.unit.name);
      expect(typeof row[8]).toBe('number'); // every team has a materials score
      if (i < INVITED) {
        expect(row[6]).toBe(APPLICATION_STATUS_LABEL.certified);
        expect(typeof row[9]).toBe('number');
        expect(typeof row[10]).toBe('number');
        expect(row[11]).toBe(i === 0 ? GRADE_LABEL.exemplary : GRADE_LABEL.improving);
        expect(certificateNos).toContain(row[12]);
      } else {
        expect(row[6]).toBe(APPLICATION_STATUS_LABEL.not_invited);
        expect(row[9] ?? null).toBeNull();
        expect(row[12] ?? '').toBe('');
      }
    }
    await page.getByTestId('apps-export-message').waitFor();
    await deskShot(page, shotName(16, 'applications-exported'));
  }, 120_000);

  it('the dashboard’s exports (scores per expert per item, results, the whole of Annex 3) download from their buttons', async () => {
    await openConsolePage(page, 'dashboard', '活动概览');
    await page.getByTestId('dashboard-exports').waitFor();
    const fetchBook = async (name: string): Promise<Sheet[]> => {
      const key = name.replace('.xlsx', '');
      const { filename, sheets } = await downloadWorkbook(page, () => page.getByTestId(`export-${key}`).click());
      expect(filename).toMatch(/\.xlsx$/);
      await page.getByTestId(`export-${key}-notice`).waitFor();
      return sheets;
    };

    const scores = await fetchBook('scores.xlsx');
    expect(scores.map((s) => s.name)).toEqual(['资料审核评分', '成果发布评分']);
    for (const [sheet, kind, count] of [
      [scores[0]!, 'materials', 12],
      [scores[1]!, 'presentation', 9],
    ] as const) {
      const items = rubricItems(kind);
      expect(headerOf(sheet)).toEqual(['申报编号', '班组名称', '专家组', '专家', '评分类别', ...items.map((i) => `${i.title}（满分${i.max}）`), '总分', '提交时间']);
      const rows = bodyRows(sheet);
      expect(rows).toHaveLength(count);
      for (const row of rows) {
        expect(EXPERTS.map((e) => e.name)).toContain(row[3]);
        expect(row[2]).toBe('第1组');
      }
      expect(new Set(rows.map((r) => r[0]))).toEqual(new Set(teams.slice(0, kind === 'materials' ? 4 : INVITED).map((t) => t.applicationId)));
    }

    const [results] = await fetchBook('results.xlsx');
    expect(headerOf(results!)).toEqual(['排名', '班组名称', '企业名称', '推荐单位', '资料审核得分', '成果发布得分', '总分', '建议等级', '决定等级', '调整理由', '说明']);
    const graded = bodyRows(results!);
    expect(graded.map((r) => [r[0], r[1], r[8]])).toEqual(
      teams.slice(0, INVITED).map((t, i) => [i + 1, t.name, i === 0 ? GRADE_LABEL.exemplary : GRADE_LABEL.improving]),
    );

    const [statistics] = await fetchBook('statistics.xlsx');
    const header = headerOf(statistics!);
    expect(header.slice(0, 3)).toEqual(['序号', '推荐单位', '报送情况']);
    expect(header.at(-1)).toBe('填报时间');
    const rows = bodyRows(statistics!);
    // No unit filed its 附件3 in this season: the 合计 row, then every active unit marked 未报送.
    expect(rows).toHaveLength(units.length + 1);
    expect(rows[0]!.slice(1, 3)).toEqual(['合计', '0 家已报送']);
    expect(rows.slice(1).map((r) => r[2])).toEqual(units.map(() => '未报送'));
    expect(rows.slice(1).map((r) => r[1])).toEqual(units.map((u) => u.name));
  }, 120_000);

  it('活动概览: the counts of the season and every chart drawn', async () => {
    await openConsolePage(page, 'dashboard', '活动概览');
    await page.getByTestId('dashboard').waitFor();
    await expect(page.getByTestId('dashboard-stat-submitted').innerText()).resolves.toContain('4');
    await expect(page.getByTestId('dashboard-stat-screenedIn').innerText()).resolves.toContain('4');
    await expect(page.getByTestId('dashboard-stat-graded').innerText()).resolves.toContain(String(INVITED));
    for (const chart of ['chart-funnel', 'chart-per-unit', 'chart-grades', 'chart-materials', 'chart-presentation']) {
      expect({ chart, drawn: (await drawnPixels(page, chart)) > 500 }).toEqual({ chart, drawn: true });
    }
    await deskShot(page, shotName(17, 'dashboard'));
  }, 120_000);

  it('审计日志: the season’s actions are logged and 校验审计链 finds the chain intact', async () => {
    await openConsolePage(page, 'audit', '审计日志');
    await page.getByTestId('audit-row').first().waitFor();
    const expected: Array<[string, number]> = [
      ['registration_card.issue', 4],
      ['recommender.create', 2],
      ['expert.create', 3],
      ['expert.account_create', 3],
      ['panel.draw', 1],
      ['panel.verify', 1],
      ['review.submit.materials', 12],
      ['review.closeMaterials', 1],
      ['invitations.publish', 1],
      ['presentation.schedule', 1],
      ['review.submit.presentation', 3 * INVITED],
      ['presentation.close', 1],
      ['grading.propose', 1],
      ['grading.confirm', 1],
      ['grading.publish', 1],
    ];
    const counts: Record<string, number> = {};
    for (const [action] of expected) {
      await page.getByTestId('audit-filter-action').fill(action);
      await page.getByTestId('audit-filters-submit').click();
      await page.waitForFunction(
        (prefix) =>
          !document.querySelector('[data-testid="audit-refreshing"]') &&
          [...document.querySelectorAll('[data-testid="audit-action"]')].length > 0 &&
          [...document.querySelectorAll('[data-testid="audit-action"]')].every((c) => c.textContent?.startsWith(prefix)),
        action,
      );
      counts[action] = Number(/共 (\d+) 条/.exec(await page.getByTestId('audit-count').innerText())![1]);
    }
    expect(counts).toEqual(Object.fromEntries(expected));

    await page.getByTestId('audit-filter-action').fill('certificate.issue');
    await page.getByTestId('audit-filters-submit').click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="audit-action"]')].every((c) => c.textContent === 'certificate.issue'));
    await page.getByTestId('audit-row').first().waitFor();
    await deskShot(page, shotName(18, 'audit'));

    await page.getByTestId('audit-verify').click();
    const verified = page.getByTestId('audit-verify-result');
    await verified.waitFor();
    await expect(verified.getAttribute('data-intact')).resolves.toBe('true');
    await expect(verified.innerText()).resolves.toContain('审计链完整');
    await deskShot(page, shotName(19, 'audit-verified'));
  }, 180_000);
});
