import { createReadStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { assertKey, type ObjectStore } from './object-store.js';

/** Objects as files under <root>/objects/<aa>/<sha256>: fsync, then rename into place, so no half-written object ever has its final name. */
export class LocalObjectStore implements ObjectStore {
  readonly description: string;

  constructor(private readonly root: string) {
    this.description = `本地目录 ${root}`;
  }

  async check(): Promise<void> {
    // The folder is made on the first upload; nothing to reach.
  }

  close(): void {
    // nothing held open
  }

  localPath(key: string): string {
    const match = assertKey(key);
    return join(this.root, 'objects', match[1]!, match[2]!);
  }

  async put(key: string, tempPath: string): Promise<void> {
    const target = this.localPath(key);
    if (await this.exists(target)) return;
    const handle = await open(tempPath, 'r+');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
    const created = await mkdir(dirname(target), { recursive: true });
    // A folder just made (objects/<aa>/, objects/ itself) must be durable in its parent too, or a power cut can lose it.
    if (created) await syncParents(dirname(target), dirname(created));
    await rename(tempPath, target);
    await syncDirectory(dirname(target));
  }

  async *list(onStray: (where: string) => void): AsyncIterable<{ key: string; size: number }> {
    const root = join(this.root, 'objects');
    for (const prefix of await sortedEntries(root)) {
      const dir = join(root, prefix);
      if (!/^[0-9a-f]{2}$/.test(prefix) || !(await stat(dir)).isDirectory()) {
        onStray(dir);
        continue;
      }
      for (const name of await sortedEntries(dir)) {
        const path = join(dir, name);
        const info = await stat(path);
        if (!/^[0-9a-f]{64}$/.test(name) || !name.startsWith(prefix) || !info.isFile()) {
          onStray(path);
          continue;
        }
        yield { key: `objects/${prefix}/${name}`, size: info.size };
      }
    }
  }

  async remove(key: string): Promise<void> {
    await rm(this.localPath(key), { force: true });
  }

  async size(key: string): Promise<number | null> {
    try {
      return (await stat(this.localPath(key))).size;
    } catch {
      return null;
    }
  }

  async open(key: string): Promise<{ size: number; stream: Readable } | null> {
    const size = await this.size(key);
    return size === null ? null : { size, stream: createReadStream(this.localPath(key)) };
  }

  private async exists(path: string): Promise<boolean> {
    try {
      await access(path);
      return true;
    } catch {
      return false;
    }
  }
}

/** A folder's entries sorted by name; none when the folder does not exist (an empty store). */
async function sortedEntries(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Syncs the parents of `dir` upwards up to and including `top`: the entries of folders just created. */
async function syncParents(dir: string, top: string): Promise<void> {
  for (let parent = dirname(dir); ; parent = dirname(parent)) {
    await syncDirectory(parent);
    if (parent === top || parent === dirname(parent)) return;
  }
}

// The rename is durable only once the directory entry is; not every platform lets a directory be opened for this.
export async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort
  }
}
