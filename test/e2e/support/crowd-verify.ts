import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { api } from './api.js';
import type { CrowdTeam } from './crash-clients.js';
import type { Acknowledged } from './crowd-writes.js';
import { filesUnder, sha256 } from './file-hashes.js';

/** After the crowd: what it stored, read back through the API and hashed on disk. */

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
  acked: Pick<Acknowledged, 'records' | 'photos' | 'materials'>,
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
