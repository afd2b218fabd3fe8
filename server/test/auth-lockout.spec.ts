import { describe, expect, it } from '@jest/globals';
import { cardNoFromBody } from '@cacem/shared';
import { Clock } from '../src/common/clock.js';
import { authRequests, authSuite, LOCKED_MESSAGE } from './support/auth-suite.js';
import { issueCardFactory } from './support/factories.js';
import { call, loginAccount, TEST_DB } from './support/test-app.js';

/* Authentication hardening, part one: account lockout, the secretariat unlocking, and throttling per address. */

describe(`authentication hardening on ${TEST_DB}`, () => {
  const suite = authSuite();
  const { post, cardLogin, accountLogin, openExpert, auditActions } = authRequests(suite);
  const { t } = suite;

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
      const listed = await call<{ items: Array<{ id: number; lockedUntil: string | null }> }>(t.app, 'GET', '/api/v1/registration-cards?pageSize=100', { token: suite.secretariat });
      expect(listed.body.items.find((c) => c.id === card.id)?.lockedUntil).toEqual(expect.any(String));

      const other = await issueCardFactory(t.app);
      const declarant = (await cardLogin(other.cardNo, other.password)).body.accessToken;
      const expert = await loginAccount(t.app, 'zhuanjia01');
      for (const token of [declarant, expert]) {
        expect((await post(`/registration-cards/${card.id}/unlock`, {}, { token })).status).toBe(403);
      }
      expect((await cardLogin(card.cardNo, card.password)).status).toBe(423);

      const unlocked = await post<{ cardNo: string; unlocked: boolean }>(`/registration-cards/${card.id}/unlock`, {}, { token: suite.secretariat });
      expect(unlocked.body).toEqual({ cardNo: card.cardNo, unlocked: true });
      const [entry] = (await auditActions('registration_card.unlock')).filter((e) => e.entityId === String(card.id));
      expect(entry).toMatchObject({ actor: expect.stringMatching(/^user:\d+$/), role: 'secretariat', before: expect.objectContaining({ cardNo: card.cardNo, failures: 5 }) });
      expect((await cardLogin(card.cardNo, card.password)).status).toBe(200);
      // Unlocking a card that is not locked changes nothing and records nothing.
      expect((await post(`/registration-cards/${card.id}/unlock`, {}, { token: suite.secretariat })).body).toEqual({ cardNo: card.cardNo, unlocked: false });
      expect((await auditActions('registration_card.unlock')).filter((e) => e.entityId === String(card.id))).toHaveLength(1);
      expect((await post('/registration-cards/999999/unlock', {}, { token: suite.secretariat })).body).toMatchObject({ statusCode: 404, code: 'REGISTRATION_CARD_NOT_FOUND' });
    });

    it('a user account (an expert) at once, audited, shown in the expert list; others may not', async () => {
      const expert = await openExpert('孙专家');
      for (let i = 0; i < 5; i++) await accountLogin(expert.username, 'Wrong@2026');
      const experts = await call<{ items: Array<{ id: number; userId: number | null; loginLockedUntil: string | null }> }>(t.app, 'GET', '/api/v1/experts?pageSize=100', { token: suite.secretariat });
      expect(experts.body.items.filter((e) => e.loginLockedUntil !== null).map((e) => e.id)).toEqual([expert.id]);
      const other = await loginAccount(t.app, 'zhuanjia01');
      expect((await post(`/user-accounts/${expert.userId}/unlock`, {}, { token: other })).status).toBe(403);
      expect((await accountLogin(expert.username, expert.password)).status).toBe(423);
      expect((await post(`/user-accounts/${expert.userId}/unlock`, {}, { token: suite.secretariat })).body).toEqual({ username: expert.username, unlocked: true });
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
});
