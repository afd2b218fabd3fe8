import { randomUUID } from 'node:crypto';
import { type CrowdTeam, pdfBytes, photoBytes, pptxBytes } from './crash-clients.js';
import { sha256 } from './file-hashes.js';
import { today } from './season.js';

/**
 * The two kinds of client in the crowd and what each writes: a member sends an on-site record, then its photos (each
 * with the record's clientKey and its own photoKey); a declarant uploads declaration materials (each with its own
 * Idempotency-Key). How a write is sent, and what its acknowledgement must be kept as.
 */

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

export type Write =
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

/** What the clients heard acknowledged, and the acknowledgements that were themselves wrong. */
export interface Acknowledged {
  records: AckedRecord[];
  photos: AckedPhoto[];
  materials: AckedMaterial[];
  /** Error answers whose message is not Chinese, or whose body is not the API's error shape. */
  malformedErrors: string[];
}

/** Sends one write as its client would: a record as JSON, a photo or a material as a multipart upload. */
export async function send(base: string, write: Write, recordIds: Map<string, number>): Promise<Response> {
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

/** Keeps a 2xx answer to a write: a record's id (its photos go to it), a photo, a material (its SHA-256 checked). */
export function keepAcknowledged(write: Write, body: Record<string, unknown>, recordIds: Map<string, number>, result: Acknowledged): void {
  if (write.type === 'record') {
    recordIds.set(write.clientKey, body.id as number);
    result.records.push({ teamId: write.teamId, id: body.id as number, clientKey: write.clientKey, content: write.content });
  } else if (write.type === 'photo') {
    result.photos.push({ teamId: write.teamId, recordId: recordIds.get(write.clientKey)!, id: body.id as number, photoKey: write.photoKey, sha256: sha256(write.bytes), size: write.bytes.length });
  } else {
    result.materials.push({ applicationId: write.applicationId, id: body.id as number, kind: write.kind, sha256: body.sha256 as string, size: body.size as number });
    if (body.sha256 !== sha256(write.bytes)) result.malformedErrors.push(`material ${String(body.id)} acknowledged with another SHA-256`);
  }
}
