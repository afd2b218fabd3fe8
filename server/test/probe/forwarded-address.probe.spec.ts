import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type { AddressInfo } from 'node:net';
import { startTestApp, TEST_DB, type TestApp } from '../support/test-app.js';
import { probe } from './probe-tally.js';

/*
 * Forwarded-address spoofing, over real sockets: the per-address login limit must hold whatever a client writes into
 * X-Forwarded-For, X-Real-IP, Forwarded or their cousins. Found by the outside probe: with `trustProxy: true` the
 * leftmost X-Forwarded-For address was taken for the client's, so after 20 failures from `10.77.9.9` the same socket
 * logged in with `10.77.9.10`, or with `10.77.9.11, 10.77.9.9`.
 */

const FAILURES = 5;
const env = { LOGIN_ADDRESS_MAX_FAILURES: String(FAILURES) };

/** Headers a client may send to pass for another address. */
const SPOOFS: Array<Record<string, string>> = [
  { 'x-forwarded-for': '10.77.9.10' },
  { 'x-forwarded-for': '10.77.9.11, 10.77.9.9' },
  { 'x-forwarded-for': '10.77.9.9, 10.77.9.12' },
  { 'x-forwarded-for': '10.77.9.13,10.77.9.14,10.77.9.15' },
  { 'x-forwarded-for': '  10.77.9.16  ' },
  { 'x-forwarded-for': '2001:db8::1' },
  { 'x-forwarded-for': '[2001:db8::2]:4711' },
  { 'x-forwarded-for': '::ffff:10.77.9.17' },
  { 'x-forwarded-for': 'unknown' },
  { 'x-forwarded-for': '127.0.0.1' },
  { 'x-forwarded-for': '10.77.9.18, 127.0.0.1' },
  { 'x-forwarded-for': Array.from({ length: 40 }, (_, i) => `10.78.${i}.1`).join(', ') },
  { 'x-real-ip': '10.77.9.19' },
  { forwarded: 'for=10.77.9.20' },
  { forwarded: 'for="[2001:db8::3]:80";proto=https' },
  { forwarded: 'for=10.77.9.21, for=10.77.9.22' },
  { 'x-client-ip': '10.77.9.23' },
  { 'true-client-ip': '10.77.9.24' },
  { 'cf-connecting-ip': '10.77.9.25' },
  { 'x-cluster-client-ip': '10.77.9.26' },
  { 'x-forwarded-for': '10.77.9.27', 'x-real-ip': '10.77.9.28', forwarded: 'for=10.77.9.29' },
];

interface Answer {
  status: number;
  code: string | undefined;
}

async function listen(t: TestApp): Promise<string> {
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.getHttpServer().address() as AddressInfo;
  return `http://127.0.0.1:${port}/api/v1/auth/login`;
}

async function login(url: string, username: string, password: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ username, password }) });
  const body = (await response.json()) as { code?: string };
  return { status: response.status, code: body.code };
}

let guess = 0;
/** Fails `FAILURES` logins under made-up names (each below its own lock), so the address they came from is blocked. */
async function blockAddress(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  for (let i = 0; i < FAILURES - 1; i++) await login(url, `nobody-${++guess}`, 'wrong', headers);
  return login(url, `nobody-${++guess}`, 'wrong', headers);
}

describe(`forwarded-address spoofing on ${TEST_DB}`, () => {
  describe('with no proxy in front (TRUST_PROXY unset)', () => {
    let t: TestApp;
    let url: string;
    beforeAll(async () => {
      t = await startTestApp(env);
      url = await listen(t);
    });
    afterAll(async () => t?.close());

    it('keeps a blocked socket blocked whatever forwarding headers it sends, even with the right password', async () => {
      await probe('forwarded-address spoofing', async (tally) => {
        const blocked = await blockAddress(url, { 'x-forwarded-for': '10.77.9.9' });
        tally.check(blocked.status === 429, `the ${FAILURES}th failure blocks the address (got ${blocked.status})`);
        for (const headers of SPOOFS) {
          const answer = await login(url, 'mishuchu', 'Demo@2026', headers);
          tally.check(answer.status === 429 && answer.code === 'TOO_MANY_ATTEMPTS', `blocked socket with ${JSON.stringify(headers)} answered ${answer.status} ${answer.code}`);
        }
      });
    });
  });

  describe.each([
    ['the proxy by its address', '127.0.0.1'],
    ['the proxy by a CIDR', '127.0.0.0/8,10.0.0.0/8'],
    ['one proxy hop', '1'],
  ])('behind nginx (TRUST_PROXY names %s)', (_, trust) => {
    let t: TestApp;
    let url: string;
    beforeAll(async () => {
      t = await startTestApp({ ...env, TRUST_PROXY: trust });
      url = await listen(t);
    });
    afterAll(async () => t?.close());

    /** What nginx's `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for` sends: the client's header, then its address. */
    const viaNginx = (client: string, sent: Record<string, string> = {}): Record<string, string> => {
      const forwarded = sent['x-forwarded-for'];
      return { ...sent, 'x-forwarded-for': forwarded ? `${forwarded}, ${client}` : client };
    };

    it('takes the address nginx saw, never one the client wrote: a blocked client stays blocked, others go on', async () => {
      await probe('forwarded-address spoofing', async (tally) => {
        const client = `203.0.113.${10 + Math.floor(Math.random() * 200)}`;
        const blocked = await blockAddress(url, viaNginx(client));
        tally.check(blocked.status === 429, `${FAILURES} failures from ${client} block it (got ${blocked.status})`);
        for (const headers of SPOOFS) {
          const answer = await login(url, 'mishuchu', 'Demo@2026', viaNginx(client, headers));
          tally.check(answer.status === 429, `blocked ${client} sending ${JSON.stringify(headers)} through nginx answered ${answer.status} ${answer.code}`);
        }
        // Another client behind the same nginx is another address: not blocked with the first.
        const other = await login(url, 'mishuchu', 'Demo@2026', viaNginx('198.51.100.200'));
        tally.check(other.status === 200, `another client behind nginx logs in (got ${other.status} ${other.code})`);
      });
    });
  });
});
