import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser, SCREENSHOTS } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

const VALID_CREDIT_CODE = '91110108MA01C3KX4M';
const ENTERPRISE = '中铁建工集团第二建设有限公司';

const field = (page: Page, testId: string) => page.locator(`[data-testid="${testId}"] input`);
const shot = (page: Page, name: string) => page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });

describe('the registration slice in the H5 build, in Chromium', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  let issued: { cardNo: string; password: string };

  beforeAll(async () => {
    server = await startServer();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('lets the secretariat issue a registration card at a desk', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/#/pages/login/index`);
    await page.getByText('账号登录').click();
    await field(page, 'login-username').fill('mishuchu');
    await field(page, 'login-password').fill('Demo@2026');
    await page.getByTestId('login-submit').click();

    // The secretariat lands on the console's overview; 报名卡 is in its navigation.
    await page.getByTestId('console-nav-cards').click();
    await field(page, 'issue-enterprise-name').waitFor();
    await field(page, 'issue-enterprise-name').fill(ENTERPRISE);
    await page.getByTestId('issue-submit').click();
    await page.getByTestId('issued-card-no').waitFor();
    issued = {
      cardNo: (await page.getByTestId('issued-card-no').innerText()).replace(/\D/g, ''),
      password: (await page.getByTestId('issued-password').innerText()).trim(),
    };
    expect(issued.cardNo).toMatch(/^\d{10}$/);
    expect(issued.password).toMatch(/^[A-Z2-9]{10}$/);
    await page.getByTestId('cards-table').filter({ hasText: ENTERPRISE }).waitFor();
    await shot(page, 'slice-1-secretariat-issues-card');
    await context.close();
  });

  it('lets the enterprise log in on a phone, record its credit code, create a team and see its status', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/#/pages/login/index`);

    // A wrong password gets the one generic answer.
    await field(page, 'login-card-no').fill(issued.cardNo);
    await field(page, 'login-card-password').fill('WRONGPASS1');
    await page.getByTestId('login-submit').tap();
    await page.getByTestId('login-error').filter({ hasText: '错误' }).waitFor();
    await shot(page, 'slice-2-wrong-password');

    await field(page, 'login-card-password').fill(issued.password);
    await page.getByTestId('login-submit').tap();
    await page.getByTestId('enterprise-name').waitFor();
    await page.getByTestId('enterprise-name').filter({ hasText: ENTERPRISE }).waitFor();

    // The check character is verified on the phone before anything is sent.
    await field(page, 'credit-code-input').fill('91110108MA01C3KX4N');
    await page.getByText('统一社会信用代码校验位不正确，请核对后重新输入').first().waitFor();
    await shot(page, 'slice-3-credit-code-check');
    await field(page, 'credit-code-input').fill(VALID_CREDIT_CODE);
    await page.getByTestId('credit-code-ok').waitFor();
    await page.getByTestId('credit-code-submit').tap();

    // Once recorded, the enterprise goes on to its (still empty) status page.
    await page.getByTestId('team-empty').waitFor();
    await shot(page, 'slice-4-status-empty');
    await page.getByTestId('status-team-new').tap();
    await field(page, 'team-name-input').fill('钢筋加工班组');
    await page.getByText('项目部', { exact: true }).tap();
    await page.getByTestId('team-submit').tap();

    await page.getByTestId('team-card').first().waitFor();
    const card = await page.getByTestId('team-card').first().innerText();
    expect(card).toContain('钢筋加工班组');
    expect(card).toContain('项目部');
    expect(card).toContain('未申报');
    await page.getByTestId('campaign-name').filter({ hasText: '2026年工程建设质量信得过班组活动' }).waitFor();
    await shot(page, 'slice-5-team-status');
    await context.close();
  });

  it('kept what the browser did: the API shows the same credit code and team', async () => {
    const login = await fetch(`${server.url}/api/v1/auth/card-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(issued),
    });
    const { accessToken } = (await login.json()) as { accessToken: string };
    const enterprise = await (await fetch(`${server.url}/api/v1/enterprises/me`, { headers: { authorization: `Bearer ${accessToken}` } })).json();
    expect(enterprise).toMatchObject({ name: ENTERPRISE, creditCode: VALID_CREDIT_CODE, cardNo: issued.cardNo });
    const teams = (await (await fetch(`${server.url}/api/v1/teams`, { headers: { authorization: `Bearer ${accessToken}` } })).json()) as {
      items: Array<{ name: string; kind: string }>;
    };
    expect(teams.items).toEqual([expect.objectContaining({ name: '钢筋加工班组', kind: 'project_department' })]);
  });
});
