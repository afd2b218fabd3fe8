import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { certificateNoFromBody, creditCodeCheckChar, formatCertificateNo } from '@cacem/shared';
import Database from 'better-sqlite3';
import type { BrowserContext, Page } from 'playwright-core';
import { api } from './support/api.js';
import { launchChromium, type LaunchedBrowser, SCREENSHOTS } from './support/browser.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';

const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' };

const VALID_NO = certificateNoFromBody(2026, 'K7M2Q9XA');
const REVOKED_NO = certificateNoFromBody(2026, 'R3VK8D2P');
const MADE_UP_NO = certificateNoFromBody(2026, 'ZZZZZZZZ');
const ENTERPRISE = '中建八局第一建设有限公司';

/**
 * The real issuing path (review, presentations, grading) belongs to the season simulation; here the server is stopped,
 * a certified application and its certificates are written into its SQLite file, and it is started again.
 */
function insertCertificates(dataDir: string, enterpriseId: number, teamId: number): void {
  const db = new Database(join(dataDir, 'platform.sqlite'));
  try {
    const campaign = db.prepare('SELECT id, year FROM campaign ORDER BY year DESC LIMIT 1').get() as { id: number; year: number };
    const now = new Date().toISOString().replace('T', ' ').slice(0, 19);
    const application = db
      .prepare(
        `INSERT INTO application (campaignId, teamId, enterpriseId, recommendingUnitId, status, profile, declarations, submittedAt, preference, version, createdAt, updatedAt)
         VALUES (?, ?, ?, NULL, 'certified', '{}', '{}', ?, NULL, 9, ?, ?)`,
      )
      .run(campaign.id, teamId, enterpriseId, now, now, now);
    const insert = db.prepare(
      `INSERT INTO certificate (certificateNo, campaignId, applicationId, year, teamName, enterpriseName, grade, issuedAt, revokedAt, revokedReason)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    insert.run(VALID_NO, campaign.id, application.lastInsertRowid, campaign.year, '钢筋加工一班', ENTERPRISE, 'excellent', '2026-09-30 02:00:00', null, null);
    // A second certificate, revoked; its application id need not be real for the public page.
    insert.run(REVOKED_NO, campaign.id, 999_999, campaign.year, '模板安装二班', ENTERPRISE, 'exemplary', '2026-09-30 02:00:00', '2026-10-08 02:00:00', '经查实申报材料弄虚作假（第十五条）');
  } finally {
    db.close();
  }
}

describe('public certificate verification (证书查验) in the H5 build', () => {
  const dataDir = newDataDir();
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let context: BrowserContext;

  beforeAll(async () => {
    const first = await startServer({}, { dataDir });
    let enterpriseId: number;
    let teamId: number;
    try {
      const secretariat = (await api<{ accessToken: string }>(first.url, 'POST', '/auth/login', { json: { username: 'mishuchu', password: 'Demo@2026' } })).accessToken;
      const card = await api<{ cardNo: string; password: string }>(first.url, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: ENTERPRISE } });
      const login = await api<{ accessToken: string; principal: { enterpriseId: number } }>(first.url, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } });
      const body = '91110108MA01C3KX4';
      await api(first.url, 'PUT', '/enterprises/me/credit-code', { token: login.accessToken, json: { creditCode: body + creditCodeCheckChar(body) } });
      teamId = (await api<{ id: number }>(first.url, 'POST', '/teams', { token: login.accessToken, json: { name: '钢筋加工一班', kind: 'construction_crew' } })).id;
      enterpriseId = login.principal.enterpriseId;
    } finally {
      await first.stop();
    }
    insertCertificates(dataDir, enterpriseId, teamId);
    server = await startServer({}, { dataDir });
    chromium = await launchChromium();
    // Logged out: a fresh context has no session.
    context = await chromium.browser.newContext(phone);
  });
  afterAll(async () => {
    await context?.close();
    await chromium?.close();
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens from the QR address, shows a valid certificate, and says so when a number is made up', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/#/public/verify/index?no=${VALID_NO}`);
    const valid = page.getByTestId('verify-valid');
    await valid.waitFor();
    const text = await valid.innerText();
    for (const fragment of ['证书有效', '钢筋加工一班', ENTERPRISE, '卓越级', '2026年', '2026-09-30', formatCertificateNo(VALID_NO)]) expect(text).toContain(fragment);
    expect(await page.locator('.qt-verify__input input').inputValue()).toBe(VALID_NO);
    await shot(page, 'certificate-verify-1-valid');

    await page.locator('.qt-verify__input input').fill(formatCertificateNo(MADE_UP_NO).toLowerCase());
    await page.getByTestId('verify-submit').tap();
    const missing = page.getByTestId('verify-not-found');
    await missing.waitFor();
    expect(await missing.innerText()).toContain('未找到该证书编号，请核对后重新输入');
    expect(await page.getByTestId('verify-valid').count()).toBe(0);
    await shot(page, 'certificate-verify-2-not-found');
    await page.close();
  });

  it('marks a revoked certificate in red with the date and reason', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/#/public/verify/index?no=${REVOKED_NO}`);
    const revoked = page.getByTestId('verify-revoked');
    await revoked.waitFor();
    const text = await revoked.innerText();
    for (const fragment of ['已撤销', '2026-10-08', '经查实申报材料弄虚作假（第十五条）', '模板安装二班']) expect(text).toContain(fragment);
    await shot(page, 'certificate-verify-3-revoked');
    await page.close();
  });
});
