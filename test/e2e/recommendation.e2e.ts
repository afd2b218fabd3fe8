import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { creditCodeCheckChar } from '@cacem/shared';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { pdfFixture, pptxFixture } from '../../server/test/support/material-files.js';
import { api, uploadTo } from './support/api.js';
import { launchChromium, type LaunchedBrowser, SCREENSHOTS } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { type RunningServer, startServer } from './support/server.js';

const UNIT = '中国冶金建设协会';
const TEAMS = ['混凝土浇筑一班', '模板安装班组', '测量放线班组'];
const field = (page: Page, testId: string, tag = 'input') => page.locator(`[data-testid="${testId}"] ${tag}`);
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

async function pdfOfPages(pages: number, label: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.setTitle(label);
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]);
  return Buffer.from(await doc.save());
}

async function textOfPage(bytes: Uint8Array, pageNumber: number): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await pdfjs.getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const content = await (await document.getPage(pageNumber)).getTextContent();
  return content.items.map((i) => ('str' in i ? i.str : '')).join('');
}

/** Three enterprises each register a team for the unit and submit, through the API. */
async function submitThreeApplications(base: string): Promise<void> {
  const secretariat = (await api<{ accessToken: string }>(base, 'POST', '/auth/login', { json: { username: 'mishuchu', password: 'Demo@2026' } })).accessToken;
  const units = await api<{ items: Array<{ id: number; name: string }> }>(base, 'GET', '/recommending-units');
  const unitId = units.items.find((u) => u.name === UNIT)!.id;
  for (const [i, teamName] of TEAMS.entries()) {
    const card = await api<{ cardNo: string; password: string }>(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: `推荐测试建设有限公司${i + 1}` } });
    const token = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
    const body = `9111010${String(700 + i).padStart(10, '0')}`;
    await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
    const team = await api<{ id: number }>(base, 'POST', '/teams', { token, json: { name: teamName, kind: 'construction_crew' } });
    const application = await api<{ id: number }>(base, 'PUT', `/teams/${team.id}/application`, {
      token,
      json: {
        recommendingUnitId: unitId,
        profile: { leaderName: '王工', leaderMobile: '13800138001', memberCount: 10, specialty: '土建', projectName: '示例工程', introduction: '班组简介' },
        declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
      },
    });
    await api(base, 'POST', `/teams/${team.id}/activity-records`, {
      token,
      json: { clientKey: `rec-e2e-${i}-0000`, date: today(), kind: 'pre_shift_meeting', content: '班前会', place: '工地', attendeeIds: [] },
    });
    await uploadTo(base, `/applications/${application.id}/materials/pdf`, token, 'file', '申报材料.pdf', await pdfFixture(teamName), 'application/pdf');
    await uploadTo(base, `/applications/${application.id}/materials/ppt`, token, 'file', '发布.pptx', pptxFixture(teamName), 'application/vnd.openxmlformats-officedocument.presentationml.presentation');
    await api(base, 'POST', `/applications/${application.id}/submit`, { token });
  }
}

describe('a recommending unit in the H5 build: approve two teams, decline one, file Annex 3 and get the package PDF', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let configDir: string;
  let page: Page;

  beforeAll(async () => {
    configDir = configDirInRegistrationWindow();
    server = await startServer({ CONFIG_DIR: configDir });
    await submitThreeApplications(server.url);
    chromium = await launchChromium();
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    rmSync(configDir, { recursive: true, force: true });
  });

  it('the contact logs in and sees the unit’s three submitted teams', async () => {
    await page.goto(`${server.url}/#/pages/login/index`);
    await page.getByText('账号登录').click();
    await field(page, 'login-username').fill('tuijian01');
    await field(page, 'login-password').fill('Demo@2026');
    await page.getByTestId('login-submit').click();
    await page.getByTestId('rec-home-unit').filter({ hasText: UNIT }).waitFor();
    await page.getByTestId('rec-home-applications').click();
    await page.getByTestId('rec-filter-submitted').click();
    for (const team of TEAMS) await page.getByTestId('rec-item').filter({ hasText: team }).waitFor();
    await shot(page, 'recommendation-1-list');
  });

  async function decide(team: string, decision: 'recommend' | 'decline') {
    await page.goto(`${server.url}/#/recommender/applications/index`);
    await page.getByTestId('rec-item').filter({ hasText: team }).click();
    await page.getByTestId('rec-detail-team').filter({ hasText: team }).waitFor();
    if (decision === 'recommend') {
      await page.getByTestId('rec-recommend').click();
      await page.getByTestId('rec-confirm-ok').click();
      await page.locator('[data-testid="rec-detail-status"]').filter({ hasText: '已推荐' }).waitFor();
    } else {
      await page.getByTestId('rec-decline').click();
      await field(page, 'rec-decline-reason', 'textarea').fill('本单位名额有限，建议明年完善现场活动记录后再报。');
      await page.getByTestId('rec-confirm-ok').click();
      await page.locator('[data-testid="rec-detail-status"]').filter({ hasText: '未获推荐' }).waitFor();
    }
  }

  it('recommends two teams and declines one with a reason', async () => {
    await decide(TEAMS[0]!, 'recommend');
    await decide(TEAMS[1]!, 'recommend');
    await decide(TEAMS[2]!, 'decline');
    await shot(page, 'recommendation-2-declined-with-reason');
    await page.goto(`${server.url}/#/recommender/applications/index`);
    await page.getByTestId('rec-filter-recommended').click();
    await page.getByTestId('rec-item').filter({ hasText: TEAMS[1]! }).waitFor();
    await page.getByTestId('rec-item').filter({ hasText: TEAMS[2]! }).waitFor({ state: 'detached' });
    await page.getByTestId('rec-item').filter({ hasText: TEAMS[0]! }).waitFor();
  });

  it('files the statistics return (附件3)', async () => {
    await page.goto(`${server.url}/#/recommender/statistics/index`);
    await page.getByTestId('stat-form').waitFor();
    const numbers: Record<string, string> = {
      enterprisesThisYear: '36',
      teamsThisYear: '152',
      cumulativeTrustedTeams: '48',
      staffParticipations: '2310',
      teamsRecommended: '2',
      trainingSpending: '35.50',
      rewardSpending: '12.80',
    };
    for (const [name, value] of Object.entries(numbers)) await field(page, `stat-${name}`).fill(value);
    await field(page, 'stat-featuresAndProblems', 'textarea').fill('以班前会和质量检查为抓手，部分班组活动记录不够规范。');
    await page.getByTestId('stat-review-materials_review').click();
    await page.getByTestId('stat-review-presentation_review').click();
    for (const [name, value] of Object.entries({ department: '质量安全部', departmentHead: '陈主任', contactPerson: '刘联络', mobile: '13912345678', email: 'liu@example.cn' })) {
      await field(page, `stat-${name}`).fill(value);
    }
    await page.getByTestId('stat-save-submit').click();
    await page.getByTestId('stat-saved').waitFor();
    await shot(page, 'recommendation-3-statistics');
  });

  it('uploads the letter and the notice, builds one PDF named by the unit, and the PDF reads back', async () => {
    await page.goto(`${server.url}/#/recommender/package/index`);
    await page.locator('[data-testid="pkg-letter-input"]').setInputFiles({ name: '推荐函.pdf', mimeType: 'application/pdf', buffer: await pdfOfPages(1, 'letter') });
    await page.getByTestId('pkg-letter-current').waitFor();
    await page
      .locator('[data-testid="pkg-excellent-list-input"]')
      .setInputFiles({ name: '优秀名单通知.pdf', mimeType: 'application/pdf', buffer: await pdfOfPages(2, 'notice') });
    await page.getByTestId('pkg-excellent-list-current').waitFor();
    await page.getByTestId('pkg-build-submit').click();
    await page.getByTestId('package-download').waitFor();
    await expect(page.getByTestId('pkg-current-name').innerText()).resolves.toContain(`${UNIT}.pdf`);
    await shot(page, 'recommendation-4-package');

    const href = await page.getByTestId('package-download').getAttribute('href');
    const response = await fetch(new URL(href!, server.url));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/pdf');
    expect(decodeURIComponent(response.headers.get('content-disposition')!)).toContain(`${UNIT}.pdf`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    const pdf = await PDFDocument.load(bytes);
    // letter (1 page) + the statistics return (1) + the excellent-list notice (2)
    expect(pdf.getPageCount()).toBe(4);
    const statistics = await textOfPage(bytes, 2);
    for (const expected of ['工程建设质量信得过班组活动统计表', UNIT, '2310', '35.50', '刘联络', '13912345678']) expect(statistics).toContain(expected);
  });
});
