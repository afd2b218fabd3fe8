import { describe, expect, it } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { dataSourceOf } from '../src/app.factory.js';
import { AuthSession } from '../src/modules/auth/auth-session.entity.js';
import { LoginThrottle } from '../src/modules/auth/login-throttle.entity.js';
import { SessionService } from '../src/modules/auth/session.service.js';
import { LoginThrottleService } from '../src/modules/auth/throttle.service.js';
import { authRequests, authSuite, type LoginBody } from './support/auth-suite.js';
import { issueCardFactory } from './support/factories.js';
import { memberFactory, teamFactory } from './support/member-factories.js';
import { call, TEST_DB } from './support/test-app.js';

/* Authentication hardening, part two: sessions and refresh tokens, stored passwords, housekeeping, upload size limits. */

describe(`authentication hardening on ${TEST_DB}`, () => {
  const suite = authSuite();
  const { post, cardLogin, accountLogin, openExpert, auditActions } = authRequests(suite);
  const { t } = suite;

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
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: suite.secretariat })).status).toBe(200);
      expect((await auditActions('session.logout')).length).toBeGreaterThan(0);
    });

    it('ends every session of a card when its password is reset', async () => {
      const card = await issueCardFactory(t.app);
      const phone = await cardLogin(card.cardNo, card.password);
      const laptop = await cardLogin(card.cardNo, card.password);
      expect((await call(t.app, 'GET', '/api/v1/enterprises/me', { token: phone.body.accessToken })).status).toBe(200);
      const reset = await post<{ password: string }>(`/registration-cards/${card.id}/reset`, {}, { token: suite.secretariat });
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
      const again = await post<{ password: string }>(`/experts/${opened.id}/account`, {}, { token: suite.secretariat });
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: first.body.accessToken })).body).toMatchObject({ code: 'SESSION_REVOKED' });

      const second = await accountLogin(opened.username, again.body.password);
      expect((await call(t.app, 'GET', '/api/v1/auth/me', { token: second.body.accessToken })).status).toBe(200);
      await call(t.app, 'PUT', `/api/v1/experts/${opened.id}`, { token: suite.secretariat, json: { ...opened.dto, active: false } });
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
        headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(length), authorization: `Bearer ${suite.secretariat}` },
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
