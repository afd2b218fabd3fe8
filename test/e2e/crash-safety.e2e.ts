import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createConnection } from 'mysql2/promise';
import { startMariaDb, type ThrowawayMariaDb } from '../../scripts/lib/mariadb.mjs';
import {
  acknowledgedWrites,
  cleanUp,
  errorSummary,
  expectExactlyOnce,
  expectRecovered,
  expectServesNormally,
  figures,
  MATERIALS_PER_DECLARANT,
  MEMBERS_PER_TEAM,
  onCleanUp,
  PHOTOS_PER_RECORD,
  plannedWrites,
  readBack,
  seconds,
  serverKilledMidFlight,
} from './support/crash-cases.js';
import { prepareCrowd } from './support/crash-clients.js';
import { resumeCrowd, runCrowd } from './support/crowd-run.js';
import { planClients } from './support/crowd-writes.js';
import { filesUnder } from './support/file-hashes.js';
import { today } from './support/season.js';
import { newDataDir, startServer } from './support/server.js';

/**
 * Crash safety: a crowd of clients at once (declarants uploading declaration PDFs/PPTXs, members sending on-site
 * records with two photos each), then
 *   (a) SQLite: the server SIGKILLed mid-flight and started again on the same data folder;
 *   (b) MariaDB (durable, innodb-flush-log-at-trx-commit=1 as in production): mariadbd itself SIGKILLed mid-write and
 *       started again under the running server;
 *   (c) MariaDB: the server SIGKILLed mid-flight and started again;
 * and after each, every client sends again each write it has no answer for — with the same clientKey / photoKey /
 * Idempotency-Key, as the mini-program does — until answered. Then what is stored is exactly what was planned: every
 * record, photo and material once (no duplicate, none missing), every file whole and hashing to its name, no temp
 * leftover served. Finally a quiet MariaDB restart: health says 503 while it is down, a write is refused cleanly.
 *
 * A SIGKILL keeps the kernel's page cache, so these cases do not prove that anything reached the disk: durability.e2e.ts
 * does, by reading the server's fsyncs under strace.
 */

const TEAMS = 25; // of MEMBERS_PER_TEAM + 1 clients each
const MARIADB_TEAMS = 15; // 300 clients in each MariaDB case, to keep the file within its time budget

describe('crash safety under concurrent clients', () => {
  afterAll(cleanUp);

  it('SQLite: the server SIGKILLed mid-flight and started again, every client resending with its keys: every write stored exactly once, every file whole, no temp file visible', async () => {
    const outcome = await serverKilledMidFlight('SQLite', '甲', TEAMS, {});
    await expectRecovered(outcome, 0);
    await cleanUp();
  }, 240_000);

  describe('on MariaDB with durable commits (innodb-flush-log-at-trx-commit=1)', () => {
    let mariadb: ThrowawayMariaDb;
    const databaseEnv = async (name: string) => {
      const { MARIADB_HOST: host, MARIADB_PORT: port, MARIADB_USER: user, MARIADB_PASSWORD: password } = mariadb.env;
      const admin = await createConnection({ host, port: Number(port), user, password });
      await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await admin.end();
      return { DB_TYPE: 'mariadb', DB_HOST: host, DB_PORT: port, DB_USER: user, DB_PASSWORD: password, DB_NAME: name };
    };
    beforeAll(async () => {
      // MariaDB is installed by the test command (scripts/lib/system-deps.mjs): missing, this fails, it does not skip.
      mariadb = await startMariaDb(() => undefined, { durable: true });
    }, 60_000);
    afterAll(async () => {
      await cleanUp();
      await mariadb?.stop();
    });

    it('mariadbd SIGKILLed mid-write and started again: clean 503s meanwhile, health says so, the server reconnects by itself, every write stored exactly once', async () => {
      expect(mariadb.durable).toBe(true);
      const dataDir = newDataDir();
      const storageDir = join(dataDir, 'files');
      const server = await startServer(await databaseEnv('cacem_crash_db_killed'), { dataDir });
      onCleanUp(async () => {
        await server.stop();
        rmSync(dataDir, { recursive: true, force: true });
      });
      let since = Date.now();
      const teams = await prepareCrowd(server.url, MARIADB_TEAMS, MEMBERS_PER_TEAM, '乙');
      const setupTime = seconds(since);
      const { plans, generated } = await planClients(teams, PHOTOS_PER_RECORD, MATERIALS_PER_DECLARANT);
      const planned = plannedWrites(plans);

      // The health check while the database is away and after: it must say so (503), never hang, never 500.
      const health: Array<{ status: number; during: boolean }> = [];
      let watching = true;
      let outage = false;
      const watcher = (async () => {
        while (watching) {
          const during = outage;
          const r = await fetch(`${server.url}/api/v1/health`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
          health.push({ status: r?.status ?? 0, during: during || outage });
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      let downMs = 0;
      since = Date.now();
      const crowd = await runCrowd(server.url, plans, {
        mode: 'outage',
        loseAnswers: true,
        eventWhen: (c) => acknowledgedWrites(c) >= planned * 0.35,
        event: async () => {
          outage = true;
          const started = Date.now();
          await mariadb.kill({ downMs: 2_000 });
          downMs = Date.now() - started;
          outage = false;
        },
      });
      // Anything the crowd gave up on (nothing, if all went as it should) is sent again with its key.
      const unfinishedAfterCrowd = crowd.unfinishedClients;
      await resumeCrowd(server.url, crowd, { deadlineMs: 60_000 });
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
      const healthCount = (pick: (h: { status: number; during: boolean }) => boolean) => health.filter(pick).length;

      figures('MariaDB (durable), mariadbd SIGKILLed mid-write:', {
        clients: plans.length,
        'writes planned': planned,
        'requests sent': crowd.requests,
        'in flight at the kill': crowd.inFlightAtEvent,
        'killed, down and recovered (ms)': `${downMs} (2000 down)`,
        'error answers': errorSummary(crowd),
        'hung / dropped': `${crowd.hung} / ${crowd.networkErrors}`,
        'answers lost on the way (resent)': crowd.answersLost,
      'resent with the same key': crowd.resent,
        'resends answered "already done"': crowd.answeredAsDone,
        'clients unfinished after the crowd': unfinishedAfterCrowd,
        'health during the outage 200/503/other': `${healthCount((h) => h.during && h.status === 200)}/${healthCount((h) => h.during && h.status === 503)}/${healthCount((h) => h.during && h.status !== 200 && h.status !== 503)}`,
        'health in all 200/503/other': `${healthCount((h) => h.status === 200)}/${healthCount((h) => h.status === 503)}/${healthCount((h) => h.status !== 200 && h.status !== 503)}`,
        'acknowledged in all': `${acknowledgedWrites(crowd)} (records ${crowd.records.length}, photos ${crowd.photos.length}, materials ${crowd.materials.length})`,
        'rows read back (rec/photo/mat)': `${verified.recordsSeen}/${verified.photosSeen}/${verified.materialsSeen}`,
        'objects hashed': objects.checked,
        'lost / duplicated': `${verified.missing.length} / ${verified.duplicates.length}`,
        'time: setup / crowd / check': `${setupTime} / ${crowdTime} / ${checkTime}`,
      });

      expect(crowd.malformedErrors).toEqual([]);
      // Refused cleanly or not at all: no hang, no dropped connection, no bare 500 — only the retriable "not now"s.
      expect([...crowd.errorAnswers.keys()].filter((k) => !['503 DB_UNAVAILABLE', '409 TRY_AGAIN', '409 IDEMPOTENCY_IN_PROGRESS'].includes(k))).toEqual([]);
      expect(crowd.hung).toBe(0);
      expect(crowd.networkErrors).toBe(0);
      expect(crowd.errorAnswers.get('503 DB_UNAVAILABLE') ?? 0).toBeGreaterThan(0);
      // The health watcher: 503 at least once while the database was down, never hung (0) or anything but 200/503, 200 after.
      expect(healthCount((h) => h.during && h.status === 503)).toBeGreaterThan(0);
      expect(health.filter((h) => h.status !== 200 && h.status !== 503)).toEqual([]);
      expect(health.at(-1)?.status).toBe(200);
      expect(healthNow.status).toBe(200);
      expect(healthBody.database.status).toBe('up');
      // The same server process, never restarted, took every write once the database was back: exactly once.
      expectExactlyOnce(back, crowd, plans);
      expect(tempFiles).toEqual([]);
      expect(crowd.answersLost).toBeGreaterThan(0);
      expect(crowd.answeredAsDone).toBeGreaterThanOrEqual(crowd.answersLost);
      await expectServesNormally(server, teams[1]!);

      // A quiet restart: while the database is stopped, the health check says so and a write is refused cleanly at
      // once; when it is back the very same record is created (201, not 200): the refused attempt had saved nothing.
      const member = teams[2]!.members[0]!;
      const sendRecord = (json: unknown) =>
        fetch(`${server.url}/api/v1/teams/${teams[2]!.teamId}/activity-records`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${member.token}` },
          body: JSON.stringify(json),
          signal: AbortSignal.timeout(30_000),
        });
      const record = { clientKey: randomUUID(), date: today(), kind: 'training', content: '停库期间提交的培训记录', place: '工地会议室', attendeeIds: [] };
      const whileDown: Array<{ status: number; body: unknown }> = [];
      await mariadb.restart({
        whileDown: async () => {
          for (const r of [await fetch(`${server.url}/api/v1/health`), await sendRecord(record)]) whileDown.push({ status: r.status, body: await r.json() });
        },
      });
      expect(whileDown).toEqual([
        { status: 503, body: { status: 'error', database: { status: 'down', type: 'mariadb', code: 'DB_UNAVAILABLE', message: '数据库暂时不可用，本次操作可能未保存，请稍后重试' } } },
        { status: 503, body: { statusCode: 503, code: 'DB_UNAVAILABLE', message: '数据库暂时不可用，本次操作可能未保存，请稍后重试' } },
      ]);
      expect((await sendRecord(record)).status).toBe(201);
      await cleanUp();
    }, 240_000);

    it('the server SIGKILLed mid-flight on MariaDB and started again, every client resending with its keys: every write stored exactly once', async () => {
      const outcome = await serverKilledMidFlight('MariaDB (durable)', '丁', MARIADB_TEAMS, await databaseEnv('cacem_crash_server_killed'));
      await expectRecovered(outcome, 0);
      await cleanUp();
    }, 240_000);
  });
});
