import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { createConnection } from 'mysql2/promise';
import { startMariaDb } from '../../scripts/lib/mariadb.mjs';
import { api } from './support/api.js';
import {
  corruptObjects,
  type CrowdResult,
  type CrowdTeam,
  filesUnder,
  planClients,
  prepareCrowd,
  runCrowd,
  sha256,
  verifyThroughApi,
} from './support/crash-clients.js';
import { today } from './support/season.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';

/**
 * Crash safety: 500 clients at once (25 declarants uploading declaration PDFs/PPTXs, 475 members sending on-site records
 * with two photos each), then (a) the server is SIGKILLed mid-flight and started again on the same data folder, or
 * (b) MariaDB is restarted under it. Whatever the server acknowledged must be there afterwards, whole.
 */

const TEAMS = 25;
const MEMBERS_PER_TEAM = 19; // + the declarant: 20 clients a team, 500 in all
const PHOTOS_PER_RECORD = 2;
const MATERIALS_PER_DECLARANT = 3;

const haveMariaDb = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].some((path) => existsSync(path));

function figures(title: string, lines: Record<string, string | number>) {
  console.log(`${title}\n${Object.entries(lines).map(([k, v]) => `  ${k.padEnd(34)} ${v}`).join('\n')}`);
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const acknowledgedWrites = (c: CrowdResult) => c.records.length + c.photos.length + c.materials.length;
const errorSummary = (c: CrowdResult) => [...c.errorAnswers].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none';

/** After the event: everything read back through the API, and every stored object hashed. */
async function readBack(server: RunningServer, storageDir: string, teams: CrowdTeam[], crowd: CrowdResult, generated: Set<string>, tempLeftovers: Set<string>) {
  return { verified: await verifyThroughApi(server.url, teams, crowd, generated, tempLeftovers), objects: corruptObjects(storageDir) };
}

/** What was acknowledged reads back whole, every object hashes to its name, no temp leftover is served. */
function expectEverythingKept({ verified, objects }: Awaited<ReturnType<typeof readBack>>, crowd: CrowdResult) {
  expect(verified.missing).toEqual([]);
  expect(verified.wrong).toEqual([]);
  expect(verified.leakedTemp).toEqual([]);
  expect(objects.bad).toEqual([]);
  expect(verified.recordsSeen).toBeGreaterThanOrEqual(crowd.records.length);
  expect(verified.photosSeen).toBeGreaterThanOrEqual(crowd.photos.length);
  expect(verified.materialsSeen).toBeGreaterThanOrEqual(crowd.materials.length);
}

/** The server works as usual: a member sends a new record and a photo, and gets the photo back byte for byte. */
async function expectServesNormally(server: RunningServer, team: CrowdTeam) {
  const member = team.members[0]!;
  const clientKey = randomUUID();
  const record = await api<{ id: number }>(server.url, 'POST', `/teams/${team.teamId}/activity-records`, {
    token: member.token,
    json: { clientKey, date: today(), kind: 'quality_inspection', content: '恢复后的质量检查记录', place: '2号楼', attendeeIds: [] },
  });
  const photo = Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), Buffer.from(clientKey), Buffer.from('ffd9', 'hex')]);
  const form = new FormData();
  form.append('photoKey', `${clientKey}-0`);
  form.append('photo', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'p.jpg');
  const uploaded = await fetch(`${server.url}/api/v1/teams/${team.teamId}/activity-records/${record.id}/photos`, { method: 'POST', headers: { authorization: `Bearer ${member.token}` }, body: form });
  expect(uploaded.status).toBe(201);
  const detail = await api<{ photos: Array<{ url: string }> }>(server.url, 'GET', `/teams/${team.teamId}/activity-records/${record.id}`, { token: member.token });
  const back = new Uint8Array(await (await fetch(`${server.url}${detail.photos[0]!.url}`)).arrayBuffer());
  expect(sha256(back)).toBe(sha256(photo));
}

describe('crash safety under 500 concurrent clients', () => {
  it('SQLite: after a SIGKILL mid-flight and a restart, every acknowledged write is there, every file whole, no temp file visible', async () => {
    const dataDir = newDataDir();
    const storageDir = join(dataDir, 'files');
    let server = await startServer({}, { dataDir });
    try {
      let since = Date.now();
      const teams = await prepareCrowd(server.url, TEAMS, MEMBERS_PER_TEAM, '甲');
      const setupTime = seconds(since);
      const { plans, generated } = await planClients(teams, PHOTOS_PER_RECORD, MATERIALS_PER_DECLARANT);
      const planned = plans.reduce((n, p) => n + p.writes.length, 0);
      const dying = server;
      since = Date.now();
      // Killed once 40 % of the writes are acknowledged, with some of every kind among them, so each kind is checked.
      const crowd = await runCrowd(server.url, plans, {
        mode: 'crash',
        eventWhen: (c) => acknowledgedWrites(c) >= planned * 0.4 && c.materials.length >= 10 && c.photos.length >= 100,
        event: () => dying.kill('SIGKILL'),
      });

      // What the dead process left half-done: received bytes never committed. None of it may ever be served.
      const leftovers = filesUnder(join(storageDir, 'tmp'));
      const leftoverHashes = new Set(leftovers.map((path) => sha256(readFileSync(path))));
      const crowdTime = seconds(since);
      since = Date.now();

      server = await startServer({}, { dataDir });
      const tempAfterRestart = filesUnder(join(storageDir, 'tmp'));
      const back = await readBack(server, storageDir, teams, crowd, generated, leftoverHashes);
      const { verified, objects } = back;
      const checkTime = seconds(since);

      figures('SQLite, SIGKILL mid-flight:', {
        clients: plans.length,
        'writes planned': planned,
        'requests sent': crowd.requests,
        'acknowledged writes': `${acknowledgedWrites(crowd)} (records ${crowd.records.length}, photos ${crowd.photos.length}, materials ${crowd.materials.length})`,
        'in flight at the kill': crowd.inFlightAtEvent,
        'cut off by the kill': crowd.cutOff,
        'error answers before the kill': errorSummary(crowd),
        'temp files left by the killed one': leftovers.length,
        'temp files after restart': tempAfterRestart.length,
        'rows read back (rec/photo/mat)': `${verified.recordsSeen}/${verified.photosSeen}/${verified.materialsSeen}`,
        'objects hashed': objects.checked,
        lost: verified.missing.length,
        'time: setup / crowd / restart+check': `${setupTime} / ${crowdTime} / ${checkTime}`,
      });
      expectEverythingKept(back, crowd);
      expect(tempAfterRestart).toEqual([]);
      expect(crowd.malformedErrors).toEqual([]);
      expect(crowd.inFlightAtEvent).toBeGreaterThan(0);
      await expectServesNormally(server, teams[0]!);
    } finally {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 240_000);

  (haveMariaDb ? it : it.skip)(
    'MariaDB: requests in flight while it restarts get a clean 503, the server reconnects by itself, nothing acknowledged is lost',
    async () => {
      const mariadb = await startMariaDb(() => undefined);
      const dataDir = newDataDir();
      const storageDir = join(dataDir, 'files');
      let server: RunningServer | undefined;
      try {
        const { MARIADB_HOST: host, MARIADB_PORT: port, MARIADB_USER: user, MARIADB_PASSWORD: password } = mariadb.env;
        const admin = await createConnection({ host, port: Number(port), user, password });
        await admin.query('CREATE DATABASE cacem_crash CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci');
        await admin.end();
        server = await startServer({ DB_TYPE: 'mariadb', DB_HOST: host, DB_PORT: port, DB_USER: user, DB_PASSWORD: password, DB_NAME: 'cacem_crash' }, { dataDir });
        const running = server;
        let since = Date.now();
        const teams = await prepareCrowd(server.url, TEAMS, MEMBERS_PER_TEAM, '乙');
        const setupTime = seconds(since);
        const { plans, generated } = await planClients(teams, PHOTOS_PER_RECORD, MATERIALS_PER_DECLARANT);
        const planned = plans.reduce((n, p) => n + p.writes.length, 0);

        // The health check while the database is away and after: it should say so rather than hang.
        const health: number[] = [];
        let watching = true;
        const watcher = (async () => {
          while (watching) {
            const r = await fetch(`${running.url}/api/v1/health`, { signal: AbortSignal.timeout(30_000) }).catch(() => null);
            health.push(r?.status ?? 0);
            await new Promise((resolve) => setTimeout(resolve, 250));
          }
        })();
        let restartMs = 0;
        since = Date.now();
        const crowd = await runCrowd(server.url, plans, {
          mode: 'outage',
          eventWhen: (c) => acknowledgedWrites(c) >= planned * 0.35,
          event: async () => {
            const started = Date.now();
            await mariadb.restart({ downMs: 2_000 });
            restartMs = Date.now() - started;
          },
        });
        watching = false;
        await watcher;
        const crowdTime = seconds(since);
        since = Date.now();

        const healthNow = await fetch(`${server.url}/api/v1/health`);
        const healthBody = (await healthNow.json()) as { database: { status: string } };
        const back = await readBack(server, storageDir, teams, crowd, generated, new Set());
        const { verified, objects } = back;
        const tempFiles = filesUnder(join(storageDir, 'tmp'));
        const checkTime = seconds(since);

        figures('MariaDB restarted mid-flight:', {
          clients: plans.length,
          'writes planned': planned,
          'requests sent': crowd.requests,
          'acknowledged writes': `${acknowledgedWrites(crowd)} (records ${crowd.records.length}, photos ${crowd.photos.length}, materials ${crowd.materials.length})`,
          'in flight at the restart': crowd.inFlightAtEvent,
          'restart took (ms, 2000 down)': restartMs,
          'error answers': errorSummary(crowd),
          'hung / dropped': `${crowd.hung} / ${crowd.networkErrors}`,
          'health answers 200/503/other': `${health.filter((s) => s === 200).length}/${health.filter((s) => s === 503).length}/${health.filter((s) => s !== 200 && s !== 503).length}`,
          'rows read back (rec/photo/mat)': `${verified.recordsSeen}/${verified.photosSeen}/${verified.materialsSeen}`,
          'objects hashed': objects.checked,
          lost: verified.missing.length,
          'time: setup / crowd / check': `${setupTime} / ${crowdTime} / ${checkTime}`,
        });

        const dbUnavailable = crowd.errorAnswers.get('503 DB_UNAVAILABLE') ?? 0;
        expect(crowd.malformedErrors).toEqual([]);
        // Refused cleanly or not at all: no hang, no dropped connection, no bare 500.
        expect([...crowd.errorAnswers.keys()].filter((k) => k !== '503 DB_UNAVAILABLE' && k !== '409 TRY_AGAIN')).toEqual([]);
        expect(crowd.hung).toBe(0);
        expect(crowd.networkErrors).toBe(0);
        expect(dbUnavailable).toBeGreaterThan(0);
        // The same server process, never restarted, took every write once the database was back.
        expect(crowd.unfinishedClients).toBe(0);
        expect(acknowledgedWrites(crowd)).toBe(planned);
        expect(healthNow.status).toBe(200);
        expect(healthBody.database.status).toBe('up');
        expectEverythingKept(back, crowd);
        expect(tempFiles).toEqual([]);
        await expectServesNormally(server, teams[1]!);

        // A quiet restart: while the database is stopped, the health check says so and a write is refused cleanly at
        // once; when it is back the very same record is created (201, not 200): the refused attempt had saved nothing.
        const member = teams[2]!.members[0]!;
        const sendRecord = (json: unknown) =>
          fetch(`${running.url}/api/v1/teams/${teams[2]!.teamId}/activity-records`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
            body: JSON.stringify(json),
            signal: AbortSignal.timeout(30_000),
          });
        const record = { clientKey: randomUUID(), date: today(), kind: 'training', content: '停库期间提交的培训记录', place: '工地会议室', attendeeIds: [] };
        const whileDown: Array<{ status: number; body: unknown }> = [];
        await mariadb.restart({
          whileDown: async () => {
            for (const r of [await fetch(`${running.url}/api/v1/health`), await sendRecord(record)]) whileDown.push({ status: r.status, body: await r.json() });
          },
        });
        expect(whileDown).toEqual([
          { status: 503, body: { status: 'error', database: { status: 'down', type: 'mariadb', code: 'DB_UNAVAILABLE', message: '数据库暂时不可用，本次操作可能未保存，请稍后重试' } } },
          { status: 503, body: { statusCode: 503, code: 'DB_UNAVAILABLE', message: '数据库暂时不可用，本次操作可能未保存，请稍后重试' } },
        ]);
        expect((await sendRecord(record)).status).toBe(201);
      } finally {
        await server?.stop();
        await mariadb.stop();
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
