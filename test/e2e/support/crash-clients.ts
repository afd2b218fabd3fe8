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
function photoBytes(): Buffer {
  return Buffer.concat([Buffer.from('ffd8ffe000104a46494600010100000100010000', 'hex'), randomBytes(between(50, 120) * 1024), Buffer.from('ffd9', 'hex')]);
}

/** A valid one-page PDF carrying random bytes as an attachment. */
async function pdfBytes(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  doc.addPage([200, 200]);
  await doc.attach(randomBytes(between(100, 300) * 1024), 'data.bin', { mimeType: 'application/octet-stream' });
  return Buffer.from(await doc.save());
}

/** A .pptx skeleton (what the server checks for) with random bytes as a media part. */
function pptxBytes(): Buffer {
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
  id: number;
  kind: 'pdf' | 'ppt';
  sha256: string;
  size: number;
}

type Write =
  | { type: 'record'; teamId: number; token: string; clientKey: string; content: string; memberId: number }
  | { type: 'photo'; teamId: number; token: string; clientKey: string; photoKey: string; bytes: Buffer }
  | { type: 'material'; applicationId: number; token: string; kind: 'pdf' | 'ppt'; bytes: Buffer };

/** One client's writes in order: a member's record then its photos, or a declarant's material uploads. */
export interface ClientPlan {
  writes: Write[];
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
      writes.push({ type: 'material', applicationId: team.applicationId, token: team.declarantToken, kind, bytes });
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
  /** Clients that did not get all their writes acknowledged. */
  unfinishedClients: number;
  requests: number;
}

export interface CrowdOptions {
  /** 'crash': the server dies at the event and every client stops; 'outage': clients retry clean refusals until done. */
  mode: 'crash' | 'outage';
  /** Called once, as soon as `eventWhen` holds after an acknowledgement; resolves when the event is over. */
  event: () => Promise<void>;
  eventWhen: (sofar: CrowdResult) => boolean;
}

/** Runs every client at once; each goes through its writes in order, as a phone would. */
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

  async function send(write: Write, recordIds: Map<string, number>): Promise<Response> {
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
    if (write.type === 'photo') {
      form.append('photoKey', write.photoKey);
      form.append('photo', new Blob([new Uint8Array(write.bytes)], { type: 'image/jpeg' }), 'photo.jpg');
      url = `/teams/${write.teamId}/activity-records/${recordIds.get(write.clientKey)}/photos`;
    } else {
      const pdf = write.kind === 'pdf';
      form.append('file', new Blob([new Uint8Array(write.bytes)], { type: pdf ? 'application/pdf' : 'application/octet-stream' }), pdf ? '申报材料.pdf' : '成果发布.pptx');
      url = `/applications/${write.applicationId}/materials/${write.kind}`;
    }
    return fetch(`${base}/api/v1${url}`, { method: 'POST', headers: { authorization: `Bearer ${write.token}` }, body: form, signal: timeout });
  }

  async function client(plan: ClientPlan): Promise<void> {
    await sleep(between(0, 300));
    const recordIds = new Map<string, number>();
    let failures = 0;
    for (const write of plan.writes) {
      for (;;) {
        if (serverDead) {
          result.unfinishedClients++;
          return;
        }
        result.requests++;
        inFlight++;
        let response: Response;
        let body: Record<string, unknown>;
        try {
          response = await send(write, recordIds);
          body = (await response.json()) as Record<string, unknown>;
        } catch (error) {
          if (serverDead) {
            // Killed mid-request: no answer, so nothing was promised; the phone would send it again later.
            result.cutOff++;
            result.unfinishedClients++;
            return;
          }
          if ((error as Error).name === 'TimeoutError') result.hung++;
          else result.networkErrors++;
          if (++failures > 20) {
            result.unfinishedClients++;
            return;
          }
          await sleep(200);
          continue;
        } finally {
          inFlight--;
        }
        if (response.ok) {
          if (write.type === 'record') {
            recordIds.set(write.clientKey, body.id as number);
            result.records.push({ teamId: write.teamId, id: body.id as number, clientKey: write.clientKey, content: write.content });
          } else if (write.type === 'photo') {
            result.photos.push({ teamId: write.teamId, recordId: recordIds.get(write.clientKey)!, id: body.id as number, photoKey: write.photoKey, sha256: sha256(write.bytes), size: write.bytes.length });
          } else {
            result.materials.push({ applicationId: write.applicationId, id: body.id as number, kind: write.kind, sha256: body.sha256 as string, size: body.size as number });
            if (body.sha256 !== sha256(write.bytes)) result.malformedErrors.push(`material ${String(body.id)} acknowledged with another SHA-256`);
          }
          acknowledged();
          break;
        }
        const key = `${response.status} ${String(body.code)}`;
        result.errorAnswers.set(key, (result.errorAnswers.get(key) ?? 0) + 1);
        if (body.statusCode !== response.status || typeof body.code !== 'string' || typeof body.message !== 'string' || !/[\u4e00-\u9fff]/.test(body.message)) {
          result.malformedErrors.push(`${key}: ${JSON.stringify(body)}`);
        }
        // A clean "not now" (the database restarting, a lock given up) is worth sending again; anything else is not.
        const retry = (response.status === 503 && body.code === 'DB_UNAVAILABLE') || (response.status === 409 && body.code === 'TRY_AGAIN');
        if (!retry || ++failures > 200) {
          result.unfinishedClients++;
          return;
        }
        await sleep(between(200, 500));
      }
    }
  }

  await Promise.all(plans.map(client));
  if (!eventStarted) throw new Error(`the crowd finished before the event (${result.records.length} records, ${result.photos.length} photos, ${result.materials.length} materials)`);
  await eventDone;
  return result;
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
  const v: Verification = { missing: [], wrong: [], recordsSeen: 0, photosSeen: 0, materialsSeen: 0, leakedTemp: [] };
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
          checkFile(`photo ${p.id}`, await download(p.url), acked.photos.find((a) => a.id === p.id)?.sha256);
        }
      }
      const materials = await api<{ items: Array<{ id: number; kind: string; sha256: string; size: number; url: string }> }>(base, 'GET', `/applications/${team.applicationId}/materials`, { token });
      const byMaterial = new Map(materials.items.map((m) => [m.id, m]));
      for (const material of acked.materials.filter((m) => m.applicationId === team.applicationId)) {
        const stored = byMaterial.get(material.id);
        if (!stored) v.missing.push(`material ${material.id}`);
        else if (stored.kind !== material.kind || stored.sha256 !== material.sha256 || stored.size !== material.size) v.wrong.push(`material ${material.id}`);
      }
      for (const m of materials.items) {
        v.materialsSeen++;
        checkFile(`material ${m.id}`, await download(m.url), m.sha256);
      }
    }),
  );
  // A photo whose record is gone is gone with it.
  for (const photo of acked.photos) if (!seenRecords.has(photo.recordId)) v.missing.push(`photo ${photo.id}`);
  return v;
}
