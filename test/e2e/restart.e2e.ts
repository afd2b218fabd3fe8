import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from '@jest/globals';
import { newDataDir, type RunningServer, startServer } from './support/server.js';

async function json(server: RunningServer, method: string, path: string, body?: unknown, token?: string) {
  const r = await fetch(`${server.url}/api/v1${path}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

// The member's one-time login code is new at every start (a spent code cannot be printed again); the rest is the same.
const demoLines = (output: string) =>
  output
    .split('\n')
    .filter((l) => l.includes('密码 '))
    .map((l) => l.replace(/ \d{6} /, ' ###### '));

describe('a second start on the same data folder', () => {
  const dataDir = newDataDir();
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps what was entered, keeps logins valid, and seeds nothing twice', async () => {
    const first = await startServer({}, { dataDir });
    let card: { cardNo: string; password: string };
    let declarantToken: string;
    let firstDemo: string[];
    try {
      firstDemo = demoLines(first.output());
      const secretariat = (await json(first, 'POST', '/auth/login', { username: 'mishuchu', password: 'Demo@2026' })).body.accessToken as string;
      const issued = await json(first, 'POST', '/registration-cards', { enterpriseName: '重启测试建筑有限公司' }, secretariat);
      card = { cardNo: issued.body.cardNo as string, password: issued.body.password as string };
      declarantToken = (await json(first, 'POST', '/auth/card-login', card)).body.accessToken as string;
      expect((await json(first, 'PUT', '/enterprises/me/credit-code', { creditCode: '91110108MA01C3KX4M' }, declarantToken)).status).toBe(200);
      expect((await json(first, 'POST', '/teams', { name: '重启后仍在的班组', kind: 'functional_department' }, declarantToken)).status).toBe(201);
    } finally {
      await first.stop();
    }

    const second = await startServer({}, { dataDir });
    try {
      expect(demoLines(second.output())).toEqual(firstDemo);
      // The development signing key is kept in the data folder, so a token from before the restart still works.
      const teams = await json(second, 'GET', '/teams', undefined, declarantToken);
      expect(teams.body.items).toEqual([expect.objectContaining({ name: '重启后仍在的班组', kindLabel: '职能部门' })]);
      expect((await json(second, 'POST', '/auth/card-login', card)).status).toBe(200);
      const units = await json(second, 'GET', '/recommending-units');
      expect(units.body.items).toHaveLength(70);
      const secretariat = (await json(second, 'POST', '/auth/login', { username: 'mishuchu', password: 'Demo@2026' })).body.accessToken as string;
      const cards = await json(second, 'GET', '/registration-cards', undefined, secretariat);
      expect(cards.body.total).toBe(2);
    } finally {
      await second.stop();
    }
  });
});
