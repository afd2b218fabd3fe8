import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { dataSourceOf } from '../../src/app.factory.js';
import { AuthSession } from '../../src/modules/auth/auth-session.entity.js';
import { call, startTestApp, TEST_DB, type TestApp } from '../support/test-app.js';
import { probe } from './probe-tally.js';

/*
 * Session tokens: a refresh token is `<session id>.<secret>`. Found by the outside probe: POST /auth/refresh with a
 * victim's session id and any 43 characters ended the victim's session (taken for a reused token). A forged secret
 * must answer exactly as an unknown session and change nothing; a token the session really issued, spent and shown
 * again, still ends it (that proves theft).
 */

type Login = { accessToken: string; refreshToken: string };

/** 43 characters of base64url that are not the secret: random, and the ones a guesser tries first. */
function forgedSecrets(real: string): string[] {
  const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
  return [
    ...Array.from({ length: 12 }, () => randomBytes(32).toString('base64url')),
    'A'.repeat(43),
    '_'.repeat(43),
    '-'.repeat(43),
    '0'.repeat(43),
    flip(real, 0),
    flip(real, 21),
    flip(real, 42),
    real.split('').reverse().join(''),
  ];
}

describe(`session tokens on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ REFRESH_REUSE_GRACE_SECONDS: '0' });
  });
  afterAll(async () => t?.close());

  const login = async () => (await call<Login>(t.app, 'POST', '/api/v1/auth/login', { json: { username: 'mishuchu', password: 'Demo@2026' } })).body;
  const refresh = (refreshToken: string) => call<Login & { code?: string; message?: string }>(t.app, 'POST', '/api/v1/auth/refresh', { json: { refreshToken } });
  const live = async (accessToken: string) => (await call(t.app, 'GET', '/api/v1/auth/me', { token: accessToken })).status === 200;

  it('refuses a forged secret after a real session id like an unknown session, and leaves the session alone', async () => {
    await probe('session tokens', async (tally) => {
      const victim = await login();
      const [sessionId, secret] = victim.refreshToken.split('.') as [string, string];
      const unknown = await refresh(`${randomBytes(16).toString('hex')}.${randomBytes(32).toString('base64url')}`);
      for (const forged of forgedSecrets(secret)) {
        const answer = await refresh(`${sessionId}.${forged}`);
        tally.check(
          JSON.stringify(answer) === JSON.stringify(unknown),
          `forged secret ${forged.slice(0, 8)}… answered ${answer.status} ${JSON.stringify(answer.body)}, an unknown session ${unknown.status} ${JSON.stringify(unknown.body)}`,
        );
        tally.check(await live(victim.accessToken), `the victim's session survives the forged secret ${forged.slice(0, 8)}…`);
      }
      const session = await dataSourceOf(t.app).getRepository(AuthSession).findOneByOrFail({ id: sessionId });
      tally.check(session.revokedAt === null, `the session row is not revoked (reason ${session.revokedReason})`);
      // The victim's own token still trades, after every forgery.
      const renewed = await refresh(victim.refreshToken);
      tally.check(renewed.status === 200, `the victim's real refresh token still works (got ${renewed.status} ${JSON.stringify(renewed.body)})`);
    });
  });

  it("forges a spent token's successor neither: only the real spent token ends the session", async () => {
    await probe('session tokens', async (tally) => {
      const first = await login();
      const second = (await refresh(first.refreshToken)).body;
      const [sessionId] = second.refreshToken.split('.') as [string];
      // A made-up secret after the rotation: refused, session kept.
      const forged = await refresh(`${sessionId}.${randomBytes(32).toString('base64url')}`);
      tally.check(forged.status === 401 && forged.body.code === 'REFRESH_TOKEN_INVALID', `a forged token after rotation answers ${forged.status} ${forged.body.code}`);
      tally.check(await live(second.accessToken), 'the session survives a forged token after its rotation');
      // The spent token shown again: theft, the session ends for both holders.
      const reused = await refresh(first.refreshToken);
      tally.check(reused.status === 401 && reused.body.code === 'REFRESH_TOKEN_INVALID', `the spent token answers ${reused.status} ${reused.body.code}`);
      tally.check(!(await live(second.accessToken)), 'a spent token used again ends the session');
      tally.check((await refresh(second.refreshToken)).status === 401, "the current holder's token is void with it");
    });
  });
});
