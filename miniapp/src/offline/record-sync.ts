// Taro adapters for the record queue: persistent storage, the API as transport, and the triggers
// (network back, app shown, after each save, retry timer).
import Taro from '@tarojs/taro';
import { getToken, recordApi, UPLOAD_MAX_BYTES, uploadFile, type UploadAnswer } from '../api';
import { onBrowserOnline } from './browser-online';
import { discardPhoto } from './photo-files';
import { type QueueStorage, type QueuedRecord, type SyncTransport, SyncQueue, recoverInterrupted } from './sync-queue';

const QUEUE_KEY = 'qt.recordQueue';

export const storageQueue: QueueStorage = {
  load() {
    const raw: unknown = Taro.getStorageSync(QUEUE_KEY);
    if (!raw) return [];
    try {
      const parsed = (typeof raw === 'string' ? JSON.parse(raw) : raw) as QueuedRecord[];
      return Array.isArray(parsed) ? parsed : [];
    } catch {
      return [];
    }
  },
  save(records) {
    Taro.setStorageSync(QUEUE_KEY, JSON.stringify(records));
  },
};

export const apiTransport: SyncTransport = {
  async createRecord(record) {
    const { clientKey, date, kind, content, place, attendeeIds } = record;
    const saved = await recordApi.create(Number(record.teamId), { clientKey, date, kind, content, place, attendeeIds });
    return { id: saved.id };
  },
  async uploadPhoto(record, photo) {
    await uploadFile<UploadAnswer<'/teams/{teamId}/activity-records/{recordId}/photos'>>({
      path: recordApi.photoPath(Number(record.teamId), record.serverId),
      fileField: 'photo',
      file: photo.localPath,
      fileName: `${photo.photoKey}.jpg`,
      fields: { photoKey: photo.photoKey },
      maxBytes: UPLOAD_MAX_BYTES.photo,
    });
  },
  discardLocal(record) {
    for (const photo of record.photos) discardPhoto(photo.localPath);
  },
};

let queue: SyncQueue | null = null;

export function recordQueue(): SyncQueue {
  if (!queue) {
    storageQueue.save(recoverInterrupted(storageQueue.load()));
    queue = new SyncQueue(storageQueue, apiTransport);
  }
  return queue;
}

let timer: ReturnType<typeof setTimeout> | null = null;

function scheduleRetry(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  const due = recordQueue().nextDueAt();
  if (due === null) return;
  timer = setTimeout(() => void syncRecords(), Math.max(1000, due - Date.now()));
}

async function isOnline(): Promise<boolean> {
  try {
    return (await Taro.getNetworkType()).networkType !== 'none';
  } catch {
    return true;
  }
}

/** Sends what is due when there is a network and a session; then waits for the next retry. */
export async function syncRecords(options: { force?: boolean } = {}): Promise<void> {
  if (!getToken() || recordQueue().list().length === 0) return;
  if (await isOnline()) await recordQueue().flush(options);
  scheduleRetry();
}

let started = false;

export function startAutoSync(): void {
  if (started) return;
  started = true;
  Taro.onNetworkStatusChange?.((res) => {
    if (res.isConnected) void syncRecords({ force: true });
  });
  onBrowserOnline(() => void syncRecords({ force: true }));
}
