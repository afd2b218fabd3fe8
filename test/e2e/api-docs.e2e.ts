import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { launchChromium, type LaunchedBrowser, SCREENSHOTS } from './support/browser.js';
import { type RunningServer, startServer } from './support/server.js';

describe('the served platform', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;
  beforeAll(async () => {
    server = await startServer();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });

  it('prints the URL and the demo accounts of every role at start', () => {
    const out = server.output();
    expect(out).toContain(server.url);
    for (const role of ['秘书处', '申报企业', '推荐单位联系人', '专家', '班组成员']) expect(out).toContain(role);
  });

  it('describes the API as OpenAPI JSON, including the slice', async () => {
    const doc = (await (await fetch(`${server.url}/api/docs-json`)).json()) as { openapi: string; servers: Array<{ url: string }>; paths: Record<string, unknown> };
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    for (const path of ['/auth/card-login', '/registration-cards', '/enterprises/me/credit-code', '/teams', '/health']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
  });

  it('renders the OpenAPI UI in Chromium', async () => {
    const page = await chromium.browser.newPage();
    await page.goto(`${server.url}/api/docs`);
    await page.getByText('工程建设质量信得过班组活动平台 API').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'api-docs.png') });
    // An operation opened: its request body and its documented answer, with the examples the schemas carry.
    await page.locator('#operations-登录-AuthController_cardLogin').click();
    const operation = page.locator('#operations-登录-AuthController_cardLogin');
    await operation.getByText('accessToken').first().waitFor();
    await operation.getByText('4XX').first().waitFor();
    await operation.screenshot({ path: join(SCREENSHOTS, 'api-docs-operation.png') });
    await page.close();
  });

  it('reports the database state on /api/v1/health', async () => {
    const health = await (await fetch(`${server.url}/api/v1/health`)).json();
    expect(health).toMatchObject({ status: 'ok', database: { status: 'up', type: 'better-sqlite3' } });
  });

  it('answers an unknown API path with the error shape, not the web page', async () => {
    const r = await fetch(`${server.url}/api/v1/no-such-thing`);
    expect(r.status).toBe(404);
    expect(await r.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND', message: '请求的接口不存在' });
  });
});
