import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { cardNoFromBody } from '@cacem/shared';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '../src/common/clock.js';
import { dataSourceOf } from '../src/app.factory.js';
import { AuditEntry } from '../src/modules/audit/audit-entry.entity.js';
import { AuthSession } from '../src/modules/auth/auth-session.entity.js';
import { LoginThrottle } from '../src/modules/auth/login-throttle.entity.js';
import { SessionService } from '../src/modules/auth/session.service.js';
import { LoginThrottleService } from '../src/modules/auth/throttle.service.js';
import { issueCardFactory } from './support/factories.js';
import { memberFactory, teamFactory } from './support/member-factories.js';
import { call, loginAccount, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type ErrorBody = { statusCode: number; code: string; message: string };
type LoginBody = { accessToken: string; expiresIn: number; refreshToken: string; refreshExpiresIn: number; principal: Record<string, unknown> };
type Answer<T> = { status: number; body: T; headers: Record<string, unknown> };

const LOCKED_MESSAGE = '账号因多次密码错误已暂时锁定，请于 15 分钟后再试，或联系秘书处解锁';

describe(`authentication hardening on ${TEST_DB}`, () => {
  let t: TestApp;
  let secretariat: string;
  let addressCounter = 0;
  // Each test logs in from its own address (X-Forwarded-For, set by a proxy on loopback that TRUST_PROXY names), so
  // address counts stay apart.
  let ip = '';
  beforeAll(async () => {
    // No grace for a spent refresh token here: a second use is theft at once (the grace has its own test).
    t = await startTestApp({ REFRESH_REUSE_GRACE_SECONDS: '0', TRUST_PROXY: '127.0.0.1' });
    secretariat = await loginAccount(t.app, 'mishuchu');
  });
  afterAll(async () => t.close());
  beforeEach(() => {
    ip = `198.51.100.${++addressCounter}`;
  });
  afterEach(() => t.app.get(Clock).travelTo(null));

  async function post<T = ErrorBody>(url: string, json: unknown, options: { from?: string; token?: string } = {}): Promise<Answer<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': options.from ?? ip };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const response = await t.app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload: JSON.stringify(json) });
    return { status: response.statusCode, body: (response.body ? JSON.parse(response.body) : {}) as T, headers: response.headers };
  }
  const cardLogin = (cardNo: string, password: string, from?: string) => post<LoginBody & ErrorBody>('/auth/card-login', { cardNo, password }, { from });
  const accountLogin = (username: string, password: string, from?: string) => post<LoginBody & ErrorBody>('/auth/login', { username, password }, { from });
  let expertCounter = 0;
  /** An expert with a login opened by the secretariat. */
  async function openExpert(name: string) {
    const units = (await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items;
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
    const expert = await post<{ id: number }>('/experts', dto, { token: secretariat });
    const opened = await post<{ userId: number; username: string; password: string }>(`/experts/${expert.body.id}/account`, {}, { token: secretariat });
    return { id: expert.body.id, dto, ...opened.body };
  }
  const auditActions = async (action: string) => dataSourceOf(t.app).getRepository(AuditEntry).findBy({ action });

  describe('lockout per account', () => {
    it('locks a card after 5 wrong passwords, refuses even the right one, and says so in Chinese with Retry-After', async () => {
      const card = await issueCardFactory(t.app);
      for (let i = 1; i <= 4; i++) expect((await cardLogin(card.cardNo, `WRONG${i}PASS`)).body).toMatchObject({ statusCode: 401, code: 'LOGIN_FAILED' });
      const fifth = await cardLogin(card.cardNo, 'WRONG5PASS');
      expect(fifth.status).toBe(423);
      expect(fifth.body).toEqual({ statusCode: 423, code: 'ACCOUNT_LOCKED', message: LOCKED_MESSAGE });
      expect(Number(fifth.headers['retry-after'])).toBe(15 * 60);
      const right = await cardLogin(card.cardNo, card.password);
      expect(right.body).toEqual({ statusCode: 423, code: 'ACCOUNT_LOCKED', message: LOCKED_MESSAGE });
      expect(Number(right.headers['retry-after'])).toBeGreaterThan(14 * 60);
      // The lock is recorded once, when it falls.
      expect((await auditActions('login.account_locked')).filter((e) => (e.after as { subject: string }).subject === card.cardNo)).toHaveLength(1);
    });

    it('locks an unknown card number and an unknown user name exactly as real ones: the answers do not tell them apart', async () => {
      const card = await issueCardFactory(t.app);
      const unknownCard = cardNoFromBody('987654321');
      const real: Array<[number, unknown]> = [];
      const unknown: Array<[number, unknown]> = [];
      for (let i = 0; i < 6; i++) {
        const a = await cardLogin(card.cardNo, 'NOTRIGHT22');
        const b = await cardLogin(unknownCard, 'NOTRIGHT22');
        real.push([a.status, a.body]);
        unknown.push([b.status, b.body]);
      }
      expect(unknown).toEqual(real);
      expect(real.map(([status]) => status)).toEqual([401, 401, 401, 401, 423, 423]);

      const accounts: Array<[number, unknown]> = [];
      const nobody: Array<[number, unknown]> = [];
      for (let i = 0; i < 6; i++) {
        // From another address: the twelve card failures above already count against this one.
        const a = await accountLogin('tuijian01', 'Wrong@2026', '192.0.2.10');
        const b = await accountLogin('no-such-person', 'Wrong@2026', '192.0.2.10');
        accounts.push([a.status, a.body]);
        nobody.push([b.status, b.body]);
      }
      expect(nobody).toEqual(accounts);
      expect(accounts.at(-1)).toEqual([423, { statusCode: 423, code: 'ACCOUNT_LOCKED', message: LOCKED_MESSAGE }]);
      // The lock is on the account, not the address: from elsewhere it is still locked.
      expect((await accountLogin('tuijian01', 'Demo@2026', '203.0.113.9')).status).toBe(423);
      // User names are matched as typed, ignoring case and spaces around.
      expect((await accountLogin('  TuiJian01 ', 'Demo@2026', '203.0.113.9')).status).toBe(423);
    });

    it('unlocks by itself once the lock has run out, and a success clears the count', async () => {
      const card = await issueCardFactory(t.app);
      const clock = t.app.get(Clock);
      const start = Date.now();
      for (let i = 0; i < 5; i++) await cardLogin(card.cardNo, 'NOTRIGHT22');
      clock.travelTo(new Date(start + 14 * 60_000 + 30_000));
      const still = await cardLogin(card.cardNo, card.password);
      expect(still.body).toMatchObject({ code: 'ACCOUNT_LOCKED', message: '账号因多次密码错误已暂时锁定，请于 1 分钟后再试，或联系秘书处解锁' });
      clock.travelTo(new Date(Date.now() + 15 * 60_000 + 1000));
      expect((await cardLogin(card.cardNo, card.password)).status).toBe(200);
      // Four more wrong passwords after the success do not lock: the count started again.
      for (let i = 0; i < 4; i++) expect((await cardLogin(card.cardNo, 'NOTRIGHT22')).status).toBe(401);
      expect((await cardLogin(card.cardNo, card.password)).status).toBe(200);
    });

    it('counts only failures within the window: old ones expire', async () => {
      const card = await issueCardFactory(t.app);
      const clock = t.app.get(Clock);
      const start = Date.now();
      for (let i = 0; i < 4; i++) await cardLogin(card.cardNo, 'NOTRIGHT22');
      clock.travelTo(new Date(start + 16 * 60_000));
      expect((await cardLogin(card.cardNo, 'NOTRIGHT22')).status).toBe(401);
      expect((await cardLogin(card.cardNo, card.password)).status).toBe(200);
    });
  });

  describe('the secretariat unlocks', () => {
    it('a card at once, audited, shown as locked in the card list until then; others may not', async () => {
      const card = await issueCardFactory(t.app);
      for (let i = 0; i < 5; i++) await cardLogin(card.cardNo, 'NOTRIGHT22');
      const listed = await call<{ items: Array<{ id: number; lockedUntil: string | null }> }>(t.app, 'GET', '/api/v1/registration-cards?pageSize=100', { token: secretariat });
      expect(listed.body.items.find((c) => c.id === card.id)?.lockedUntil).toEqual(expect.any(String));

      const other = await issueCardFactory(t.app);
      const declarant = (await cardLogin(other.cardNo, other.password)).body.accessToken;
      const expert = await loginAccount(t.app, 'zhuanjia01');
      for (const token of [declarant, expert]) {
        expect((await post(`/registration-cards/${card.id}/unlock`, {}, { token })).status).toBe(403);
      }
      expect((await cardLogin(card.cardNo, card.password)).status).toBe(423);

      const unlocked = await post<{ cardNo: string; unlocked: boolean }>(`/registration-cards/${card.id}/unlock`, {}, { token: secretariat });
      expect(unlocked.body).toEqual({ cardNo: card.cardNo, unlocked: true });
      const [entry] = (await auditActions('registration_card.unlock')).filter((e) => e.entityId === String(card.id));
      expect(entry).toMatchObject({ actor: expect.stringMatching(/^user:\d+$/), role: 'secretariat', before: expect.objectContaining({ cardNo: card.cardNo, failures: 5 }) });
      expect((await cardLogin(card.cardNo, card.password)).status).toBe(200);
      // Unlocking a card that is not locked changes nothing and records nothing.
      expect((await post(`/registration-cards/${card.id}/unlock`, {}, { token: secretariat })).body).toEqual({ cardNo: card.cardNo, unlocked: false });
      expect((await auditActions('registration_card.unlock')).filter((e) => e.entityId === String(card.id))).toHaveLength(1);
      expect((await post('/registration-cards/999999/unlock', {}, { token: secretariat })).body).toMatchObject({ statusCode: 404, code: 'REGISTRATION_CARD_NOT_FOUND' });
    });

    it('a user account (an expert) at once, audited, shown in the expert list; others may not', async () => {
      const expert = await openExpert('孙专家');
      for (let i = 0; i < 5; i++) await accountLogin(expert.username, 'Wrong@2026');
      const experts = await call<{ items: Array<{ id: number; userId: number | null; loginLockedUntil: string | null }> }>(t.app, 'GET', '/api/v1/experts?pageSize=100', { token: secretariat });
      expect(experts.body.items.filter((e) => e.loginLockedUntil !== null).map((e) => e.id)).toEqual([expert.id]);
      const other = await loginAccount(t.app, 'zhuanjia01');
      expect((await post(`/user-accounts/${expert.userId}/unlock`, {}, { token: other })).status).toBe(403);
      expect((await accountLogin(expert.username, expert.password)).status).toBe(423);
      expect((await post(`/user-accounts/${expert.userId}/unlock`, {}, { token: secretariat })).body).toEqual({ username: expert.username, unlocked: true });
      expect((await auditActions('user_account.unlock')).map((e) => e.entityId)).toContain(String(expert.userId));
      expect((await accountLogin(expert.username, expert.password)).status).toBe(200);
    });
  });

  describe('throttling per address', () => {
    it('blocks an address after 20 failures of any kind (429, Retry-After), other addresses go on', async () => {
      // Failures spread over many names, each below its own lock, and over cards, member codes and invite codes.
      for (let i = 0; i < 5; i++) expect((await accountLogin(`guess-${i}`, 'x')).status).toBe(401);
      for (let i = 0; i < 5; i++) expect((await cardLogin(cardNoFromBody(String(100000000 + i)), 'NOTRIGHT22')).status).toBe(401);
      for (let i = 0; i < 5; i++) expect((await post('/auth/member-login', { loginCode: `00000${i}` })).status).toBe(401);
      for (let i = 0; i < 4; i++) expect((await post('/auth/join', { inviteCode: `ZZZZZZZ${i}`, name: '试探者' })).status).toBe(422);
      const twentieth = await accountLogin('guess-last', 'x');
      expect(twentieth.status).toBe(429);
      expect(twentieth.body).toEqual({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: '登录失败次数过多，请于 15 分钟后再试' });
      expect(Number(twentieth.headers['retry-after'])).toBe(15 * 60);
      // Blocked: even a right password from there, before it is checked.
      const right = await accountLogin('mishuchu', 'Demo@2026');
      expect(right.status).toBe(429);
      expect(right.headers['retry-after']).toBeDefined();
      expect((await accountLogin('mishuchu', 'Demo@2026', '203.0.113.77')).status).toBe(200);
      // It lifts by itself.
      t.app.get(Clock).travelTo(new Date(Date.now() + 16 * 60_000));
      expect((await accountLogin('mishuchu', 'Demo@2026')).status).toBe(200);
    });

    it('never slows an address that only logs in successfully', async () => {
      const card = await issueCardFactory(t.app);
      // More successes than the address may fail (20).
      for (let i = 0; i < 25; i++) expect((await cardLogin(card.cardNo, card.password)).status).toBe(200);
    }, 120_000);
  });

  describe('sessions', () => {
    it('returns a refresh token with the access token; refreshing rotates it and the spent one no longer works', async () => {
      const login = await accountLogin('mishuchu', 'Demo@2026');
      expect(login.body).toMatchObject({ expiresIn: 30 * 60, refreshExpiresIn: 7 * 24 * 3600, principal: { role: 'secretariat' } });
      expect(login.body.refreshToken).toMatch(/^[0-9a-f]{32}\.[A-Za-z0-9_-]{43}$/);
      const refreshed = await post<LoginBody>('/auth/refresh', { refreshToken: login.body.refreshToken });
      expect(refreshed.status).toBe(200);
      expect(refreshed.body).toMatchObject({ expiresIn: 30 * 60, principal: { role: 'secretariat' } });
      expect(refreshed.body.refreshToken).not.toBe(login.body.refreshToken);
      expect(refreshed.body.refreshToken.slice(0, 32)).toBe(login.body.refreshToken.slice(0, 32));
      const me = await call(t.app, 'GET', '/api/v1/auth/me', { token: refreshed.body.accessToken });
      expect(me.body).toMatchObject({ role: 'secretariat' });
      // The new refresh token works once more.
      expect((await post('/auth/refresh', { refreshToken: refreshed.body.refreshToken })).status).toBe(200);
      // Only the hash is stored.
      const session = await dataSourceOf(t.app).getRepository(AuthSession).findOneByOrFail({ id: login.body.refreshToken.slice(0, 32) });
      expect(session.refreshHash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(session)).not.toContain(refreshed.body.refreshToken.slice(33));
    });

    it('takes a spent refresh token used again for theft: the whole session ends, for both holders', async () => {
      const card = await issueCardFactory(t.app);
      const login = await cardLogin(card.cardNo, card.password);
      const rotated = await post<LoginBody>('/auth/refresh', { refreshToken: login.body.refreshToken });
      const replay = await post('/auth/refresh', { refreshToken: login.body.refreshToken });
      expect(replay.body).toEqual({ statusCode: 401, code: 'REFRESH_TOKEN_INVALID', message: '登录已失效，请重新登录' });
      expect((await post('/auth/refresh', { refreshToken: rotated.body.refreshToken })).status).toBe(401);
      const after = await call(t.app, 'GET', '/api/v1/enterprises/me', { token: rotated.body.accessToken });
      expect(after.body).toMatchObject({ statusCode: 401, code: 'SESSION_REVOKED' });
      const session = await dataSourceOf(t.app).getRepository(AuthSession).findOneByOrFail({ id: login.body.refreshToken.slice(0, 32) });
      expect(session).toMatchObject({ revokedReason: 'refresh_reuse', revokedAt: expect.any(Date) });
      expect((await auditActions('session.refresh_reuse')).map((e) => e.entityId)).toContain(session.id);
      // A made-up token is refused as well.
      expect((await post('/auth/refresh', { refreshToken: 'nonsense' })).status).toBe(401);
    });

    it('tolerates a second refresh with the same token within the grace (two tabs at once) without ending the session', async () => {
      t.config.auth.refreshReuseGraceSeconds = 30;
      try {
        const login = await accountLogin('mishuchu', 'Demo@2026');
        const first = await post<LoginBody>('/auth/refresh', { refreshToken: login.body.refreshToken });
        const second = await post('/auth/refresh', { refreshToken: login.body.refreshToken });
        expect(second.body).toMatchObject({ statusCode: 401, code: 'REFRESH_TOKEN_INVALID' });
        expect((await post('/auth/refresh', { refreshToken: first.body.refreshToken })).status).toBe(200);
      } finally {
        t.config.auth.refreshReuseGraceSeconds = 0;
      }
    });

    it('logs out: the access token and the refresh token stop working at once', async () => {
      const login = await accountLogin('mishuchu', 'Demo@2026');
      const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { authorization: `Bearer ${login.body.accessToken}` } });
      expect(out.statusCode).toBe(204);
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: login.body.accessToken })).body).toMatchObject({ statusCode: 401, code: 'SESSION_REVOKED' });
      expect((await post('/auth/refresh', { refreshToken: login.body.refreshToken })).status).toBe(401);
      // Other sessions of the same account go on.
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: secretariat })).status).toBe(200);
      expect((await auditActions('session.logout')).length).toBeGreaterThan(0);
    });

    it('ends every session of a card when its password is reset', async () => {
      const card = await issueCardFactory(t.app);
      const phone = await cardLogin(card.cardNo, card.password);
      const laptop = await cardLogin(card.cardNo, card.password);
      expect((await call(t.app, 'GET', '/api/v1/enterprises/me', { token: phone.body.accessToken })).status).toBe(200);
      const reset = await post<{ password: string }>(`/registration-cards/${card.id}/reset`, {}, { token: secretariat });
      expect(reset.status).toBe(200);
      for (const old of [phone, laptop]) {
        expect((await call(t.app, 'GET', '/api/v1/enterprises/me', { token: old.body.accessToken })).body).toMatchObject({ statusCode: 401, code: 'SESSION_REVOKED' });
        expect((await post('/auth/refresh', { refreshToken: old.body.refreshToken })).status).toBe(401);
      }
      const [entry] = (await auditActions('registration_card.reset_password')).filter((e) => e.entityId === String(card.id));
      expect(entry!.after).toMatchObject({ sessionsRevoked: 2 });
      const fresh = await cardLogin(card.cardNo, reset.body.password);
      expect((await call(t.app, 'GET', '/api/v1/enterprises/me', { token: fresh.body.accessToken })).status).toBe(200);
    });

    it("ends an expert's sessions when the one-time password is issued again, and refuses a disabled expert's token", async () => {
      const opened = await openExpert('韩专家');
      const first = await accountLogin(opened.username, opened.password);
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: first.body.accessToken })).status).toBe(200);
      const again = await post<{ password: string }>(`/experts/${opened.id}/account`, {}, { token: secretariat });
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: first.body.accessToken })).body).toMatchObject({ code: 'SESSION_REVOKED' });

      const second = await accountLogin(opened.username, again.body.password);
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: second.body.accessToken })).status).toBe(200);
      await call(t.app, 'PUT', `/api/v1/experts/${opened.id}`, { token: secretariat, json: { ...opened.dto, active: false } });
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: second.body.accessToken })).body).toMatchObject({ statusCode: 401, code: 'SESSION_REVOKED' });
      expect((await post('/auth/refresh', { refreshToken: second.body.refreshToken })).status).toBe(401);
    });

    it("refuses a removed member's token", async () => {
      const { declarant, teamId } = await teamFactory(t.app);
      const member = await memberFactory(t.app, declarant.token, teamId, '周六');
      expect((await call(t.app, 'GET', '/api/v1/members/me', { token: member.token })).status).toBe(200);
      await call(t.app, 'DELETE', `/api/v1/teams/${teamId}/members/${member.memberId}`, { token: declarant.token });
      expect((await call(t.app, 'GET', '/api/v1/members/me', { token: member.token })).body).toMatchObject({ statusCode: 401, code: 'SESSION_REVOKED' });
    });

    it('refuses a signed token that names no session (as issued before sessions existed)', async () => {
      const legacy = await t.app.get(JwtService).signAsync({ p: { role: 'secretariat', userId: 1, displayName: '秘书处', recommendingUnitId: null } });
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: legacy })).body).toMatchObject({ statusCode: 401, code: 'SESSION_REVOKED' });
    });
  });

  it("stores passwords as argon2id at OWASP's setting (19 MiB, 2 passes, 1 lane), never in clear", async () => {
    const card = await issueCardFactory(t.app);
    const [row] = (await dataSourceOf(t.app).query('SELECT passwordHash FROM registration_card WHERE cardNo = ?', [card.cardNo])) as Array<{ passwordHash: string }>;
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
    expect(row!.passwordHash).not.toContain(card.password);
  });

  describe('housekeeping', () => {
    it('deletes sessions a month past their end and throttle rows that no longer count, and keeps the rest', async () => {
      const ds = dataSourceOf(t.app);
      const now = new Date();
      const day = 24 * 3600_000;
      const session = (id: string, expiresAt: Date) => ({
        id, subjectType: 'user' as const, subjectId: 999_999, refreshHash: id.padEnd(64, '0'), previousRefreshHash: null, rotatedAt: null,
        createdAt: new Date(expiresAt.getTime() - day), lastUsedAt: new Date(expiresAt.getTime() - day), expiresAt, revokedAt: null, revokedReason: null,
      });
      await ds.getRepository(AuthSession).insert([session('a'.repeat(32), new Date(now.getTime() - 31 * day)), session('b'.repeat(32), new Date(now.getTime() - 2 * day))]);
      expect(await t.app.get(SessionService).removeStale(now)).toBe(1);
      expect(await ds.getRepository(AuthSession).existsBy({ id: 'b'.repeat(32) })).toBe(true);

      const whole = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);
      await ds.getRepository(LoginThrottle).insert([
        { kind: 'address', subject: '203.0.113.1', failures: 3, windowStart: whole(now.getTime() - 2 * day), lockedUntil: null },
        { kind: 'address', subject: '203.0.113.2', failures: 3, windowStart: whole(now.getTime() - 60_000), lockedUntil: null },
        { kind: 'account', subject: 'someone-locked', failures: 5, windowStart: whole(now.getTime() - 2 * day), lockedUntil: whole(now.getTime() + 3600_000) },
      ]);
      expect(await t.app.get(LoginThrottleService).removeStale(now)).toBe(1);
      const left = (await ds.getRepository(LoginThrottle).findBy({})).map((r) => r.subject);
      expect(left).toEqual(expect.arrayContaining(['203.0.113.2', 'someone-locked']));
      expect(left).not.toContain('203.0.113.1');
    });
  });

  describe('upload size, judged by Content-Length before the body is read', () => {
    const upload = (url: string, length: number) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(length), authorization: `Bearer ${secretariat}` },
        payload: '--x--\r\n',
      });

    it('answers 413 at once when a PDF, photo or unknown upload declares more than its limit', async () => {
      const pdf = await upload('/api/v1/applications/1/materials/pdf', 2 * 1024 ** 3);
      expect(pdf.statusCode).toBe(413);
      expect(JSON.parse(pdf.body)).toEqual({ statusCode: 413, code: 'FILE_TOO_LARGE', message: '文件超过 20 MB 的上限' });
      const photo = await upload('/api/v1/teams/1/activity-records/1/photos', 6 * 1024 ** 2);
      expect(JSON.parse(photo.body)).toMatchObject({ statusCode: 413, code: 'FILE_TOO_LARGE', message: '文件超过 5 MB 的上限' });
      const other = await upload('/api/v1/auth/me', 60 * 1024 ** 2);
      expect(other.statusCode).toBe(413);
    });

    it("lets a declared length within the route's limit through to the route (30 MB is fine for a PPT, not a PDF)", async () => {
      const ppt = await upload('/api/v1/applications/1/materials/ppt', 30 * 1024 ** 2);
      expect(ppt.statusCode).not.toBe(413);
      expect((await upload('/api/v1/applications/1/materials/pdf', 30 * 1024 ** 2)).statusCode).toBe(413);
    });
  });
});
