import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createConnection } from 'mysql2/promise';
import { startMariaDb, type ThrowawayMariaDb } from '../../scripts/lib/mariadb.mjs';
import { api } from './support/api.js';
import {
  type ClientPlan,
  corruptObjects,
  type CrowdResult,
  type CrowdTeam,
  filesUnder,
  planClients,
  plannedCounts,
  prepareCrowd,
  resumeCrowd,
  runCrowd,
  sha256,
  verifyThroughApi,
} from './support/crash-clients.js';
import { today } from './support/season.js';
import { newDataDir, type RunningServer, startServer } from './support/server.js';

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

const TEAMS = 25;
const MEMBERS_PER_TEAM = 19; // + the declarant: 20 clients a team, 500 in all (SQLite case)
const MARIADB_TEAMS = 15; // 300 clients in each MariaDB case, to keep the file within its time budget
const PHOTOS_PER_RECORD = 2;
const MATERIALS_PER_DECLARANT = 3;

function figures(title: string, lines: Record<string, string | number>) {
  console.log(`${title}\n${Object.entries(lines).map(([k, v]) => `  ${k.padEnd(36)} ${v}`).join('\n')}`);
}

const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
const acknowledgedWrites = (c: CrowdResult) => c.records.length + c.photos.length + c.materials.length;
const errorSummary = (c: CrowdResult) => [...c.errorAnswers].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none';
const plannedWrites = (plans: ClientPlan[]) => plans.reduce((n, p) => n + p.writes.length, 0);

/** After the event: everything read back through the API, and every stored object hashed. */
async function readBack(server: RunningServer, storageDir: string, teams: CrowdTeam[], crowd: CrowdResult, generated: Set<string>, tempLeftovers: Set<string>) {
  return { verified: await verifyThroughApi(server.url, teams, crowd, generated, tempLeftovers), objects: corruptObjects(storageDir) };
}

/**
 * Exactly once: every client finished, and what is stored is what was planned — each acknowledged write there whole,
 * nothing twice, nothing more, nothing less — every object hashing to its name, no temp leftover served.
 */
function expectExactlyOnce({ verified, objects }: Awaited<ReturnType<typeof readBack>>, crowd: CrowdResult, plans: ClientPlan[]) {
  const planned = plannedCounts(plans);
  expect(crowd.unfinishedClients).toBe(0);
  expect(verified.missing).toEqual([]);
  expect(verified.wrong).toEqual([]);
  expect(verified.leakedTemp).toEqual([]);
  expect(verified.duplicates).toEqual([]);
  expect(objects.bad).toEqual([]);
  expect({ records: crowd.records.length, photos: crowd.photos.length, materials: crowd.materials.length }).toEqual(planned);
  expect({ records: verified.recordsSeen, photos: verified.photosSeen, materials: verified.materialsSeen }).toEqual(planned);
  // One stored object per distinct file: every photo and material has its own random bytes.
  expect(objects.checked).toBe(planned.photos + planned.materials);
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

/**
 * The server SIGKILLed once 40 % of the writes are acknowledged (with some of every kind among them), started again on
 * the same data folder (and database), every client resuming with the same keys. Returns what the test asserts on.
 */
async function serverKilledMidFlight(label: string, tag: string, teamsCount: number, env: Record<string, string>) {
  const dataDir = newDataDir();
  const storageDir = join(dataDir, 'files');
  let server = await startServer(env, { dataDir });
  try {
    let since = Date.now();
    const teams = await prepareCrowd(server.url, teamsCount, MEMBERS_PER_TEAM, tag);
    const setupTime = seconds(since);
    const { plans, generated } = await planClients(teams, PHOTOS_PER_RECORD, MATERIALS_PER_DECLARANT);
    const planned = plannedWrites(plans);
    const dying = server;
    since = Date.now();
    const crowd = await runCrowd(server.url, plans, {
      mode: 'crash',
      loseAnswers: true,
      eventWhen: (c) => acknowledgedWrites(c) >= planned * 0.4 && c.materials.length >= teamsCount * 0.4 && c.photos.length >= planned * 0.07,
      event: () => dying.kill('SIGKILL'),
    });
    const ackedBeforeKill = acknowledgedWrites(crowd);
    const unansweredAtKill = crowd.unfinishedClients;

    // What the dead process left half-done: received bytes never committed. None of it may ever be served.
    const leftovers = filesUnder(join(storageDir, 'tmp'));
    // A resend of a file already stored (its answer lost) leaves bytes in tmp/ that are rightly served: not a leak.
    const leftoverHashes = new Set(leftovers.map((path) => sha256(readFileSync(path))).filter((hash) => !crowd.answeredFiles.has(hash)));
    const crowdTime = seconds(since);
    since = Date.now();

    server = await startServer(env, { dataDir });
    const tempAfterRestart = filesUnder(join(storageDir, 'tmp'));
    // Before anything is sent again (a resend would put back what the kill lost): all that was acknowledged before the
    // kill is there, whole, and no leftover of the dead process is served.
    const ackedAtKill = { records: [...crowd.records], photos: [...crowd.photos], materials: [...crowd.materials] };
    const atRestart = await verifyThroughApi(server.url, teams, ackedAtKill, generated, leftoverHashes);
    const resumeStart = Date.now();
    await resumeCrowd(server.url, crowd);
    const resumeTime = seconds(resumeStart);
    const back = await readBack(server, storageDir, teams, crowd, generated, new Set());
    const { verified, objects } = back;
    const checkTime = seconds(since);

    figures(`${label}, server SIGKILLed mid-flight:`, {
      clients: plans.length,
      'writes planned': planned,
      'acknowledged before the kill': ackedBeforeKill,
      'in flight at the kill': crowd.inFlightAtEvent,
      'cut off by the kill': crowd.cutOff,
      'clients unanswered at the kill': unansweredAtKill,
      'temp files left by the killed one': `${leftovers.length} (${leftovers.length - leftoverHashes.size} resends of stored files)`,
      'temp files after restart': tempAfterRestart.length,
      'lost at restart (acked before kill)': atRestart.missing.length,
      'rows at restart (rec/photo/mat)': `${atRestart.recordsSeen}/${atRestart.photosSeen}/${atRestart.materialsSeen}`,
      'answers lost on the way (resent)': crowd.answersLost,
      'resent with the same key': crowd.resent,
      'resends answered "already done"': crowd.answeredAsDone,
      'error answers (whole run)': errorSummary(crowd),
      'acknowledged in all': `${acknowledgedWrites(crowd)} (records ${crowd.records.length}, photos ${crowd.photos.length}, materials ${crowd.materials.length})`,
      'rows read back (rec/photo/mat)': `${verified.recordsSeen}/${verified.photosSeen}/${verified.materialsSeen}`,
      'objects hashed': objects.checked,
      'lost / duplicated': `${verified.missing.length} / ${verified.duplicates.length}`,
      'time: setup / crowd / restart+resend+check': `${setupTime} / ${crowdTime} / ${checkTime} (resend ${resumeTime})`,
    });
    return { server, teams, plans, crowd, back, tempAfterRestart, atRestart };
  } finally {
    // Whatever happened, the last server started and the data folder go at the end of the case (cleanUp).
    cleanups.push(async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
  }
}

const cleanups: Array<() => Promise<void>> = [];
async function cleanUp() {
  for (const cleanup of cleanups.splice(0)) await cleanup();
}

/** The checks every SIGKILL case ends with. */
async function expectRecovered({ server, teams, plans, crowd, back, tempAfterRestart, atRestart }: Awaited<ReturnType<typeof serverKilledMidFlight>>, teamIndex: number) {
  // Right after the restart, before any resend: nothing acknowledged lost, nothing half-written or uncommitted served.
  expect(atRestart.missing).toEqual([]);
  expect(atRestart.wrong).toEqual([]);
  expect(atRestart.leakedTemp).toEqual([]);
  expect(atRestart.duplicates).toEqual([]);
  expectExactlyOnce(back, crowd, plans);
  expect(tempAfterRestart).toEqual([]);
  expect(crowd.malformedErrors).toEqual([]);
  expect(crowd.inFlightAtEvent).toBeGreaterThan(0);
  expect(crowd.cutOff).toBeGreaterThan(0);
  // Whatever the kill cut off was sent again (with its key), as was every answer lost on the way; each of those had
  // been stored already and was answered "already done" (found by its key, or the first answer replayed).
  expect(crowd.answersLost).toBeGreaterThan(0);
  expect(crowd.resent).toBeGreaterThanOrEqual(crowd.cutOff + crowd.answersLost);
  expect(crowd.answeredAsDone).toBeGreaterThanOrEqual(crowd.answersLost);
  await expectServesNormally(server, teams[teamIndex]!);
}

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
      cleanups.push(async () => {
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
