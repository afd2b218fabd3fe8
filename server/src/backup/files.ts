// The file store as the backup sees it: content-addressed objects under <STORAGE_DIR>/objects/<aa>/<sha256>.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

const SHA256 = /^[0-9a-f]{64}$/;

export interface StoredFile {
  sha256: string;
  path: string;
  size: number;
}

async function entries(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Every object in the store, in a stable order. `tmp/` (uploads still being received) is not under objects/ and is
 * never looked at; a name that is not <aa>/<64 hex digits starting with aa> is reported, not copied.
 */
export async function* storedObjects(storageDir: string, onStray: (path: string) => void): AsyncGenerator<StoredFile> {
  const root = join(storageDir, 'objects');
  for (const prefix of await entries(root)) {
    const dir = join(root, prefix);
    if (!/^[0-9a-f]{2}$/.test(prefix) || !(await stat(dir)).isDirectory()) {
      onStray(dir);
      continue;
    }
    for (const name of await entries(dir)) {
      const path = join(dir, name);
      const info = await stat(path);
      if (!SHA256.test(name) || !name.startsWith(prefix) || !info.isFile()) {
        onStray(path);
        continue;
      }
      yield { sha256: name, path, size: info.size };
    }
  }
}

/** Whether the store holds any object at all (a restore goes only into an empty one). */
export async function storeHasObjects(storageDir: string): Promise<boolean> {
  for (const prefix of await entries(join(storageDir, 'objects'))) {
    if ((await entries(join(storageDir, 'objects', prefix))).length > 0) return true;
  }
  return false;
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

export async function sha256OfFile(path: string): Promise<{ sha256: string; size: number }> {
  const hashing = new Hashing();
  for await (const _chunk of hashing.through(createReadStream(path))) {
    // hashing only
  }
  return { sha256: hashing.digest(), size: hashing.bytes };
}

/**
 * Writes one object into the store the way StorageService commits an upload: a temp file under tmp/, fsync, rename
 * into place, so a crash never leaves a half-written object under its final name. Returns the SHA-256 of what was
 * written; the caller compares it with the name before trusting it.
 */
export async function writeObject(storageDir: string, sha256: string, body: AsyncIterable<Buffer>, tempName: string): Promise<{ sha256: string; size: number; path: string }> {
  const tmpDir = join(storageDir, 'tmp');
  await mkdir(tmpDir, { recursive: true });
  const temp = join(tmpDir, tempName);
  const hashing = new Hashing();
  try {
    await pipeline(hashing.through(body), createWriteStream(temp, { flags: 'wx' }));
    const digest = hashing.digest();
    if (digest !== sha256) {
      await rm(temp, { force: true });
      return { sha256: digest, size: hashing.bytes, path: temp };
    }
    const handle = await open(temp, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const dir = join(storageDir, 'objects', sha256.slice(0, 2));
    await mkdir(dir, { recursive: true });
    const path = join(dir, sha256);
    await rename(temp, path);
    await syncDirectory(dir);
    return { sha256: digest, size: hashing.bytes, path };
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort: not every platform lets a directory be opened for fsync
  }
}
