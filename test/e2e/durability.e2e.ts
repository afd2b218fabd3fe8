import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { pdfBytes, photoBytes, pptxBytes, prepareCrowd, sha256 } from './support/crash-clients.js';
import { today } from './support/season.js';
import { startTracedServer } from './support/strace-server.js';
import { type AckedWrite, checkDurability, parseTrace, type TraceEvent, type WriteFinding } from './support/strace-trace.js';

/**
 * Durability proven, not assumed. A SIGKILL keeps the kernel's page cache, so the crash test alone would pass without a
 * single fsync; a power cut would not. Here the built server runs under strace (Debian's), on SQLite, and receives
 * dozens of writes of each kind — an activity record (JSON), a record photo (multipart), a declaration PDF and PPTX
 * (multipart) — each with its own X-Request-Id. For every acknowledged one the trace must show, before the first byte of
 * its answer was written to its socket: its file written, fsynced, renamed into the store and the store's folder
 * fsynced; the SQLite WAL written and synced after its last write (synchronous = FULL). See support/strace-trace.ts.
 */

const TEAMS = 2;
const MEMBERS_PER_TEAM = 12; // one record and one photo each: 24 records, 24 photos
const MATERIALS_PER_DECLARANT = 12; // alternately PDF and PPTX: 24 materials

interface Sent extends AckedWrite {
  status: number;
  body: Record<string, unknown>;
}

describe('durability under strace', () => {
  it('every acknowledged record, photo and material was fsynced (file, its folder, the SQLite WAL) before its answer was sent', async () => {
    const work = mkdtempSync(join(tmpdir(), 'cacem-strace-'));
    const dataDir = join(work, 'data');
    const tracePath = join(work, 'trace.txt');
    const server = await startTracedServer(dataDir, tracePath);
    const sent: Sent[] = [];
    let events: TraceEvent[] = [];
    let findings: WriteFinding[] = [];
    try {
      const teams = await prepareCrowd(server.url, TEAMS, MEMBERS_PER_TEAM, '丙');
      let n = 0;
      const nextId = (kind: string) => `dur-${kind}-${String(++n).padStart(3, '0')}-${randomUUID().slice(0, 8)}`;
      /** One request with its own X-Request-Id (the first header, so strace's first bytes of the read hold it). */
      const send = async (kind: string, path: string, token: string, init: { json?: unknown; form?: FormData; idempotencyKey?: string }, file?: Buffer) => {
        const requestId = nextId(kind);
        const headers: Record<string, string> = { 'x-request-id': requestId, authorization: `Bearer ${token}` };
        if (init.json !== undefined) headers['content-type'] = 'application/json';
        if (init.idempotencyKey) headers['idempotency-key'] = init.idempotencyKey;
        const response = await fetch(`${server.url}/api/v1${path}`, { method: 'POST', headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.form });
        const body = (await response.json()) as Record<string, unknown>;
        const write: Sent = { kind, requestId, status: response.status, body, ...(file ? { file: { sha256: sha256(file), size: file.length } } : {}) };
        sent.push(write);
        return write;
      };
      const record = (team: (typeof teams)[number], member: (typeof teams)[number]['members'][number]) =>
        send('record', `/teams/${team.teamId}/activity-records`, member.token, {
          json: { clientKey: randomUUID(), date: today(), kind: 'pre_shift_meeting', content: '班前会：钢筋保护层厚度交底', place: '3号楼 5 层', attendeeIds: [member.memberId] },
        });
      const photo = (team: (typeof teams)[number], member: (typeof teams)[number]['members'][number], recordId: number) => {
        const bytes = photoBytes();
        const form = new FormData();
        form.append('photoKey', randomUUID());
        form.append('photo', new Blob([new Uint8Array(bytes)], { type: 'image/jpeg' }), 'photo.jpg');
        return send('photo', `/teams/${team.teamId}/activity-records/${recordId}/photos`, member.token, { form }, bytes);
      };
      const material = async (team: (typeof teams)[number], kind: 'pdf' | 'ppt') => {
        const bytes = kind === 'pdf' ? await pdfBytes() : pptxBytes();
        const form = new FormData();
        form.append('file', new Blob([new Uint8Array(bytes)], { type: kind === 'pdf' ? 'application/pdf' : 'application/octet-stream' }), kind === 'pdf' ? '申报材料.pdf' : '成果发布.pptx');
        return send(kind === 'pdf' ? 'material-pdf' : 'material-pptx', `/applications/${team.applicationId}/materials/${kind}`, team.declarantToken, { form, idempotencyKey: randomUUID() }, bytes);
      };

      // One at a time, so each answer's window holds only its own request's work.
      for (const team of teams) {
        for (const member of team.members) {
          const r = await record(team, member);
          await photo(team, member, r.body.id as number);
        }
        for (let k = 0; k < MATERIALS_PER_DECLARANT; k++) await material(team, k % 2 === 0 ? 'pdf' : 'ppt');
      }
      // And a few at once: the rules hold per request whatever else runs (uploads are told apart by their content's name).
      const extra = await Promise.all(teams.flatMap((team) => team.members.slice(0, 3).map((member) => record(team, member))));
      await Promise.all(extra.map((r, i) => photo(teams[Math.floor(i / 3)]!, teams[Math.floor(i / 3)]!.members[i % 3]!, r.body.id as number)));
      await Promise.all(teams.flatMap((team) => [material(team, 'pdf'), material(team, 'ppt')]));
    } finally {
      await server.stop();
    }
    try {
      events = parseTrace(readFileSync(tracePath, 'utf8'));
      const acked = sent.filter((w) => w.status >= 200 && w.status < 300);
      findings = checkDurability(events, acked, { storeDir: join(dataDir, 'files'), walPath: join(dataDir, 'platform.sqlite-wal') });
      const byKind = (kind: string) => findings.filter((f) => f.write.kind === kind);
      const kinds = ['record', 'photo', 'material-pdf', 'material-pptx'];
      const count = (name: string) => events.filter((e) => e.name === name).length;
      console.log(
        `Durability under strace (SQLite, synchronous = FULL):\n` +
          `  trace: ${events.length} calls, fsync ${count('fsync')}, fdatasync ${count('fdatasync')}, rename ${count('rename') + count('renameat') + count('renameat2')}, io_uring_setup ${count('io_uring_setup')}\n` +
          kinds
            .map((kind) => {
              const f = byKind(kind);
              const sum = (k: 'fileSyncs' | 'dirSyncs' | 'walSyncs') => f.reduce((s, x) => s + x[k], 0);
              return `  ${kind.padEnd(14)} acknowledged ${String(f.length).padStart(3)}  checked ok ${String(f.filter((x) => x.problems.length === 0).length).padStart(3)}  file fsyncs ${sum('fileSyncs')}  folder fsyncs ${sum('dirSyncs')}  WAL syncs ${sum('walSyncs')}`;
            })
            .join('\n'),
      );

      // Every write was acknowledged (nothing refused), as many of each kind as planned.
      expect(sent.filter((w) => w.status !== 201).map((w) => `${w.kind} ${w.status} ${JSON.stringify(w.body)}`)).toEqual([]);
      expect(kinds.map((kind) => byKind(kind).length)).toEqual([
        TEAMS * MEMBERS_PER_TEAM + TEAMS * 3,
        TEAMS * MEMBERS_PER_TEAM + TEAMS * 3,
        (TEAMS * MATERIALS_PER_DECLARANT) / 2 + TEAMS,
        (TEAMS * MATERIALS_PER_DECLARANT) / 2 + TEAMS,
      ]);
      // A material's answer names the bytes that were stored.
      for (const w of sent.filter((x) => x.kind.startsWith('material'))) expect(w.body.sha256).toBe(w.file!.sha256);
      // File I/O through io_uring would be invisible here: the check only means something if none was set up.
      expect(events.filter((e) => e.name.startsWith('io_uring'))).toEqual([]);
      // The rules themselves (support/strace-trace.ts), for every acknowledged write.
      expect(findings.flatMap((f) => f.problems)).toEqual([]);

      // The checker can fail: the same trace with one sync taken out, or an answer moved before its sync, is refused.
      const photoWrite = findings.find((f) => f.write.kind === 'photo')!.write;
      const without = (drop: (e: TraceEvent) => boolean) => checkDurability(events.filter((e) => !drop(e)), [photoWrite], { storeDir: join(dataDir, 'files'), walPath: join(dataDir, 'platform.sqlite-wal') })[0]!.problems;
      const target = `${join(dataDir, 'files')}/objects/${photoWrite.file!.sha256.slice(0, 2)}`;
      expect(without((e) => e.name === 'fsync' && e.fdPath === target)).toEqual([expect.stringContaining(`the folder ${target} was not fsynced`)]);
      expect(without((e) => e.name === 'fsync' && !!e.fdPath?.includes('/files/tmp/'))).toEqual([expect.stringContaining('was not fsynced between its last write and the rename')]);
      expect(without((e) => (e.name === 'fsync' || e.name === 'fdatasync') && !!e.fdPath?.endsWith('platform.sqlite-wal'))).toEqual([expect.stringContaining('the WAL was not synced')]);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 300_000);
});
