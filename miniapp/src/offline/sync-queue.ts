// The offline queue of on-site activity records: pure logic, no Taro. Storage and network come in as ports,
// so tests drive it directly and the mini-program and H5 plug in their own adapters (see record-sync.ts).
import type { ActivityKind } from '@cacem/shared';

export type SyncState = 'pending' | 'uploading' | 'failed';

export interface QueuedPhoto {
  /** `${clientKey}-${index}`: the server's idempotency key for this photo, stable across retries. */
  photoKey: string;
  /** Mini-program: a saved local file path. H5: a data URL. */
  localPath: string;
  uploaded: boolean;
}

export interface QueuedRecord {
  clientKey: string;
  teamId: number | string;
  date: string;
  kind: ActivityKind;
  content: string;
  place: string;
  attendeeIds: number[];
  attendeeNames: string[];
  photos: QueuedPhoto[];
  /** Set once the server has confirmed the record (201, or 200 for a repeat). */
  serverId: number | null;
  state: SyncState;
  attempts: number;
  /** Epoch ms before which no retry is made. */
  nextAttemptAt: number;
  lastError: string | null;
  savedAt: number;
}

export type NewRecord = Pick<QueuedRecord, 'teamId' | 'date' | 'kind' | 'content' | 'place' | 'attendeeIds' | 'attendeeNames'> & {
  clientKey: string;
  photoPaths: string[];
};

export interface QueueStorage {
  load(): QueuedRecord[];
  /** Must persist synchronously: a record is safe only once this returns. */
  save(records: QueuedRecord[]): void;
}

export interface SyncTransport {
  /** Creates the record; a repeat of the same clientKey answers the stored record. Resolves with its id. */
  createRecord(record: QueuedRecord): Promise<{ id: number }>;
  /** Uploads one photo of a confirmed record; a repeat of the same photoKey is a success too. */
  uploadPhoto(record: QueuedRecord & { serverId: number }, photo: QueuedPhoto): Promise<void>;
  /** Frees local copies once everything is on the server (optional). */
  discardLocal?(record: QueuedRecord): void;
}

export interface FlushResult {
  synced: string[];
  failed: string[];
  skipped: string[];
}

const BACKOFF_BASE_MS = 5_000;
const BACKOFF_MAX_MS = 10 * 60_000;

/** 5 s, 10 s, 20 s … up to 10 minutes between retries of one record. */
export function backoffMs(attempts: number): number {
  if (attempts <= 0) return 0;
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** (attempts - 1));
}

export function photoKeyOf(clientKey: string, index: number): string {
  return `${clientKey}-${index}`;
}

/** A UUID v4 made on the phone; random source injectable for tests. */
export function uuidV4(random: () => number = Math.random): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(random() * 256) & 0xff);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class SyncQueue {
  private flushing: Promise<FlushResult> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: QueueStorage,
    private readonly transport: SyncTransport,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Every record not yet fully on the server, newest first. */
  list(): QueuedRecord[] {
    return [...this.storage.load()].sort((a, b) => b.savedAt - a.savedAt);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Saves the record locally first; it is safe on the phone before any network is tried. */
  enqueue(input: NewRecord): QueuedRecord {
    const records = this.storage.load();
    const existing = records.find((r) => r.clientKey === input.clientKey);
    if (existing) return existing;
    const record: QueuedRecord = {
      clientKey: input.clientKey,
      teamId: input.teamId,
      date: input.date,
      kind: input.kind,
      content: input.content,
      place: input.place,
      attendeeIds: [...input.attendeeIds],
      attendeeNames: [...input.attendeeNames],
      photos: input.photoPaths.map((localPath, index) => ({ photoKey: photoKeyOf(input.clientKey, index), localPath, uploaded: false })),
      serverId: null,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: 0,
      lastError: null,
      savedAt: this.now(),
    };
    this.storage.save([...records, record]);
    this.emit();
    return record;
  }

  /** When the next retry is due (epoch ms), or null when nothing waits. */
  nextDueAt(): number | null {
    const records = this.storage.load();
    if (records.length === 0) return null;
    return Math.min(...records.map((r) => r.nextAttemptAt));
  }

  /**
   * Sends every record whose retry time has come (all of them with `force`), one at a time.
   * Concurrent calls share one run, so a record is never sent twice at once.
   */
  flush(options: { force?: boolean } = {}): Promise<FlushResult> {
    if (!this.flushing) {
      this.flushing = this.run(options.force ?? false).finally(() => {
        this.flushing = null;
      });
    }
    return this.flushing;
  }

  private async run(force: boolean): Promise<FlushResult> {
    const result: FlushResult = { synced: [], failed: [], skipped: [] };
    const keys = this.storage.load().map((r) => r.clientKey);
    for (const key of keys) {
      const record = this.find(key);
      if (!record) continue;
      if (!force && record.nextAttemptAt > this.now()) {
        result.skipped.push(key);
        continue;
      }
      if (await this.send(record)) result.synced.push(key);
      else result.failed.push(key);
    }
    return result;
  }

  private async send(initial: QueuedRecord): Promise<boolean> {
    let record = this.update(initial.clientKey, { state: 'uploading' });
    try {
      if (record.serverId === null) {
        const created = await this.transport.createRecord(record);
        record = this.update(record.clientKey, { serverId: created.id });
      }
      for (const photo of record.photos) {
        if (photo.uploaded) continue;
        await this.transport.uploadPhoto({ ...record, serverId: record.serverId! }, photo);
        record = this.update(record.clientKey, {
          photos: record.photos.map((p) => (p.photoKey === photo.photoKey ? { ...p, uploaded: true } : p)),
        });
      }
    } catch (error) {
      const attempts = record.attempts + 1;
      this.update(record.clientKey, {
        state: 'failed',
        attempts,
        nextAttemptAt: this.now() + backoffMs(attempts),
        lastError: errorMessage(error),
      });
      return false;
    }
    // Confirmed by the server, record and every photo: only now does it leave the phone.
    this.storage.save(this.storage.load().filter((r) => r.clientKey !== record.clientKey));
    this.transport.discardLocal?.(record);
    this.emit();
    return true;
  }

  private find(clientKey: string): QueuedRecord | undefined {
    return this.storage.load().find((r) => r.clientKey === clientKey);
  }

  private update(clientKey: string, patch: Partial<QueuedRecord>): QueuedRecord {
    const records = this.storage.load();
    let updated: QueuedRecord | undefined;
    const next = records.map((r) => {
      if (r.clientKey !== clientKey) return r;
      updated = { ...r, ...patch };
      return updated;
    });
    if (!updated) throw new Error(`queued record ${clientKey} vanished`);
    this.storage.save(next);
    this.emit();
    return updated;
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/** After a restart nothing is in flight: a record left 'uploading' by a killed app is simply due again. */
export function recoverInterrupted(records: QueuedRecord[]): QueuedRecord[] {
  return records.map((r) => (r.state === 'uploading' ? { ...r, state: 'pending' as const } : r));
}

/** What a row of the records list shows: 已上传 for the server's, the queue's own state for local ones. */
export type SyncBadge = SyncState | 'synced';

export const SYNC_BADGE_LABEL: Record<SyncBadge, string> = {
  pending: '待上传',
  uploading: '上传中',
  synced: '已上传',
  failed: '上传失败（将自动重试）',
};

export interface RecordRow {
  clientKey: string;
  serverId: number | null;
  date: string;
  kind: ActivityKind;
  content: string;
  place: string;
  attendeeCount: number;
  photoCount: number;
  createdByName: string;
  sync: SyncBadge;
  lastError: string | null;
}

export interface ServerRecordSummary {
  id: number;
  clientKey: string;
  date: string;
  kind: ActivityKind;
  content: string;
  place: string;
  attendeeCount: number;
  photoCount: number;
  createdByName: string;
}

export interface RowFilter {
  kind?: ActivityKind;
  from?: string;
  to?: string;
}

function matches(row: Pick<RecordRow, 'kind' | 'date'>, filter: RowFilter): boolean {
  if (filter.kind && row.kind !== filter.kind) return false;
  if (filter.from && row.date < filter.from) return false;
  if (filter.to && row.date > filter.to) return false;
  return true;
}

/** The server's records merged with the queued ones by clientKey (a queued copy still being sent wins), newest date first. */
export function mergeRecordRows(server: ServerRecordSummary[], queued: QueuedRecord[], filter: RowFilter = {}): RecordRow[] {
  const localKeys = new Set(queued.map((q) => q.clientKey));
  const local = queued.filter((q) => matches(q, filter));
  const rows: RecordRow[] = local.map((q) => ({
    clientKey: q.clientKey,
    serverId: q.serverId,
    date: q.date,
    kind: q.kind,
    content: q.content,
    place: q.place,
    attendeeCount: q.attendeeIds.length,
    photoCount: q.photos.length,
    createdByName: '',
    sync: q.state,
    lastError: q.lastError,
  }));
  for (const s of server) {
    if (localKeys.has(s.clientKey) || !matches(s, filter)) continue;
    rows.push({ ...s, serverId: s.id, sync: 'synced', lastError: null });
  }
  return rows.sort((a, b) => (a.date === b.date ? 0 : a.date < b.date ? 1 : -1));
}
