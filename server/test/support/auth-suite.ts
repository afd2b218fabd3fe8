import { afterAll, afterEach, beforeAll, beforeEach } from '@jest/globals';
import { dataSourceOf } from '../../src/app.factory.js';
import { Clock } from '../../src/common/clock.js';
import { AuditEntry } from '../../src/modules/audit/audit-entry.entity.js';
import { type ErrorBody } from './error-body.js';
import { call, loginAccount, startTestApp, type TestApp } from './test-app.js';

/*
 * The authentication hardening suites' app and requests (test/auth-lockout.spec.ts, test/auth-sessions.spec.ts): one
 * app per file, the secretariat logged in, and every test logging in from an address of its own.
 */

export type LoginBody = { accessToken: string; expiresIn: number; refreshToken: string; refreshExpiresIn: number; principal: Record<string, unknown> };
export type Answer<T> = { status: number; body: T; headers: Record<string, unknown> };

export const LOCKED_MESSAGE = '账号因多次密码错误已暂时锁定，请于 15 分钟后再试，或联系秘书处解锁';

export interface AuthSuite {
  t: TestApp;
  secretariat: string;
  /** This test's address. */
  ip: string;
}

/** Starts the suite's app before its tests (hooks of the calling describe) and gives each test its own address. */
export function authSuite(): AuthSuite {
  // The app is filled in before the tests: a suite takes `t` at once and uses it in its tests.
  const suite: AuthSuite = { t: {} as TestApp, secretariat: '', ip: '' };
  let addressCounter = 0;
  beforeAll(async () => {
    // No grace for a spent refresh token here: a second use is theft at once (the grace has its own test).
    Object.assign(suite.t, await startTestApp({ REFRESH_REUSE_GRACE_SECONDS: '0', TRUST_PROXY: '127.0.0.1' }));
    suite.secretariat = await loginAccount(suite.t.app, 'mishuchu');
  });
  afterAll(async () => suite.t.close());
  // Each test logs in from its own address (X-Forwarded-For, set by a proxy on loopback that TRUST_PROXY names), so
  // address counts stay apart.
  beforeEach(() => {
    suite.ip = `198.51.100.${++addressCounter}`;
  });
  afterEach(() => suite.t.app.get(Clock).travelTo(null));
  return suite;
}

/** The requests the suites make, from the test's address unless one is named. */
export function authRequests(suite: AuthSuite) {
  async function post<T = ErrorBody>(url: string, json: unknown, options: { from?: string; token?: string } = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': options.from ?? suite.ip };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await suite.t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload: JSON.stringify(json) });
    return { status: response.statusCode, body: (response.body ? JSON.parse(response.body) : {}) as T, headers: response.headers };
  }
  const cardLogin = (cardNo: string, password: string, from?: string) => post<LoginBody & ErrorBody>('/auth/card-login', { cardNo, password }, { from });
  const accountLogin = (username: string, password: string, from?: string) => post<LoginBody & ErrorBody>('/auth/login', { username, password }, { from });
  let expertCounter = 0;
  /** An expert with a login opened by the secretariat. */
  async function openExpert(name: string) {
    const units = (await call<{ items: Array<{ id: number }> }>(suite.t.app, 'GET', '/api/v1/recommending-units')).body.items;
    const dto = {
      name,
      mobile: `1370000${String(++expertCounter).padStart(4, '0')}`,
      enterpriseName: '中建一局集团',
      recommendingUnitId: units[0]!.id,
      specialties: ['土建'],
      trainingStatus: 'trained',
      trainedAt: '2026-03-01',
      assessmentStatus: 'passed',
      assessedAt: '2026-03-15',
    };
    const expert = await post<{ id: number }>('/experts', dto, { token: suite.secretariat });
    const opened = await post<{ userId: number; username: string; password: string }>(`/experts/${expert.body.id}/account`, {}, { token: suite.secretariat });
    return { id: expert.body.id, dto, ...opened.body };
  }
  const auditActions = async (action: string) => dataSourceOf(suite.t.app).getRepository(AuditEntry).findBy({ action });
  return { post, cardLogin, accountLogin, openExpert, auditActions };
}
