import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { BrowserContext, Page } from 'playwright-core';
import { PNG_1x1, pdfFixture, pptxFixture } from '../../server/test/support/material-files.js';
import { launchChromium, type LaunchedBrowser, SCREENSHOTS } from './support/browser.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { decodeQr } from './support/qr.js';
import { type RunningServer, startServer } from './support/server.js';

const DEMO_CARD = { cardNo: '2026000014', password: 'DEMO2026KP' };
const field = (page: Page, testId: string, tag = 'input') => page.locator(`[data-testid="${testId}"] ${tag}`);
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' };

describe('a team registers in the H5 build: members, an on-site record with a photo, materials, submission, timeline', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let configDir: string;
  let declarant: BrowserContext;
  let member: BrowserContext;
  let loginCode: string;

  beforeAll(async () => {
    configDir = configDirInRegistrationWindow();
    server = await startServer({ CONFIG_DIR: configDir });
    chromium = await launchChromium();
    declarant = await chromium.browser.newContext(phone);
    member = await chromium.browser.newContext(phone);
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
    rmSync(configDir, { recursive: true, force: true });
  });

  /** A new phone page in this context: the declarant logs in with the card and opens the team's 班组成员. */
  async function declarantOnMembers(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}/#/pages/login/index`);
    // The card number opens a digit keypad, not a letter keyboard.
    expect(await field(page, 'login-card-no').evaluate((i: HTMLInputElement) => [i.type, i.inputMode])).toEqual(['tel', 'numeric']);
    await field(page, 'login-card-no').fill(DEMO_CARD.cardNo);
    await field(page, 'login-card-password').fill(DEMO_CARD.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('team-card').first().waitFor();
    await page.getByTestId('team-card-members').first().click();
    return page;
  }

  it('the declarant logs in with the registration card and gives the team leader a one-time login code', async () => {
    const page = await declarantOnMembers(declarant);
    const row = page.getByTestId('member-row').filter({ hasText: '张建国' });
    await row.waitFor();
    await row.getByTestId('member-login-code').click();
    await page.getByTestId('member-login-code-value').waitFor();
    loginCode = (await page.getByTestId('member-login-code-value').innerText()).replace(/\D/g, '');
    expect(loginCode).toMatch(/^\d{6}$/);
    await shot(page, 'registration-1-members-login-code');
  });

  it('the declarant invites members: the QR code on the screen decodes to the join path with the invite code', async () => {
    const context = await chromium.browser.newContext(phone);
    const page = await declarantOnMembers(context);
    await page.getByTestId('members-invite').click();
    const code = (await page.getByTestId('members-invite-code').innerText()).trim();
    const qr = page.getByTestId('members-invite-qr');
    await qr.locator('img').evaluate((img: HTMLImageElement) => (img.complete && img.naturalWidth > 0 ? null : new Promise((done) => img.addEventListener('load', done, { once: true }))));
    // The picture lies on its box: nothing of it is cut off by the box's hidden overflow.
    const [box, picture] = await Promise.all([qr.boundingBox(), qr.locator('img').boundingBox()]);
    for (const side of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(picture![side] - box![side])).toBeLessThan(1);
    // What a camera sees: the box as rendered on the screen.
    const decoded = decodeQr(await qr.screenshot({ animations: 'disabled' }));
    expect(decoded).toContain(`code=${code}`);
    await shot(page, 'registration-1b-members-invite-qr');
    await context.close();
  });

  it('with a slow connection (every answer 4 s late) 班组状态, 班组成员 and 消息 show that they are loading, and no 新建班组 before the teams are known', async () => {
    const context = await chromium.browser.newContext(phone);
    await (await declarantOnMembers(context)).getByTestId('member-row').first().waitFor();
    // A fresh page of the logged-in declarant, each answer of the API held back 4 s.
    const slowPage = async (path: string) => {
      const page = await context.newPage();
      await page.route('**/api/v1/**', async (route) => {
        await new Promise((done) => setTimeout(done, 4000));
        await route.continue();
      });
      await page.goto(`${server.url}/#${path}`);
      return page;
    };
    const page = await slowPage('/declarant/status/index');
    await page.getByTestId('status-loading').waitFor();
    await expect(page.getByTestId('status-team-new').isVisible()).resolves.toBe(false);
    await shot(page, 'registration-1c-status-loading');
    await page.getByTestId('team-card').first().waitFor({ timeout: 15_000 });
    await expect(page.getByTestId('status-loading').count()).resolves.toBe(0);
    await expect(page.getByTestId('status-team-new').isVisible()).resolves.toBe(true);

    await page.getByTestId('team-card-members').first().click();
    await page.getByTestId('members-loading').waitFor();
    await page.getByTestId('member-row').first().waitFor({ timeout: 15_000 });

    const inbox = await slowPage('/pages/inbox/index');
    await inbox.getByTestId('inbox-loading').waitFor();
    await inbox.getByTestId('inbox-loading').waitFor({ state: 'detached', timeout: 15_000 });
    await context.close();
  });

  it('the member logs in with the code and adds an on-site record with a photo, which reaches the server', async () => {
    const page = await member.newPage();
    await page.goto(`${server.url}/#/pages/login/index`);
    await page.getByText('班组成员登录').click();
    expect(await field(page, 'login-member-code').evaluate((i: HTMLInputElement) => [i.type, i.inputMode])).toEqual(['tel', 'numeric']);
    await field(page, 'login-member-code').fill(loginCode);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-member').waitFor();
    await page.getByTestId('home-team-name').filter({ hasText: '钢筋加工一班' }).waitFor();
    await page.getByTestId('home-record-new').click();

    await page.getByTestId('record-kind-quality_inspection').click();
    await field(page, 'record-content', 'textarea').fill('检查 3 号楼 5 层钢筋保护层厚度，全部合格。');
    await field(page, 'record-place').fill('3号楼 5 层');
    await page.locator('[data-testid^="record-attendee-"]').filter({ hasText: '张建国' }).click();
    await page.locator('[data-testid="record-photo-input"]').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: PNG_1x1 });
    await page.getByTestId('record-photo-item').first().waitFor();
    await shot(page, 'registration-2-record-form');
    await page.getByTestId('record-save-submit').click();

    const synced = page.locator('[data-testid="record-row"][data-sync="synced"]');
    await synced.first().waitFor({ timeout: 30_000 });
    await expect(synced.first().innerText()).resolves.toContain('检查 3 号楼');
    await shot(page, 'registration-3-record-synced');
  });

  it('the declarant fills the registration form, uploads the PDF and the PPTX, and submits', async () => {
    const page = declarant.pages()[0]!;
    await page.goto(`${server.url}/#/declarant/status/index`);
    await page.getByTestId('team-card-registration').first().click();
    await page.getByTestId('reg-form').waitFor();
    await field(page, 'reg-leader-name').fill('张建国');
    await field(page, 'reg-leader-mobile').fill('13800138000');
    await field(page, 'reg-member-count').fill('12');
    await field(page, 'reg-specialty').fill('钢筋工');
    await field(page, 'reg-project-name').fill('示例大厦工程');
    await field(page, 'reg-introduction', 'textarea').fill('本班组负责示例大厦主体结构钢筋加工与绑扎。');
    await page.getByTestId('reg-unit-selected').click();
    await field(page, 'reg-unit-search').fill('冶金');
    await page.getByTestId('reg-unit-option').first().click();
    for (const d of ['isBasicFormalUnit', 'declaresNoAccidentsInThreeYears', 'hasActivityPlan', 'hasImplementationPlan']) {
      await page.getByTestId(`reg-decl-${d}`).click();
    }
    await page.getByTestId('reg-save-submit').click();
    // The file inputs are there, disabled, before the form is saved: a file picked then would be ignored.
    await page.waitForSelector('[data-testid="reg-material-pdf-input"]:not([disabled])', { state: 'attached' });

    await page.locator('[data-testid="reg-material-pdf-input"]').setInputFiles({ name: '申报材料.pdf', mimeType: 'application/pdf', buffer: await pdfFixture('申报材料') });
    await page.getByTestId('reg-material-pdf-current').waitFor();
    await page.locator('[data-testid="reg-material-ppt-input"]').setInputFiles({
      name: '成果发布.pptx',
      mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      buffer: pptxFixture('成果发布'),
    });
    await page.getByTestId('reg-material-ppt-current').waitFor();
    await page.getByTestId('reg-eligibility-ok').waitFor();
    await shot(page, 'registration-4-form-and-materials');

    await page.getByTestId('reg-submit').click();
    await page.getByTestId('reg-confirm-ok').click();
    await page.getByTestId('reg-status').filter({ hasText: '已提交' }).waitFor();
    await shot(page, 'registration-5-submitted');
  });

  it('both the declarant and the member see the timeline', async () => {
    const page = declarant.pages()[0]!;
    await page.getByTestId('reg-timeline').click();
    await page.getByTestId('timeline-next').waitFor();
    const steps = page.getByTestId('timeline-step');
    await expect(steps.first().getAttribute('data-state')).resolves.toBe('done');
    await shot(page, 'registration-6-timeline-declarant');

    const memberPage = member.pages()[0]!;
    await memberPage.goto(`${server.url}/#/pages/index/index`);
    await memberPage.getByTestId('home-timeline').click();
    await memberPage.getByTestId('timeline-next').waitFor();
    await memberPage.getByTestId('timeline-status').filter({ hasText: '已提交' }).waitFor();
    await shot(memberPage, 'registration-7-timeline-member');

    await memberPage.goto(`${server.url}/#/pages/inbox/index`);
    await memberPage.getByTestId('inbox-item').filter({ hasText: '已提交' }).first().waitFor();
  });
});
