import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { creditCodeCheckChar } from '@cacem/shared';
import { PDFDocument } from 'pdf-lib';
import { zipFixture } from '../../../server/test/support/material-files.js';
import { api } from './api.js';
import { login, today } from './season.js';

/**
 * The crowd of crash-safety.e2e.ts: teams whose declarants upload declaration materials and whose members send
 * on-site records with photos, all at once over real HTTP, each remembering exactly what the server acknowledged.
 */

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A JPEG by its magic bytes (the server sniffs content) with random bytes after it, so each has its own SHA-256. */
export function photoBytes(): Buffer {
  return Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), randomBytes(between(50, 120) * 1024), Buffer.from('ffd9', 'hex')]);
}

/** A valid one-page PDF carrying random bytes as an attachment. */
export async function pdfBytes(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  await doc.attach(randomBytes(between(100, 300) * 1024), 'data.bin', { mimeType: 'application/octet-stream' });
  return Buffer.from(await doc.save());
}

/** A .pptx skeleton (what the server checks for) with random bytes as a media part. */
export function pptxBytes(): Buffer {
  return zipFixture({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>',
    'ppt/presentation.xml': '<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
    'ppt/media/blob.bin': randomBytes(between(100, 300) * 1024),
  });
}

export interface CrowdTeam {
  teamId: number;
  applicationId: number;
  declarantToken: string;
  members: Array<{ memberId: number; token: string }>;
}

/** `teams` enterprises, each with a team, a draft application and `membersPerTeam` members who joined by invite. */
export async function prepareCrowd(base: string, teams: number, membersPerTeam: number, tag: string): Promise<CrowdTeam[]> {
  const secretariat = await login(base, 'mishuchu', 'Demo@2026');
  const units = await api<{ items: Array<{ id: number }> }>(base, 'GET', '/recommending-units');
  return Promise.all(
    Array.from({ length: teams }, async (_, t) => {
      const card = await api<{ cardNo: string; password: string }>(base, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: `${tag}崩溃测试建设有限公司${t + 1}` } });
      const token = (await api<{ accessToken: string }>(base, 'POST', '/auth/card-login', { json: { cardNo: card.cardNo, password: card.password } })).accessToken;
      const body = `9111010${String(900 + t).padStart(10, '0')}`;
      await api(base, 'PUT', '/enterprises/me/credit-code', { token, json: { creditCode: body + creditCodeCheckChar(body) } });
      const team = await api<{ id: number }>(base, 'POST', '/teams', { token, json: { name: `${tag}钢筋班组${t + 1}`, kind: 'construction_crew' } });
      const application = await api<{ id: number }>(base, 'PUT', `/teams/${team.id}/application`, {
        token,
        json: {
          recommendingUnitId: units.items[t % units.items.length]!.id,
          profile: { leaderName: '王建国', leaderMobile: '13800138000', memberCount: membersPerTeam, specialty: '钢筋工程', projectName: '城市轨道交通工程', introduction: '班组简介' },
          declarations: { isBasicFormalUnit: true, declaresNoAccidentsInThreeYears: true, hasActivityPlan: true, hasImplementationPlan: true },
        },
      });
      const invite = await api<{ code: string }>(base, 'POST', `/teams/${team.id}/invites`, { token });
      const members = await Promise.all(
        Array.from({ length: membersPerTeam }, async (_, m) => {
          const joined = await api<{ accessToken: string; memberId: number }>(base, 'POST', '/auth/join', { json: { inviteCode: invite.code, name: `成员${t + 1}-${m + 1}` } });
          return { memberId: joined.memberId, token: joined.accessToken };
        }),
      );
      return { teamId: team.id, applicationId: application.id, declarantToken: token, members };
    }),
  );
}

/** What the server acknowledged (2xx), with what it must hold. */
export interface AckedRecord {
  teamId: number;
  id: number;
  clientKey: string;
  content: string;
}
export interface AckedPhoto {
  teamId: number;
  recordId: number;
  id: number;
  photoKey: string;
  sha256: string;
  size: number;
}
export interface AckedMaterial {
  applicationId: number;
  /** null: the retry was told the upload had already succeeded (409 IDEMPOTENCY_ALREADY_DONE) without its answer. */
  id: number | null;
  kind: 'pdf' | 'ppt';
  sha256: string;
  size: number;
}

type Write =
  | { type: 'record'; teamId: number; token: string; clientKey: string; content: string; memberId: number }
  | { type: 'photo'; teamId: number; token: string; clientKey: string; photoKey: string; bytes: Buffer }
  | { type: 'material'; applicationId: number; token: string; kind: 'pdf' | 'ppt'; bytes: Buffer; idempotencyKey: string };

/** One client's writes in order: a member's record then its photos, or a declarant's material uploads. */
export interface ClientPlan {
  writes: Write[];
}

/** How many writes of each kind the plans hold: what must be stored, exactly, once every client is answered. */
export function plannedCounts(plans: ClientPlan[]): { records: number; photos: number; materials: number } {
  const writes = plans.flatMap((p) => p.writes);
  return { records: writes.filter((w) => w.type === 'record').length, photos: writes.filter((w) => w.type === 'photo').length, materials: writes.filter((w) => w.type === 'material').length };
}

/** Every client's plan and the SHA-256 of every file any of them might send. */
export async function planClients(teams: CrowdTeam[], photosPerRecord: number, materialsPerDeclarant: number): Promise<{ plans: ClientPlan[]; generated: Set<string> }> {
  const plans: ClientPlan[] = [];
  const generated = new Set<string>();
  for (const team of teams) {
    const writes: Write[] = [];
    for (let k = 0; k < materialsPerDeclarant; k++) {
      const kind = k % 2 === 0 ? 'pdf' : 'ppt';
      const bytes = kind === 'pdf' ? await pdfBytes() : pptxBytes();
      generated.add(sha256(bytes));
      // Made when the file is picked, as the mini-program does: every send of this upload carries it.
      writes.push({ type: 'material', applicationId: team.applicationId, token: team.declarantToken, kind, bytes, idempotencyKey: randomUUID() });
    }
    plans.push({ writes });
    for (const member of team.members) {
      const clientKey = randomUUID();
      const memberWrites: Write[] = [
        { type: 'record', teamId: team.teamId, token: member.token, clientKey, content: `班前会：客户端 ${clientKey} 交代钢筋保护层厚度要点`, memberId: member.memberId },
      ];
      for (let p = 0; p < photosPerRecord; p++) {
        const bytes = photoBytes();
        generated.add(sha256(bytes));
        memberWrites.push({ type: 'photo', teamId: team.teamId, token: member.token, clientKey, photoKey: `${clientKey}-${p}`, bytes });
      }
      plans.push({ writes: memberWrites });
    }
  }
  return { plans, generated };
}

/** Where one client is: the next write it has no answer for, and the ids of its records (its photos go to them). */
interface ClientState {
  plan: ClientPlan;
  next: number;
  recordIds: Map<string, number>;
  /** Its current write was sent and got no answer (or a "not now"): the next send of it is a resend. */
  unanswered: boolean;
  /** This client's first answer is lost on the way (a building site's signal): it sends that write again. */
  losesFirstAnswer: boolean;
}

export interface CrowdResult {
  records: AckedRecord[];
  photos: AckedPhoto[];
  materials: AckedMaterial[];
  /** Requests sent and not yet answered when the event (kill, database restart) began. */
  inFlightAtEvent: number;
  /** Requests cut off by the server's death (crash mode). */
  cutOff: number;
  /** Error answers by `status code`, e.g. '503 DB_UNAVAILABLE'. */
  errorAnswers: Map<string, number>;
  /** Error answers whose message is not Chinese, or whose body is not the API's error shape. */
  malformedErrors: string[];
  /** Requests that got no answer at all (socket error) while the server was alive, and ones that hung past the timeout. */
  networkErrors: number;
  hung: number;
  /** Clients that did not get all their writes acknowledged (so far: resumeCrowd finishes them). */
  unfinishedClients: number;
  requests: number;
  /** Sends of a write that had been sent before without an answer (same key): after the event, and during an outage. */
  resent: number;
  /** Answers to a resend that said "already done": a 200 (record or photo found by its key), a replayed answer, or 409 IDEMPOTENCY_ALREADY_DONE. */
  answeredAsDone: number;
  /** 2xx answers the clients threw away as lost on the way (every fifth client's first), then sent again with the same key. */
  answersLost: number;
  /** SHA-256 of every file the server answered 2xx for (lost answers included): stored, whatever a resend left in tmp/. */
  answeredFiles: Set<string>;
  /** Each client's position, for resumeCrowd. */
  clients: ClientState[];
}

export interface CrowdOptions {
  /** 'crash': the server dies at the event and every client stops; 'outage': clients retry clean refusals until done. */
  mode: 'crash' | 'outage';
  /** Called once, as soon as `eventWhen` holds after an acknowledgement; resolves when the event is over. */
  event: () => Promise<void>;
  eventWhen: (sofar: CrowdResult) => boolean;
  /**
   * Every fifth client (each declarant, every fifth member) loses the answer to its first write: stored and answered,
   * but the phone never heard it, so it sends the same write again with the same key. Only exactly-once keys make
   * that harmless; without them it is stored twice.
   */
  loseAnswers?: boolean;
}

/**
 * Answers worth sending again with the same key, as the mini-program's isRetriable: the database away (503), a lock
 * given up (409 TRY_AGAIN), or the first send with this key still running (409 IDEMPOTENCY_IN_PROGRESS).
 */
const retriable = (status: number, code: unknown) => status === 503 || (status === 409 && (code === 'TRY_AGAIN' || code === 'IDEMPOTENCY_IN_PROGRESS'));

async function send(base: string, write: Write, recordIds: Map<string, number>): Promise<Response> {
  const timeout = AbortSignal.timeout(60_000);
  if (write.type === 'record') {
    return fetch(`${base}/api/v1/teams/${write.teamId}/activity-records`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${write.token}` },
      body: JSON.stringify({ clientKey: write.clientKey, date: today(), kind: 'pre_shift_meeting', content: write.content, place: '3号楼 5 层', attendeeIds: [write.memberId] }),
      signal: timeout,
    });
  }
  const form = new FormData();
  let url: string;
  const headers: Record<string, string> = { authorization: `Bearer ${write.token}` };
  if (write.type === 'photo') {
    form.append('photoKey', write.photoKey);
    form.append('photo', new Blob([new Uint8Array(write.bytes)], { type: 'image/jpeg' }), 'photo.jpg');
    url = `/teams/${write.teamId}/activity-records/${recordIds.get(write.clientKey)}/photos`;
  } else {
    const pdf = write.kind === 'pdf';
    form.append('file', new Blob([new Uint8Array(write.bytes)], { type: pdf ? 'application/pdf' : 'application/octet-stream' }), pdf ? '申报材料.pdf' : '成果发布.pptx');
    url = `/applications/${write.applicationId}/materials/${write.kind}`;
    headers['idempotency-key'] = write.idempotencyKey;
  }
  return fetch(`${base}/api/v1${url}`, { method: 'POST', headers, body: form, signal: timeout });
}

/**
 * Runs every client at once; each goes through its writes in order, as a phone would. In 'outage' mode a clean refusal
 * or a dropped request is sent again (same key) until answered; in 'crash' mode every client stops when the server
 * dies, holding the write it has no answer for: resumeCrowd sends it again once the server is back.
 */
export async function runCrowd(base: string, plans: ClientPlan[], options: CrowdOptions): Promise<CrowdResult> {
  const result: CrowdResult = {
    records: [],
    photos: [],
    materials: [],
    inFlightAtEvent: 0,
    cutOff: 0,
    errorAnswers: new Map(),
    malformedErrors: [],
    networkErrors: 0,
    hung: 0,
    unfinishedClients: 0,
    requests: 0,
    resent: 0,
    answeredAsDone: 0,
    answersLost: 0,
    answeredFiles: new Set(),
    clients: plans.map((plan, i) => ({ plan, next: 0, recordIds: new Map(), unanswered: false, losesFirstAnswer: options.loseAnswers === true && i % 5 === 0 })),
  };
  let inFlight = 0;
  let eventStarted = false;
  let serverDead = false;
  let eventDone: Promise<void> = Promise.resolve();
  const acknowledged = () => {
    if (!eventStarted && options.eventWhen(result)) {
      eventStarted = true;
      result.inFlightAtEvent = inFlight;
      if (options.mode === 'crash') serverDead = true;
      eventDone = options.event();
    }
  };
  await Promise.all(
    result.clients.map(async (state) => {
      await sleep(between(0, 300));
      await runClient(base, state, result, {
        stop: () => serverDead,
        onSend: () => inFlight++,
        onSettled: () => inFlight--,
        onAck: acknowledged,
        onNoAnswer: (error) => {
          if (serverDead) {
            // Killed mid-request: no answer, so nothing was promised; the phone sends it again later (resumeCrowd).
            result.cutOff++;
            return 'stop';
          }
          if ((error as Error).name === 'TimeoutError') result.hung++;
          else result.networkErrors++;
          return 'retry';
        },
        deadline: Date.now() + 240_000,
      });
    }),
  );
  if (!eventStarted) throw new Error(`the crowd finished before the event (${result.records.length} records, ${result.photos.length} photos, ${result.materials.length} materials)`);
  await eventDone;
  result.unfinishedClients = result.clients.filter((c) => c.next < c.plan.writes.length).length;
  return result;
}

/**
 * After the event: every client that has a write without an answer sends it again — the same record clientKey, the
 * same photoKey, the same Idempotency-Key — and goes on with its plan, until every write is answered (or the deadline).
 * What it then hears is counted in the same result. Returns the number of clients still unfinished (0 expected).
 */
export async function resumeCrowd(base: string, result: CrowdResult, { deadlineMs = 120_000 } = {}): Promise<number> {
  const deadline = Date.now() + deadlineMs;
  await Promise.all(
    result.clients
      .filter((c) => c.next < c.plan.writes.length)
      .map((state) =>
        runClient(base, state, result, {
          stop: () => false,
          onSend: () => undefined,
          onSettled: () => undefined,
          onAck: () => undefined,
          onNoAnswer: (error) => {
            if ((error as Error).name === 'TimeoutError') result.hung++;
            else result.networkErrors++;
            return 'retry';
          },
          deadline,
        }),
      ),
  );
  result.unfinishedClients = result.clients.filter((c) => c.next < c.plan.writes.length).length;
  return result.unfinishedClients;
}

interface ClientHooks {
  stop: () => boolean;
  onSend: () => void;
  onSettled: () => void;
  onAck: () => void;
  onNoAnswer: (error: unknown) => 'retry' | 'stop';
  deadline: number;
}

/** One client from its current write to its last, each write sent until answered (a retriable refusal is sent again). */
async function runClient(base: string, state: ClientState, result: CrowdResult, hooks: ClientHooks): Promise<void> {
  while (state.next < state.plan.writes.length) {
    const write = state.plan.writes[state.next]!;
    if (hooks.stop() || Date.now() > hooks.deadline) return;
    if (state.unanswered) result.resent++;
    result.requests++;
    hooks.onSend();
    let response: Response;
    let body: Record<string, unknown>;
    try {
      response = await send(base, write, state.recordIds);
      body = (await response.json()) as Record<string, unknown>;
    } catch (error) {
      state.unanswered = true;
      if (hooks.onNoAnswer(error) === 'stop') return;
      await sleep(between(200, 500));
      continue;
    } finally {
      hooks.onSettled();
    }
    const replay = response.headers.get('idempotent-replayed') === 'true';
    if (response.ok && write.type !== 'record') result.answeredFiles.add(sha256(write.bytes));
    if (response.ok && state.losesFirstAnswer) {
      state.losesFirstAnswer = false;
      result.answersLost++;
      state.unanswered = true;
      await sleep(between(50, 200));
      continue;
    }
    if (response.ok) {
      // A 200 to a record or photo means "found by its key": stored by an earlier send, not now.
      if (state.unanswered && (response.status === 200 || replay)) result.answeredAsDone++;
      if (write.type === 'record') {
        state.recordIds.set(write.clientKey, body.id as number);
        result.records.push({ teamId: write.teamId, id: body.id as number, clientKey: write.clientKey, content: write.content });
      } else if (write.type === 'photo') {
        result.photos.push({ teamId: write.teamId, recordId: state.recordIds.get(write.clientKey)!, id: body.id as number, photoKey: write.photoKey, sha256: sha256(write.bytes), size: write.bytes.length });
      } else {
        result.materials.push({ applicationId: write.applicationId, id: body.id as number, kind: write.kind, sha256: body.sha256 as string, size: body.size as number });
        if (body.sha256 !== sha256(write.bytes)) result.malformedErrors.push(`material ${String(body.id)} acknowledged with another SHA-256`);
      }
      state.next++;
      state.unanswered = false;
      hooks.onAck();
      continue;
    }
    const key = `${response.status} ${String(body.code)}`;
    result.errorAnswers.set(key, (result.errorAnswers.get(key) ?? 0) + 1);
    if (body.statusCode !== response.status || typeof body.code !== 'string' || typeof body.message !== 'string' || !/[\u4e00-\u9fff]/.test(body.message)) {
      result.malformedErrors.push(`${key}: ${JSON.stringify(body)}`);
    }
    if (write.type === 'material' && state.unanswered && response.status === 409 && body.code === 'IDEMPOTENCY_ALREADY_DONE') {
      // The earlier send committed and its process died before keeping the answer: done, once; there is no id to hold.
      result.answeredAsDone++;
      result.materials.push({ applicationId: write.applicationId, id: null, kind: write.kind, sha256: sha256(write.bytes), size: write.bytes.length });
      state.next++;
      state.unanswered = false;
      hooks.onAck();
      continue;
    }
    // Anything but a clean "not now" is a wrong answer for these writes: the client gives up on them (counted unfinished).
    if (!retriable(response.status, body.code)) return;
    state.unanswered = true;
    await sleep(between(200, 500));
  }
}

/** Every file under a folder, with its path. */
export function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

/** Objects whose content does not hash to their name, or that sit in the wrong objects/<aa>/ folder. */
export function corruptObjects(storageDir: string): { checked: number; bad: string[] } {
  const files = filesUnder(join(storageDir, 'objects'));
  const bad = files.filter((path) => {
    const name = basename(path);
    return sha256(readFileSync(path)) !== name || basename(dirname(path)) !== name.slice(0, 2);
  });
  return { checked: files.length, bad };
}

export interface Verification {
  missing: string[];
  wrong: string[];
  recordsSeen: number;
  photosSeen: number;
  materialsSeen: number;
  /** Files served whose content is a temp leftover (a partial or uncommitted upload). */
  leakedTemp: string[];
  /** The same write stored twice: two records with one clientKey, two photos or two material versions with one content. */
  duplicates: string[];
}

/**
 * Reads everything back through the API as each team's declarant: every acknowledged record, photo and material must be
 * there with its content; every file any row points at (acknowledged or not) must download whole — one of the files the
 * clients generated, byte for byte — and none may be a temp leftover.
 */
export async function verifyThroughApi(
  base: string,
  teams: CrowdTeam[],
  acked: Pick<CrowdResult, 'records' | 'photos' | 'materials'>,
  generated: Set<string>,
  tempLeftovers: Set<string>,
): Promise<Verification> {
  const v: Verification = { missing: [], wrong: [], recordsSeen: 0, photosSeen: 0, materialsSeen: 0, leakedTemp: [], duplicates: [] };
  const once = (seen: Set<string>, what: string) => (key: string) => {
    if (seen.has(key)) v.duplicates.push(`${what} ${key}`);
    seen.add(key);
  };
  const recordOnce = once(new Set(), 'record with clientKey');
  const photoOnce = once(new Set(), 'photo with content');
  const materialOnce = once(new Set(), 'material with content');
  const download = async (url: string) => sha256(new Uint8Array(await (await fetch(`${base}${url}`)).arrayBuffer()));
  const checkFile = (what: string, hash: string, expected?: string) => {
    if (expected !== undefined && hash !== expected) v.wrong.push(`${what}: content differs`);
    if (!generated.has(hash)) v.wrong.push(`${what}: not a whole file any client sent`);
    if (tempLeftovers.has(hash)) v.leakedTemp.push(what);
  };
  const seenRecords = new Set<number>();
  await Promise.all(
    teams.map(async (team) => {
      const token = team.declarantToken;
      const list = await api<{ items: Array<{ id: number; clientKey: string; content: string }>; total: number }>(base, 'GET', `/teams/${team.teamId}/activity-records?pageSize=200`, { token });
      const byId = new Map(list.items.map((r) => [r.id, r]));
      for (const record of acked.records.filter((r) => r.teamId === team.teamId)) {
        const stored = byId.get(record.id);
        if (!stored) v.missing.push(`record ${record.id}`);
        else if (stored.clientKey !== record.clientKey || stored.content !== record.content) v.wrong.push(`record ${record.id}`);
      }
      for (const summary of list.items) {
        v.recordsSeen++;
        recordOnce(summary.clientKey);
        seenRecords.add(summary.id);
        const detail = await api<{ photos: Array<{ id: number; photoKey: string; size: number; url: string }> }>(base, 'GET', `/teams/${team.teamId}/activity-records/${summary.id}`, { token });
        const photos = new Map(detail.photos.map((p) => [p.id, p]));
        for (const photo of acked.photos.filter((p) => p.recordId === summary.id)) {
          const stored = photos.get(photo.id);
          if (!stored) v.missing.push(`photo ${photo.id}`);
          else if (stored.photoKey !== photo.photoKey || stored.size !== photo.size) v.wrong.push(`photo ${photo.id}`);
        }
        for (const p of detail.photos) {
          v.photosSeen++;
          const hash = await download(p.url);
          photoOnce(hash);
          checkFile(`photo ${p.id}`, hash, acked.photos.find((a) => a.id === p.id)?.sha256);
        }
      }
      const materials = await api<{ items: Array<{ id: number; kind: string; sha256: string; size: number; url: string }> }>(base, 'GET', `/applications/${team.applicationId}/materials`, { token });
      const byMaterial = new Map(materials.items.map((m) => [m.id, m]));
      for (const material of acked.materials.filter((m) => m.applicationId === team.applicationId)) {
        // Acknowledged as "already done" (no id heard): the one stored with its content.
        const stored = material.id === null ? materials.items.find((m) => m.sha256 === material.sha256) : byMaterial.get(material.id);
        if (!stored) v.missing.push(`material ${material.id ?? material.sha256}`);
        else if (stored.kind !== material.kind || stored.sha256 !== material.sha256 || stored.size !== material.size) v.wrong.push(`material ${material.id}`);
      }
      for (const m of materials.items) {
        v.materialsSeen++;
        materialOnce(m.sha256);
        checkFile(`material ${m.id}`, await download(m.url), m.sha256);
      }
    }),
  );
  // A photo whose record is gone is gone with it.
  for (const photo of acked.photos) if (!seenRecords.has(photo.recordId)) v.missing.push(`photo ${photo.id}`);
  return v;
}
