import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { api } from './support/api.js';
import { launchChromium, type LaunchedBrowser } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { desk, deskShot, drawnPixels } from './support/console-season.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview } from './support/review-config.js';
import { field, login, type RegisteredTeam, registerAndRecommend, scoresOf, TEAMS, UNIT_A } from './support/season.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';


/**
 * Materials review, through the API: the first two teams pass screening, three experts are drawn into one panel, score
 * both teams' materials and the leader closes the panel. The third team is left recommended for the console to pass.
 */
async function screenTwoScoreAndClose(base: string, teams: RegisteredTeam[]): Promise<void> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const scored = teams.slice(0, 2);
  const passed = await api<{ passed: number[] }>(base, 'POST', '/screening/bulk-pass', { token: secretariat, json: { applicationIds: scored.map((t) => t.applicationId) } });
  if (passed.passed.length !== 2) throw new Error(`screening: ${JSON.stringify(passed)}`);
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  const unitA = units.items.find((u) => u.name === UNIT_A)!;
  const unitB = units.items.find((u) => u.id !== unitA.id)!;
  const expertUnits = units.items.filter((u) => u.id !== unitA.id && u.id !== unitB.id).slice(5, 8);
  const experts: Array<{ id: number; username: string; password: string }> = [];
  for (const [i, name] of ['赵建华', '钱立新', '孙宏伟'].entries()) {
    const expert = await api<{ id: number }>(base, 'POST', '/experts', {
      token: secretariat,
      json: {
        name,
        mobile: `1391000001${i}`,
        enterpriseName: `专家所在工程局${i + 1}`,
        recommendingUnitId: expertUnits[i]!.id,
        specialties: ['土建', '钢结构'],
        trainingStatus: 'trained',
        trainedAt: '2026-03-01',
        assessmentStatus: 'passed',
        assessedAt: '2026-03-15',
      },
    });
    const account = await api<{ username: string; password: string }>(base, 'POST', `/experts/${expert.id}/account`, { token: secretariat, json: { username: `e2e-console-${i + 1}` } });
    experts.push({ id: expert.id, ...account });
  }
  const drawn = await api<{ id: number }>(base, 'POST', '/draws', { token: secretariat, json: { panelCount: 1, panelSize: 3, seed: 'e2e-console' } });
  const draw = await api<{ panels: Array<{ leader: { id: number } }> }>(base, 'GET', `/draws/${drawn.id}`, { token: secretariat });
  const leader = experts.find((e) => e.id === draw.panels[0]!.leader.id)!;
  for (const [k, expert] of experts.entries()) {
    const token = await login(base, expert.username, expert.password);
    for (const [i, team] of scored.entries()) {
      await api(base, 'POST', `/reviews/${team.applicationId}/materials/submit`, { token, json: { scores: scoresOf('materials', (i + k) * 0.5) } });
    }
  }
  await api(base, 'POST', '/reviews/panels/1/materials/close', { token: await login(base, leader.username, leader.password) });
}

const rowKeys = async (page: Page, testId: string) => (await page.getByTestId(`${testId}-row`).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-key')))));

describe('the secretariat’s desk console on the H5 build: dashboard charts, applications, audit log, outbox', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let context: BrowserContext;
  let page: Page;
  let dataDir: string;
  let teams: RegisteredTeam[];
  const configDirs: string[] = [];

  beforeAll(async () => {
    dataDir = newDataDir();
    configDirs.push(configDirInRegistrationWindow());
    const registration = await startServer({ CONFIG_DIR: configDirs[0]! }, { dataDir });
    try {
      teams = await registerAndRecommend(registration.url);
    } finally {
      await registration.stop();
    }
    moveStoredCampaignToMaterialsReview(dataDir);
    configDirs.push(configDirInMaterialsReviewWindow());
    server = await startServer({ CONFIG_DIR: configDirs[1]! }, { dataDir });
    await screenTwoScoreAndClose(server.url, teams);
    chromium = await launchChromium();
    context = await chromium.browser.newContext(desk);
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    for (const dir of configDirs) rmSync(dir, { recursive: true, force: true });
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('logs in as the secretariat, lands on the console (also reached from the home page); the dashboard draws its four charts', async () => {
    await page.goto(`${server.url}/#/pages/login/index`);
    await page.getByText('账号登录').click();
    await field(page, 'login-username').fill('mishuchu');
    await field(page, 'login-password').fill('Demo@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('console-layout').waitFor();
    await page.getByTestId('dashboard').waitFor();
    // The home page's entry opens the same console (a second tab shares the login).
    const home = await context.newPage();
    await home.goto(`${server.url}/#/pages/index/index`);
    await home.getByTestId('home-admin-console').click();
    await home.getByTestId('dashboard').waitFor();
    await home.close();

    // Navigation by stage; any page not built yet is shown disabled, marked 即将上线.
    for (const group of ['概览', '报名', '推荐与初选', '评审', '结果', '系统']) await page.locator('.qc-nav__group-title', { hasText: group }).waitFor();
    for (const item of await page.locator('.qc-nav__item--disabled').allInnerTexts()) expect(item).toContain('即将上线');
    await expect(page.getByTestId('console-nav-dashboard').getAttribute('class')).resolves.toContain('active');
    await expect(page.getByTestId('dashboard-stat-submitted').innerText()).resolves.toContain('3');
    await expect(page.getByTestId('dashboard-stat-screenedIn').innerText()).resolves.toContain('2');
    for (const chart of ['chart-funnel', 'chart-per-unit', 'chart-grades', 'chart-materials', 'chart-presentation']) {
      expect({ chart, drawn: (await drawnPixels(page, chart)) > 500 }).toEqual({ chart, drawn: true });
    }
    await deskShot(page, 'console-1-dashboard');
  });

  it('申报总览: sorts by a column, filters by status, bulk-passes the selected rows after confirmation and lists what was skipped', async () => {
    await page.getByTestId('console-nav-applications').click();
    await page.getByTestId('apps-row').first().waitFor();
    await expect(page.getByTestId('apps-count').innerText()).resolves.toBe('共 3 条');

    await page.getByTestId('apps-sort-id').click();
    await page.waitForFunction(() => location.hash.includes('sort=id') && location.hash.includes('order=asc'));
    await page.locator('[data-testid="apps-sort-id"][data-sort="asc"]').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="apps-refreshing"]'));
    const ids = teams.map((t) => t.applicationId).sort((a, b) => a - b);
    expect(await rowKeys(page, 'apps')).toEqual(ids);
    await page.getByTestId('apps-sort-id').click();
    await page.locator('[data-testid="apps-sort-id"][data-sort="desc"]').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="apps-refreshing"]'));
    expect(await rowKeys(page, 'apps')).toEqual([...ids].reverse());

    // Only the recommended one.
    await page.getByTestId('apps-filter-status').click();
    await page.locator('[data-testid="apps-filter-status-option"][data-value="recommended"]').click();
    await page.getByTestId('apps-filter-status-done').click();
    await page.waitForFunction(() => location.hash.includes('status=recommended'));
    await expect(page.getByTestId('apps-count').innerText()).resolves.toBe('共 1 条');
    await expect(page.getByTestId('apps-team').innerText()).resolves.toBe(TEAMS[2].name);

    // Add the statuses of the two screened teams: three rows, all selected, one passes and two are skipped with reasons.
    await page.getByTestId('apps-filter-status').click();
    for (const status of ['screened_in', 'reviewed']) await page.locator(`[data-testid="apps-filter-status-option"][data-value="${status}"]`).click();
    await page.getByTestId('apps-filter-status-done').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="apps-row"]').length === 3);
    await page.getByTestId('apps-select-all').check();
    await expect(page.getByTestId('apps-selected-count').innerText()).resolves.toContain('3');
    await page.getByTestId('apps-bulk-pass').click();
    await page.getByTestId('apps-confirm').waitFor();
    await expect(page.getByTestId('apps-confirm-warning').innerText()).resolves.toContain('2 个不是「已推荐」状态');
    await deskShot(page, 'console-2-applications-confirm');
    await page.getByTestId('apps-confirm-ok').click();
    const result = page.getByTestId('apps-bulk-result');
    await result.waitFor();
    await expect(result.innerText()).resolves.toContain('初选通过 1 个，跳过 2 个');
    await expect(page.getByTestId('apps-bulk-skipped').count()).resolves.toBe(2);
    const passedRow = page.locator(`[data-testid="apps-row"][data-key="${teams[2]!.applicationId}"]`);
    await passedRow.locator('[data-testid="apps-status"][data-status="screened_in"]').waitFor();

    // 导出 Excel: the workbook downloads with progress, or the server's message shows.
    await page.getByTestId('apps-export').click();
    await expect(page.getByTestId('apps-export-message').innerText()).resolves.toMatch(/已导出「.+\.xlsx」|导出失败：\S+/);
    await page.mouse.move(0, 0);
    await deskShot(page, 'console-3-applications-passed');
  });

  it('审计日志: filters by the application, opens the screening entry with before and after side by side, verifies the chain', async () => {
    const team = teams[2]!;
    await page.getByTestId('console-nav-audit').click();
    await page.getByTestId('audit-row').first().waitFor();
    await page.getByTestId('audit-filter-application').fill(String(team.applicationId));
    await page.getByTestId('audit-filters-submit').click();
    await page.waitForFunction((id) => location.hash.includes(`applicationId=${id}`), team.applicationId);
    await page.waitForFunction(() => !document.querySelector('[data-testid="audit-refreshing"]'));
    const rows = page.getByTestId('audit-row');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    const objects = await page.locator('[data-testid="audit-row"] td[data-col="entity"]').allInnerTexts();
    expect(new Set(objects)).toEqual(new Set([`application #${team.applicationId}`]));

    // Newest first: the screening pass just made in the console.
    await rows.first().click();
    const panel = page.getByTestId('audit-panel');
    await panel.waitFor();
    const changed = panel.locator('[data-testid="audit-diff-row"][data-change="changed"]').filter({ hasText: 'status' });
    await expect(changed.getByTestId('audit-before').innerText()).resolves.toBe('recommended');
    await expect(changed.getByTestId('audit-after').innerText()).resolves.toBe('screened_in');
    const before = await panel.getByTestId('audit-before-head').boundingBox();
    const after = await panel.getByTestId('audit-after-head').boundingBox();
    expect(after!.x).toBeGreaterThan(before!.x + before!.width - 1); // side by side
    expect(Math.abs(after!.y - before!.y)).toBeLessThan(2);
    await deskShot(page, 'console-4-audit-entry');
    await panel.getByTestId('audit-panel-close').click();

    await page.getByTestId('audit-verify').click();
    const verified = page.getByTestId('audit-verify-result');
    await verified.waitFor();
    await expect(verified.getAttribute('data-intact')).resolves.toBe('true');
    await expect(verified.innerText()).resolves.toContain('审计链完整');
    await deskShot(page, 'console-5-audit-verified');
  });

  it('通知发送: the outbox with its status counts', async () => {
    await page.getByTestId('console-nav-outbox').click();
    await page.getByTestId('outbox-tabs').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="outbox-loading"]'));
    await page.locator('[data-testid="outbox-row"], [data-testid="outbox-empty"]').first().waitFor();
    await expect(page.getByTestId('outbox-tab-all').innerText()).resolves.toMatch(/全部\s*\d+/);
    await page.getByTestId('outbox-tab-failed').click();
    await page.waitForFunction(() => location.hash.includes('status=failed'));
    await page.getByTestId('outbox-tab-all').click();
    await deskShot(page, 'console-6-outbox');
  });
});
