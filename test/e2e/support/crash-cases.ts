import { randomUUID } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from '@jest/globals';
import { api } from './api.js';
import { type CrowdTeam, prepareCrowd } from './crash-clients.js';
import { type CrowdResult, resumeCrowd, runCrowd } from './crowd-run.js';
import { corruptObjects, verifyThroughApi } from './crowd-verify.js';
import { type ClientPlan, planClients, plannedCounts } from './crowd-writes.js';
import { filesUnder, sha256 } from './file-hashes.js';
import { today } from './season.js';
import { newDataDir, type RunningServer, startServer } from './server.js';

/**
 * The cases of crash-safety.e2e.ts and the checks they end with: what a crowd planned, was acknowledged, and is stored
 * must agree exactly, and the server must go on serving.
 */

export const MEMBERS_PER_TEAM = 19; // + the declarant: 20 clients a team, 500 in all (SQLite case)
export const PHOTOS_PER_RECORD = 2;
export const MATERIALS_PER_DECLARANT = 3;

export function figures(title: string, lines: Record<string, string | number>) {
  console.log(`${title}\n${Object.entries(lines).map(([k, v]) => `  ${k.padEnd(36)} ${v}`).join('\n')}`);
}

export const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
export const acknowledgedWrites = (c: CrowdResult) => c.records.length + c.photos.length + c.materials.length;
export const errorSummary = (c: CrowdResult) => [...c.errorAnswers].map(([k, n]) => `${k} ×${n}`).join(', ') || 'none';
export const plannedWrites = (plans: ClientPlan[]) => plans.reduce((n, p) => n + p.writes.length, 0);

/** After the event: everything read back through the API, and every stored object hashed. */
export async function readBack(server: RunningServer, storageDir: string, teams: CrowdTeam[], crowd: CrowdResult, generated: Set<string>, tempLeftovers: Set<string>) {
  return { verified: await verifyThroughApi(server.url, teams, crowd, generated, tempLeftovers), objects: corruptObjects(storageDir) };
}

/**
 * Exactly once: every client finished, and what is stored is what was planned — each acknowledged write there whole,
 * nothing twice, nothing more, nothing less — every object hashing to its name, no temp leftover served.
 */
export function expectExactlyOnce({ verified, objects }: Awaited<ReturnType<typeof readBack>>, crowd: CrowdResult, plans: ClientPlan[]) {
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
export async function expectServesNormally(server: RunningServer, team: CrowdTeam) {
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
export async function serverKilledMidFlight(label: string, tag: string, teamsCount: number, env: Record<string, string>) {
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
    onCleanUp(async () => {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
  }
}

const cleanups: Array<() => Promise<void>> = [];
/** Has cleanUp stop a server and remove its data folder (or whatever else a case leaves running). */
export const onCleanUp = (cleanup: () => Promise<void>) => cleanups.push(cleanup);
/** Ends what the cases started, in order; each case calls it as it ends, the suite once more after all. */
export async function cleanUp() {
  for (const cleanup of cleanups.splice(0)) await cleanup();
}

/** The checks every SIGKILL case ends with. */
export async function expectRecovered({ server, teams, plans, crowd, back, tempAfterRestart, atRestart }: Awaited<ReturnType<typeof serverKilledMidFlight>>, teamIndex: number) {
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
