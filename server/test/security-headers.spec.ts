import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`security headers and CORS on ${TEST_DB}`, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ CORS_ORIGINS: 'https://console.example.cn, http://localhost:10086' });
  });

  afterAll(async () => {
    await t?.close();
  });

  it('answers with the security headers and a strict Content-Security-Policy', async () => {
    const reply = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    const csp = String(reply.headers['content-security-policy']);
    for (const directive of ["default-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "script-src 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it('lets only the configured origins call the API from a browser', async () => {
    const allowed = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin: 'https://console.example.cn' } });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://console.example.cn');
    expect(String(allowed.headers['access-control-expose-headers'])).toContain('x-request-id');
    const preflight = await t.app.inject({
      method: 'OPTIONS',
      url: '/api/v1/registration-cards',
      headers: { origin: 'http://localhost:10086', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(preflight.statusCode).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('http://localhost:10086');
    for (const origin of ['https://evil.example.com', 'https://console.example.cn.evil.com', 'null']) {
      const refused = await t.app.inject({ method: 'GET', url: '/api/v1/health', headers: { origin } });
      expect([origin, refused.headers['access-control-allow-origin']]).toEqual([origin, undefined]);
    }
  });
});
