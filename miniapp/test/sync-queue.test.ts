import { describe, expect, it } from '@jest/globals';
import {
  SyncQueue,
  backoffMs,
  mergeRecordRows,
  recoverInterrupted,
  uuidV4,
  type NewRecord,
  type QueueStorage,
  type QueuedPhoto,
  type QueuedRecord,
  type SyncTransport,
} from '../src/offline/sync-queue';

/** Storage that survives "restarts": a JSON string, like Taro.setStorageSync. */
function memoryStorage(): QueueStorage & { raw: () => string } {
  let raw = '[]';
  return {
    load: () => JSON.parse(raw) as QueuedRecord[],
    save: (records) => {
      raw = JSON.stringify(records);
    },
    raw: () => raw,
  };
}

/** A fake server: idempotent by clientKey and photoKey, able to go offline. */
function fakeServer() {
  const records = new Map<string, number>();
  const photos = new Map<string, { recordId: number; path: string }>();
  const calls = { create: 0, photo: [] as string[] };
  let online = true;
  let failPhotoOnce: string | null = null;
  const transport: SyncTransport = {
    createRecord(record) {
      calls.create += 1;
      if (!online) return Promise.reject(new Error('网络连接失败，请检查网络后重试'));
      // A repeat answers 200 with the stored record: same id, no duplicate.
      if (!records.has(record.clientKey)) records.set(record.clientKey, records.size + 1);
      return Promise.resolve({ id: records.get(record.clientKey)! });
    },
    uploadPhoto(record, photo: QueuedPhoto) {
      calls.photo.push(photo.photoKey);
      if (!online) return Promise.reject(new Error('网络连接失败，请检查网络后重试'));
      if (failPhotoOnce === photo.photoKey) {
        failPhotoOnce = null;
        return Promise.reject(new Error('上传超时'));
      }
      photos.set(photo.photoKey, { recordId: record.serverId, path: photo.localPath });
      return Promise.resolve();
    },
  };
  return {
    transport,
    records,
    photos,
    calls,
    setOnline: (value: boolean) => {
      online = value;
    },
    failPhotoOnce: (key: string) => {
      failPhotoOnce = key;
    },
  };
}

function newRecord(overrides: Partial<NewRecord> = {}): NewRecord {
  return {
    clientKey: uuidV4(),
    teamId: 7,
    date: '2026-05-12',
    kind: 'pre_shift_meeting',
    content: '班前会：高处作业安全交底',
    place: '3 号楼 12 层',
    attendeeIds: [1, 2],
    attendeeNames: ['张三', '李四'],
    photoPaths: ['wxfile://usr/a.jpg', 'wxfile://usr/b.jpg'],
    ...overrides,
  };
}

describe('offline record queue', () => {
  it('keeps a record saved offline in the queue, persisted before any network is tried', async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    server.setOnline(false);
    let now = 1_000_000;
    const queue = new SyncQueue(storage, server.transport, () => now);

    const record = queue.enqueue(newRecord());
    expect(JSON.parse(storage.raw())).toHaveLength(1);

    const result = await queue.flush();
    expect(result.failed).toEqual([record.clientKey]);
    const [kept] = queue.list();
    expect(kept).toMatchObject({ clientKey: record.clientKey, state: 'failed', attempts: 1, serverId: null });
    expect(kept!.nextAttemptAt).toBe(now + backoffMs(1));

    // A restart loses nothing: a new queue on the same storage still has it.
    now += 1;
    expect(new SyncQueue(storage, server.transport, () => now).list()).toHaveLength(1);
  });

  it('sends the queued record when the network is back and then removes it', async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    server.setOnline(false);
    let now = 0;
    const queue = new SyncQueue(storage, server.transport, () => now);
    const record = queue.enqueue(newRecord());
    await queue.flush();

    server.setOnline(true);
    now += backoffMs(1);
    const result = await queue.flush();

    expect(result.synced).toEqual([record.clientKey]);
    expect(queue.list()).toEqual([]);
    expect(server.records.size).toBe(1);
    expect(server.photos.size).toBe(2);
  });

  it('uploads photos with stable photoKeys `${clientKey}-${index}`, in order, to the confirmed record', async () => {
    const server = fakeServer();
    const queue = new SyncQueue(memoryStorage(), server.transport);
    const record = queue.enqueue(newRecord({ photoPaths: ['p0', 'p1', 'p2'] }));

    await queue.flush();

    expect(server.calls.photo).toEqual([`${record.clientKey}-0`, `${record.clientKey}-1`, `${record.clientKey}-2`]);
    expect([...server.photos.values()].map((p) => p.path)).toEqual(['p0', 'p1', 'p2']);
    expect(new Set([...server.photos.values()].map((p) => p.recordId))).toEqual(new Set([1]));
  });

  it('counts a repeated send answered 200 as success and never creates a duplicate', async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    const queue = new SyncQueue(storage, server.transport);
    const record = queue.enqueue(newRecord({ photoPaths: [] }));
    // The app was killed after the server stored the record but before the phone heard back.
    server.records.set(record.clientKey, 1);
    const restarted = new SyncQueue({ load: () => recoverInterrupted(storage.load()), save: storage.save }, server.transport);

    const result = await restarted.flush();

    expect(result.synced).toEqual([record.clientKey]);
    expect(server.records.size).toBe(1);
    expect(restarted.list()).toEqual([]);
  });

  it('keeps a record whose photo failed, retries only the missing photo later and does not re-create the record', async () => {
    const server = fakeServer();
    let now = 0;
    const queue = new SyncQueue(memoryStorage(), server.transport, () => now);
    const record = queue.enqueue(newRecord({ photoPaths: ['p0', 'p1'] }));
    server.failPhotoOnce(`${record.clientKey}-1`);

    await queue.flush();
    const [kept] = queue.list();
    expect(kept).toMatchObject({ state: 'failed', serverId: 1, lastError: '上传超时' });
    expect(kept!.photos.map((p) => p.uploaded)).toEqual([true, false]);

    // Not due yet: the backoff holds it back.
    now += backoffMs(1) - 1;
    expect((await queue.flush()).skipped).toEqual([record.clientKey]);

    now += 1;
    await queue.flush();
    expect(queue.list()).toEqual([]);
    expect(server.calls.create).toBe(1);
    expect(server.calls.photo).toEqual([`${record.clientKey}-0`, `${record.clientKey}-1`, `${record.clientKey}-1`]);
  });

  it('backs off 5 s, 10 s, 20 s … capped at 10 minutes', () => {
    expect([1, 2, 3, 4].map(backoffMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(backoffMs(30)).toBe(600_000);
  });

  it('sends a record only once when two flushes overlap', async () => {
    const server = fakeServer();
    const queue = new SyncQueue(memoryStorage(), server.transport);
    queue.enqueue(newRecord({ photoPaths: [] }));

    await Promise.all([queue.flush(), queue.flush()]);

    expect(server.calls.create).toBe(1);
  });

  it('enqueuing the same clientKey twice keeps one record', () => {
    const queue = new SyncQueue(memoryStorage(), fakeServer().transport);
    const input = newRecord();
    queue.enqueue(input);
    queue.enqueue(input);
    expect(queue.list()).toHaveLength(1);
  });

  it('makes version-4 UUIDs', () => {
    expect(uuidV4()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('records list rows', () => {
  it('merges server records with queued ones by clientKey, the queued copy showing its sync state', () => {
    const server = fakeServer();
    const queue = new SyncQueue(memoryStorage(), server.transport);
    const local = queue.enqueue(newRecord({ date: '2026-05-13' }));
    const serverRows = [
      { id: 1, clientKey: local.clientKey, date: '2026-05-13', kind: 'pre_shift_meeting' as const, content: 'x', place: '', attendeeCount: 2, photoCount: 0, createdByName: '张三' },
      { id: 2, clientKey: 'other', date: '2026-05-10', kind: 'training' as const, content: 'y', place: '', attendeeCount: 5, photoCount: 1, createdByName: '李四' },
    ];

    const rows = mergeRecordRows(serverRows, queue.list());

    expect(rows.map((r) => [r.clientKey, r.sync])).toEqual([
      [local.clientKey, 'pending'],
      ['other', 'synced'],
    ]);
    expect(mergeRecordRows(serverRows, queue.list(), { kind: 'training' }).map((r) => r.clientKey)).toEqual(['other']);
    expect(mergeRecordRows(serverRows, queue.list(), { from: '2026-05-11' }).map((r) => r.clientKey)).toEqual([local.clientKey]);
  });
});
