import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext } from 'playwright-core';
import { api } from './support/api.js';
import { launchChromium, type LaunchedBrowser, SCREENSHOTS, toastGone } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview, moveStoredCampaignToPresentations } from './support/review-config.js';
import {
  type Credentials,
  login,
  loginDeclarantInBrowser,
  loginExpertInBrowser,
  phone,
  type RegisteredTeam,
  registerAndRecommend,
  rubricItems,
  scoresOf,
  screenAndDraw,
  shot,
  TEAMS,
  today,
  totalOf,
} from './support/season.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';

const SESSION = { title: '第一场（钢结构与机电）', venue: '北京市海淀区中施企协报告厅' };
const PRESENTATION = rubricItems('presentation');
/** Team 1: the leader 1 below the maximum on each item in the browser, the members 0 and 0.5 below (API). */
const TEAM1_SCORES = [totalOf('presentation', 1), totalOf('presentation', 0), totalOf('presentation', 0.5)];

describe('the second half of the season on the H5 build: live presentation scoring, closing the session, grades, certificate, public lists', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let dataDir: string;
  const configDirs: string[] = [];
  let teams: RegisteredTeam[];
  let leader: Credentials;
  let members: Credentials[];
  let leaderContext: BrowserContext;
  let declarantContext: BrowserContext;
  let certificateNo: string;

  beforeAll(async () => {
    dataDir = newDataDir();
    configDirs.push(configDirInRegistrationWindow());
    const registration = await startServer({ CONFIG_DIR: configDirs[0]! }, { dataDir });
    try {
      teams = await registerAndRecommend(registration.url);
    } finally {
      await registration.stop();
    }

    // Materials review: every expert submits every sheet, the leader closes the panel, the secretariat invites all three.
    moveStoredCampaignToMaterialsReview(dataDir);
    configDirs.push(configDirInMaterialsReviewWindow());
    const review = await startServer({ CONFIG_DIR: configDirs[1]! }, { dataDir });
    try {
      const panel = await screenAndDraw(review.url);
      leader = panel.leader;
      members = panel.members;
      for (const [k, expert] of [leader, ...members].entries()) {
        const token = await login(review.url, expert.username, expert.password);
        for (const [i, team] of teams.entries()) {
          await api(review.url, 'POST', `/reviews/${team.applicationId}/materials/submit`, { token, json: { scores: scoresOf('materials', (i + k) * 0.5) } });
        }
      }
      await api(review.url, 'POST', '/reviews/panels/1/materials/close', { token: await login(review.url, leader.username, leader.password) });
      const secretariat = await login(review.url, 'mishuchu', 'Demo@2026');
      await api(review.url, 'POST', '/invitations', { token: secretariat, json: { applicationIds: teams.map((t) => t.applicationId) } });
    } finally {
      await review.stop();
    }

    // Presentations: the secretariat schedules one session today for the panel, the teams in the order 1, 2, 3.
    moveStoredCampaignToPresentations(dataDir);
    server = await startServer({ CONFIG_DIR: configDirs[1]! }, { dataDir });
    const secretariat = await login(server.url, 'mishuchu', 'Demo@2026');
    await api(server.url, 'POST', '/presentation-sessions', {
      token: secretariat,
      json: { ...SESSION, date: today(), panelNo: 1, applicationIds: teams.map((t) => t.applicationId) },
    });
    chromium = await launchChromium();
    leaderContext = await chromium.browser.newContext(phone);
    declarantContext = await chromium.browser.newContext({ ...phone, acceptDownloads: true });
  }, 300_000);
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('the panel leader sees the session with date, venue and the teams in order, and marks the third team absent', async () => {
    const page = await leaderContext.newPage();
    await loginExpertInBrowser(page, server.url, leader);
    await page.getByTestId('exp-home-sessions').click();
    const session = page.getByTestId('exp-session').filter({ hasText: SESSION.title });
    await session.waitFor();
    await expect(session.innerText()).resolves.toContain(today());
    await expect(session.innerText()).resolves.toContain(SESSION.venue);
    const slots = session.getByTestId('exp-session-slot');
    await expect(slots.count()).resolves.toBe(3);
    for (const [i, team] of TEAMS.entries()) {
      await expect(slots.nth(i).innerText()).resolves.toContain(team.name);
      await expect(slots.nth(i).getByTestId('exp-session-pos').innerText()).resolves.toBe(String(i + 1));
    }

    await slots.nth(2).getByTestId('exp-session-absent').click();
    await page.getByTestId('exp-session-confirm').filter({ hasText: TEAMS[2].name }).waitFor();
    await page.getByTestId('exp-session-confirm-ok').click();
    await slots.nth(2).filter({ hasText: '未到场' }).getByTestId('exp-session-absent').filter({ hasText: '撤销未到场' }).waitFor();
    await toastGone(page, '已更新');
    await shot(page, 'season-1-sessions');
  });

  it('the leader scores the first team’s presentation on the 20-point rubric and submits', async () => {
    const page = leaderContext.pages()[0]!;
    const session = page.getByTestId('exp-session').filter({ hasText: SESSION.title });
    await session.getByTestId('exp-session-slot').nth(0).getByTestId('exp-session-slot-open').click();
    await page.getByTestId('exp-score-team').filter({ hasText: TEAMS[0].name }).waitFor();
    const items = page.getByTestId('exp-item');
    await expect(items.count()).resolves.toBe(PRESENTATION.length);
    for (const [i, item] of PRESENTATION.entries()) await items.nth(i).locator('[data-testid="exp-item-input"] input').fill(String(item.max - 1));
    await expect(page.getByTestId('exp-score-running-total').innerText()).resolves.toBe(String(TEAM1_SCORES[0]));
    await expect(page.getByTestId('exp-score-count').innerText()).resolves.toContain(`${PRESENTATION.length}/${PRESENTATION.length}`);
    // The sheet as the leader sees it on the phone: the team and the rubric at the top, the total and the buttons fixed below.
    await page.getByTestId('exp-score-team').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'season-2-presentation-score.png'), animations: 'disabled' });
    await page.getByTestId('exp-score-submit').click();
    await page.getByTestId('exp-submit-confirm-ok').click();
    await page.getByTestId('exp-score-total').filter({ hasText: String(TEAM1_SCORES[0]) }).waitFor();
  });

  it('with every sheet in, the leader closes the session: two teams presented, the absent one 视同放弃', async () => {
    const [first, second] = teams as [RegisteredTeam, RegisteredTeam, RegisteredTeam];
    const leaderToken = await login(server.url, leader.username, leader.password);
    await api(server.url, 'POST', `/reviews/${second.applicationId}/presentation/submit`, { token: leaderToken, json: { scores: scoresOf('presentation', 2) } });
    for (const [k, member] of members.entries()) {
      const token = await login(server.url, member.username, member.password);
      await api(server.url, 'POST', `/reviews/${first.applicationId}/presentation/submit`, { token, json: { scores: scoresOf('presentation', k * 0.5) } });
      await api(server.url, 'POST', `/reviews/${second.applicationId}/presentation/submit`, { token, json: { scores: scoresOf('presentation', 1.5 + k * 0.5) } });
    }

    const page = leaderContext.pages()[0]!;
    await page.goto(`${server.url}/#/expert/sessions/index`);
    const session = page.getByTestId('exp-session').filter({ hasText: SESSION.title });
    await session.getByTestId('exp-session-slot').nth(1).filter({ hasText: '3 位专家已提交' }).waitFor();
    await session.getByTestId('exp-session-close').click();
    await page.getByTestId('exp-session-confirm').filter({ hasText: '确定闭会' }).waitFor();
    await page.getByTestId('exp-session-confirm-ok').click();
    await session.getByTestId('exp-session-status').filter({ hasText: '已闭会' }).waitFor();
    const slots = session.getByTestId('exp-session-slot');
    await expect(slots.nth(0).getByTestId('exp-session-outcome').innerText()).resolves.toBe('已发布');
    await expect(slots.nth(1).getByTestId('exp-session-outcome').innerText()).resolves.toBe('已发布');
    await expect(slots.nth(2).getByTestId('exp-session-outcome').innerText()).resolves.toBe('视同放弃');
    // Under five experts nothing is trimmed: the panel's score is the mean of the three sheets.
    await expect(slots.nth(0).innerText()).resolves.toContain(`得分 ${TEAM1_SCORES.reduce((a, b) => a + b, 0) / 3}`);
    await expect(session.getByTestId('exp-session-close').count()).resolves.toBe(0);
    await expect(session.getByTestId('exp-session-absent').count()).resolves.toBe(0);
    await toastGone(page, '已闭会');
    await shot(page, 'season-3-session-closed');
  });

  it('the secretariat grades, confirms, publishes and issues certificates; the declarant sees the result, downloads and verifies the certificate', async () => {
    const secretariat = await login(server.url, 'mishuchu', 'Demo@2026');
    const proposal = await api<{ items: Array<{ applicationId: number; gradeLabel: string; total: number; tiedAtBoundary: boolean }> }>(server.url, 'POST', '/grading/proposal', {
      token: secretariat,
    });
    expect(proposal.items.map((i) => i.applicationId).sort()).toEqual([teams[0]!.applicationId, teams[1]!.applicationId].sort());
    // Two graded teams: ⌊10 %·2⌋ = 0 excellent, ⌊40 %·2⌋ = 0 exemplary — both 改进级.
    for (const item of proposal.items) if (item.tiedAtBoundary) await api(server.url, 'PUT', `/grading/items/${item.applicationId}`, { token: secretariat, json: { grade: 'improving', reason: '并列，按规则取较低等级' } });
    await api(server.url, 'POST', '/grading/confirm', { token: secretariat });
    await api(server.url, 'POST', '/grading/publish', { token: secretariat });
    const issued = await api<Record<string, unknown>>(server.url, 'POST', '/certificates/issue', { token: secretariat });
    expect(JSON.stringify(issued)).toContain(TEAMS[0].name);
    const first = proposal.items.find((i) => i.applicationId === teams[0]!.applicationId)!;

    const page = await declarantContext.newPage();
    await loginDeclarantInBrowser(page, server.url, teams[0]!);
    await page.goto(`${server.url}/#/progress/timeline/index?teamId=${teams[0]!.teamId}`);
    const card = page.getByTestId('result-card');
    await card.waitFor();
    await expect(page.getByTestId('timeline-status').innerText()).resolves.toContain('已颁发证书');
    await expect(card.getByTestId('result-grade').innerText()).resolves.toBe(first.gradeLabel);
    await expect(card.getByTestId('result-grade').innerText()).resolves.toBe('改进级');
    await expect(card.getByTestId('result-total').innerText()).resolves.toBe(first.total.toFixed(2));
    await expect(card.getByTestId('result-explanation').innerText()).resolves.toMatch(/\S{6,}/);
    const certificateText = await card.getByTestId('result-certificate-no').innerText();
    certificateNo = certificateText.trim();
    expect(certificateNo).toMatch(/^\S{8,}$/);
    await shot(page, 'season-4-result-card');

    const [download] = await Promise.all([page.waitForEvent('download'), card.getByTestId('result-download').click()]);
    const file = await download.path();
    expect(readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(download.suggestedFilename()).toMatch(/证书.*\.pdf$/);

    await card.getByTestId('result-verify').click();
    const valid = page.getByTestId('verify-valid');
    await valid.waitFor();
    await expect(valid.innerText()).resolves.toContain(TEAMS[0].name);
    await expect(valid.innerText()).resolves.toContain('改进级');
  });

  it('the absent team’s timeline says 视同放弃', async () => {
    const context = await chromium.browser.newContext(phone);
    const page = await context.newPage();
    await loginDeclarantInBrowser(page, server.url, teams[2]!);
    await page.goto(`${server.url}/#/progress/timeline/index?teamId=${teams[2]!.teamId}`);
    await page.getByTestId('timeline-status').filter({ hasText: '视同放弃' }).waitFor();
    await expect(page.getByTestId('result-card').count()).resolves.toBe(0);
    await context.close();
  });

  it('logged out, the public lists show the invited teams and, on the results tab, the graded teams with grades and no scores', async () => {
    const context = await chromium.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${server.url}/#/public/lists/index`);
    const invited = page.getByTestId('list-invitations');
    await invited.waitFor();
    await expect(invited.getByTestId('list-item').count()).resolves.toBe(3);
    for (const team of TEAMS) await invited.getByTestId('list-item').filter({ hasText: team.name }).waitFor();
    const activeTab = page.locator('.nut-tabs-titles-item-active');
    await expect(activeTab.innerText()).resolves.toBe('参加发布会班组');
    await shot(page, 'season-5-public-invitations');

    await page.goto(`${server.url}/#/public/lists/index?tab=results`);
    await page.reload();
    const graded = page.getByTestId('list-results');
    await graded.waitFor();
    await expect(graded.getByTestId('list-item').count()).resolves.toBe(2);
    await expect(activeTab.innerText()).resolves.toBe('获得等级班组');
    for (const team of TEAMS.slice(0, 2)) await graded.getByTestId('list-item').filter({ hasText: team.name }).filter({ hasText: '改进级' }).waitFor();
    await expect(graded.getByTestId('list-item').filter({ hasText: TEAMS[2].name }).count()).resolves.toBe(0);
    const text = await graded.innerText();
    expect(text).not.toMatch(/\d+\.\d/); // no scores
    expect(text).not.toContain('分');
    await shot(page, 'season-6-public-results');

    // The tabs switch on the page as well.
    await page.locator('.nut-tabs-titles-item').filter({ hasText: '参加发布会班组' }).click();
    await page.getByTestId('list-invitations').waitFor();
    await expect(activeTab.innerText()).resolves.toBe('参加发布会班组');
    await context.close();
  });
});
