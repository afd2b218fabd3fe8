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
import { login, type RegisteredTeam, registerAndRecommend } from './support/season.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';

// Five teams; four of them put the same bought text into their declarations, each with its own name in it.
const TEAMS = [
  { name: '钢筋加工一班', unit: 'A' },
  { name: '模板支设二班', unit: 'A' },
  { name: '混凝土浇筑三班', unit: 'B' },
  { name: '砌筑抹灰四班', unit: 'B' },
  { name: '机电安装五班', unit: 'A' },
] as const;
const BUYERS = [0, 1, 2, 3];
const BOUGHT = [
  '本班组始终把质量放在首位，坚持开展每日班前讲评和班后总结，由班组长带领成员逐项对照作业指导书检查当天的施工质量。',
  '针对钢筋直螺纹连接丝头加工长度不足的问题，班组运用排列图和因果图分析了人员、机械、材料、方法和环境五个方面的原因。',
  '通过制作丝头加工限位卡具并开展专项技能培训，丝头一次加工合格率由百分之八十九提高到百分之九十八，节约返工费用四万余元。',
  '班组还建立了质量问题随手拍制度，成员发现问题即拍照上传到班组微信群，由技术员在当日给出整改意见并跟踪闭合。',
];

describe('材料查重 · 模板雷同 in the console on the H5 build: four teams sharing a bought text are one cluster, with their shares and the passages', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let context: BrowserContext;
  let page: Page;
  let dataDir: string;
  let teams: RegisteredTeam[];
  const configDirs: string[] = [];
  const corpus = syntheticCorpus({ seed: 'e2e-clusters', independent: TEAMS.length, copiesPerProportion: 0, proportions: [], pages: 3, charsPerPage: 600, templates: false });

  beforeAll(async () => {
    dataDir = newDataDir();
    configDirs.push(configDirInRegistrationWindow());
    const registration = await startServer({ CONFIG_DIR: configDirs[0]! }, { dataDir });
    try {
      teams = await registerAndRecommend(
        registration.url,
        async (i) => {
          const own = corpus.documents[i]!.pages;
          const pages = BUYERS.includes(i) ? [own[0]!, BOUGHT.map((s) => s.replace('本班组', TEAMS[i]!.name)).join(''), ...own.slice(1)] : own;
          return { pdf: await textPdfFixture(pages), pptx: pptxFixture(`发布材料${i}`) };
        },
        TEAMS,
      );
    } finally {
      await registration.stop();
    }
    moveStoredCampaignToMaterialsReview(dataDir);
    configDirs.push(configDirInMaterialsReviewWindow());
    appendFileSync(join(configDirs[1]!, 'similarity-boilerplate.txt'), `\n\n${corpus.boilerplate.join('\n\n')}\n`);
    server = await startServer({ CONFIG_DIR: configDirs[1]!, SIMILARITY_AFTER_SCREENING_MS: '0' }, { dataDir });
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

  it('lists the cluster under 模板雷同 and shows its teams, shares and passages; no pair between them', async () => {
    await loginConsole(page, server.url);
    await page.goto(`${server.url}/#/admin/similarity/index`);
    await page.getByTestId('similarity-run').click();
    await page.locator('[data-testid="similarity-status"]', { hasText: '已完成' }).waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('similarity-tab-clusters').innerText()).resolves.toBe('模板雷同（1）');
    await expect(page.getByTestId('similarity-clusters-count').innerText()).resolves.toContain('1 组');
    // Four teams share the text: it is not evidence that any two of them copied each other.
    await expect(page.getByTestId('similarity-tab-pairs').innerText()).resolves.toBe('相似文件对（疑似雷同 0）');

    await page.getByTestId('similarity-tab-clusters').click();
    const row = page.getByTestId('cluster-row');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    const text = await row.first().innerText();
    for (const i of BUYERS) expect(text).toContain(teams[i]!.name);
    expect(text).not.toContain(teams[4]!.name);
    await expect(page.getByTestId('cluster-teams').innerText()).resolves.toBe('4 个');
    await deskShot(page, 'similarity-6-clusters');

    await page.getByTestId('cluster-open').click();
    await page.getByTestId('similarity-cluster-view').waitFor();
    await page.getByTestId('cluster-member').nth(3).waitFor();
    expect(await page.getByTestId('cluster-member').count()).toBe(4);
    for (const share of await page.getByTestId('cluster-member-share').allInnerTexts()) expect(Number(share.replace('%', ''))).toBeGreaterThan(5);
    const passages = (await page.getByTestId('cluster-passage').allInnerTexts()).join('').replace(/\s/g, '');
    expect(passages).toContain('运用排列图和因果图分析了人员、机械、材料、方法和环境五个方面的原因');
    expect(passages).toMatch(/第2页/);
    const body = await page.locator('body').innerText();
    expect(body).not.toMatch(/Jaccard|user:\d|undefined|NaN/);
    await deskShot(page, 'similarity-7-cluster');
  });
});
