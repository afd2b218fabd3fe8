import { appendFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { syntheticCorpus } from '@cacem/shared';
import type { BrowserContext, Page } from 'playwright-core';
import { pptxFixture, textPdfFixture } from '../../server/test/support/material-files.js';
import { api } from './support/api.js';
import { launchChromium, type LaunchedBrowser } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { desk, deskShot, loginConsole } from './support/console-season.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview } from './support/review-config.js';
import { login, type RegisteredTeam, registerAndRecommend, shot, TEAMS } from './support/season.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';


describe('材料查重 in the console on the H5 build: a run with progress, the ranked pairs, the passages side by side with the changes marked, a case opened', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let context: BrowserContext;
  let page: Page;
  let dataDir: string;
  let teams: RegisteredTeam[];
  const configDirs: string[] = [];
  // The second team's declaration takes half of the first's; the third is its own. Slides are empty skeletons.
  const corpus = syntheticCorpus({ seed: 'e2e', independent: 2, copiesPerProportion: 1, proportions: [0.5], pages: 3, charsPerPage: 700, templates: false });
  const texts = [corpus.documents[0]!.pages, corpus.documents[2]!.pages, corpus.documents[1]!.pages];

  beforeAll(async () => {
    dataDir = newDataDir();
    configDirs.push(configDirInRegistrationWindow());
    const registration = await startServer({ CONFIG_DIR: configDirs[0]! }, { dataDir });
    try {
      teams = await registerAndRecommend(registration.url, async (i) => ({ pdf: await textPdfFixture(texts[i]!), pptx: pptxFixture(`发布材料${i}`) }));
    } finally {
      await registration.stop();
    }
    moveStoredCampaignToMaterialsReview(dataDir);
    configDirs.push(configDirInMaterialsReviewWindow());
    // The synthetic declarations quote a synthetic notice and rubric: boilerplate, as the real ones are in config/.
    appendFileSync(join(configDirs[1]!, 'similarity-boilerplate.txt'), `\n\n${corpus.boilerplate.join('\n\n')}\n`);
    server = await startServer({ CONFIG_DIR: configDirs[1]! }, { dataDir });
    const secretariat = await login(server.url, 'mishuchu', 'Demo@2026');
    await api(server.url, 'POST', '/screening/bulk-pass', { token: secretariat, json: {} });
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

  it('starts a check from the console and follows it to the end; the copied pair heads the list, the textless slides are listed with the reason', async () => {
    await loginConsole(page, server.url);
    await page.goto(`${server.url}/#/admin/similarity/index`);
    await page.getByTestId('similarity-run').click();
    await page.getByTestId('similarity-progress').waitFor();
    await page.locator('[data-testid="similarity-status"]', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
    const rows = page.getByTestId('pair-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain(TEAMS[0].name);
    expect(row).toContain(TEAMS[1].name);
    expect(row).not.toContain(TEAMS[2].name);
    // Both directions and who came first (the same year: the earlier submission).
    expect(row).toContain('先提交');
    expect(row).toContain('后提交');
    expect(await page.getByTestId('pair-coverage-a').innerText()).toMatch(/^\d+\.\d%$/);
    // The requester by name; the figures above the list count what the list shows; the filter says what it leaves out.
    await expect(page.getByTestId('similarity-requester').innerText()).resolves.toContain('秘书处演示账号 于');
    expect(await page.getByTestId('similarity-suspicious').innerText()).toContain(String(await rows.count()));
    await expect(page.getByTestId('similarity-filter-note').innerText()).resolves.toContain('当前只列出待核查的疑似雷同 1 对');
    await expect(page.getByTestId('similarity-tab-pairs').innerText()).resolves.toBe('相似文件对（疑似雷同 1）');
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Jaccard|user:\d|包含/);
    await deskShot(page, 'similarity-1-pairs');
    await page.getByTestId('similarity-tab-uncheckable').click();
    await page.getByTestId('similarity-uncheckable').waitFor();
    await page.getByTestId('uncheckable-reason').nth(2).waitFor();
    const reasons = await page.getByTestId('uncheckable-reason').allInnerTexts();
    expect(reasons.length).toBe(3);
    for (const reason of reasons) expect(reason).toContain('幻灯片中没有可提取的文字');
    await deskShot(page, 'similarity-2-uncheckable');
  });

  it('shows the matching passages side by side with page numbers, and opens a plagiarism case with the pair as evidence', async () => {
    await page.getByTestId('similarity-tab-pairs').click();
    await page.getByTestId('pair-open').first().click();
    await page.getByTestId('similarity-pair-view').waitFor();
    const passages = page.getByTestId('passage');
    await passages.first().waitFor();
    expect(await passages.count()).toBeGreaterThan(0);
    for (const where of await page.getByTestId('passage-where-a').allInnerTexts()) expect(where).toMatch(/第 \d+(–\d+)? 页$/);
    // In A's reading order, page by page.
    const pagesA = (await passages.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-page-a'))))) as number[];
    expect(pagesA).toEqual([...pagesA].sort((x, y) => x - y));
    // The copy's small edits are marked inside the passages, on both sides, with a legend; the rest reads plain.
    await expect(page.getByTestId('passage-legend').innerText()).resolves.toContain('与对方不同');
    const changed = page.getByTestId('passage-changed');
    expect(await changed.count()).toBeGreaterThan(0);
    expect(await changed.first().isVisible()).toBe(true);
    expect(await changed.first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 229, 143)');
    const view = await page.getByTestId('similarity-pair-view').innerText();
    expect(view).not.toMatch(/Jaccard|user:\d|包含/);
    expect(view).toContain('的文字见于对方');
    // The passages are the first team's own words, as written in its declaration.
    const source = texts[0]!.join('').replace(/\s/g, '');
    const excerpt = (await page.getByTestId(`passage-text-a`).first().innerText()).replace(/\s/g, '').replace(/…$/, '');
    const other = (await page.getByTestId(`passage-text-b`).first().innerText()).replace(/\s/g, '').replace(/…$/, '');
    expect(source.includes(excerpt.slice(0, 20)) || source.includes(other.slice(0, 20))).toBe(true);
    // At the desk's 1440 × 900: the two documents, who came first, the figures and the first passages at a glance.
    await shot(page, 'similarity-3a-pair-top');
    await deskShot(page, 'similarity-3-side-by-side');
    await page.getByTestId('passage-changed').first().scrollIntoViewIfNeeded();
    await shot(page, 'similarity-3b-changes-marked');

    await page.getByTestId('open-case').click();
    await page.getByTestId('open-case-dialog').waitFor();
    await page.getByTestId('case-against-b').click();
    await page.getByTestId('open-case-dialog-ok').click();
    await page.getByTestId('case-link').waitFor();
    await deskShot(page, 'similarity-4-case-opened');
    // 「已立案 #id」 opens the case in 违规查处, with the comparison and the two files as its evidence.
    await page.getByTestId('case-link').click();
    await page.getByTestId('case-panel').waitFor();
    await page.getByTestId('case-evidence-row').nth(2).waitFor();
    expect(await page.getByTestId('case-evidence-row').count()).toBe(3);
    await expect(page.getByTestId('case-evidence').innerText()).resolves.toContain('.xlsx');
    await deskShot(page, 'similarity-5-case-evidence');
    const secretariat = await login(server.url, 'mishuchu', 'Demo@2026');
    const cases = await api<{ items: Array<{ id: number; kind: string; application: { id: number } }> }>(server.url, 'GET', '/misconduct-cases', { token: secretariat });
    expect(cases.items).toHaveLength(1);
    expect(cases.items[0]!.kind).toBe('plagiarism');
    // 文件 B is the later upload: the second team's, which took half of the first's.
    expect(cases.items[0]!.application.id).toBe(teams[1]!.applicationId);
    const detail = await api<{ evidence: Array<{ fileName: string }> }>(server.url, 'GET', `/misconduct-cases/${cases.items[0]!.id}`, { token: secretariat });
    expect(detail.evidence.map((e) => e.fileName).some((n) => n.endsWith('.xlsx'))).toBe(true);
    expect(detail.evidence).toHaveLength(3);
  });
});
