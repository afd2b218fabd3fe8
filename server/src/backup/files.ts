// The file store as the backup sees it: content-addressed objects `objects/<aa>/<sha256>` in the instance's ObjectStore
// — files under STORAGE_DIR (STORAGE_DRIVER=local) or an S3-compatible bucket (STORAGE_DRIVER=s3).
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AppConfig } from '../config/app-config.js';
import { LocalObjectStore } from '../storage/local-object-store.js';

export { syncDirectory } from '../storage/local-object-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import { S3ObjectStore } from '../storage/s3-object-store.js';

/**
 * Runs `use` with the store the server with this configuration keeps its files in, reached first — an S3 bucket that
 * cannot be reached stops a backup or restore before anything is written — and let go of afterwards.
 */
export async function withStore<T>(config: AppConfig, use: (store: ObjectStore) => Promise<T>): Promise<T> {
  const store = config.storage.driver === 's3' ? new S3ObjectStore(config.storage.s3!) : new LocalObjectStore(config.storage.dir);
  try {
    await store.check();
    return await use(store);
  } finally {
    store.close();
  }
}

/** Whether the store holds any object at all (a restore goes only into an empty one). */
export async function storeHasObjects(store: ObjectStore): Promise<boolean> {
  for await (const _object of store.list(() => undefined)) return true;
  return false;
}

/** An object opened for reading; an error naming it when it is gone (objects are never deleted while a backup runs). */
export async function openObject(store: ObjectStore, key: string): Promise<{ size: number; stream: Readable }> {
  const opened = await store.open(key);
  if (!opened) throw new Error(`${store.description} 中的文件 ${key} 在读取时已不存在`);
  return opened;
}

/** Streams chunks through unchanged while hashing and counting them. */
export class Hashing {
  private readonly hash = createHash('sha256');
  bytes = 0;

  async *through(source: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of source) {
      this.hash.update(chunk);
      this.bytes += chunk.length;
      yield chunk;
    }
  }

  update(chunk: Buffer): void {
    this.hash.update(chunk);
    this.bytes += chunk.length;
  }

  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The SHA-256 and size of a stored object, read back whole. */
export async function sha256OfObject(store: ObjectStore, key: string): Promise<{ sha256: string; size: number }> {
  const hashing = new Hashing();
  for await (const _chunk of hashing.through((await openObject(store, key)).stream)) {
    // hashing only
  }
  return { sha256: hashing.digest(), size: hashing.bytes };
}

/**
 * Writes one object into the store the way StorageService commits an upload: received into a temp file under
 * STORAGE_DIR/tmp while hashed, then handed to the store (local: fsync and rename into place, so a crash never leaves a
 * half-written object under its final name; S3: one atomic put). Nothing is stored when the bytes do not hash to
 * `sha256`: the caller compares the returned digest with the name before trusting it.
 */
export async function writeObject(store: ObjectStore, storageDir: string, sha256: string, body: AsyncIterable<Buffer>): Promise<{ sha256: string; size: number; key: string }> {
  const tmpDir = join(storageDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const temp = join(tmpDir, `restore-${randomUUID()}`);
  const hashing = new Hashing();
  const key = `objects/${sha256.slice(0, 2)}/${sha256}`;
  try {
    await pipeline(hashing.through(body), createWriteStream(temp, { flags: 'wx' }));
    const digest = hashing.digest();
    if (digest === sha256) await store.put(key, temp, hashing.bytes);
    return { sha256: digest, size: hashing.bytes, key };
  } finally {
    // Renamed into place by the local store (then this removes nothing), copied by S3; failed either way.
    await rm(temp, { force: true });
  }
}
