import { randomUUID } from 'node:crypto';
import { readdir, rm, rmdir, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';

/** tmp/<host>-<pid>-<random>: whose temp files these are, so a restart can tell a dead process's leftovers from live uploads. */
const TEMP_FOLDER = /^(.+)-(\d+)-[0-9a-f]{8}$/;
/** A temp file untouched this long belongs to no upload in progress (bytes arriving keep touching it). */
const STALE_TEMP_MS = 3600_000;
const HOST = hostname().replace(/[^A-Za-z0-9.]/g, '_') || 'host';

/** This process's own temp folder under <root>/tmp, named by host and pid (see sweepTemp). */
export function ownTempDir(root: string): string {
  return join(root, 'tmp', `${HOST}-${process.pid}-${randomUUID().slice(0, 8)}`);
}

/**
 * Removes temp files a killed process left behind (a half-received upload, or one received but not yet committed);
 * nothing there is ever served, objects/ only holds committed files. Storage may be shared by several instances
 * (scale-out on a shared volume), so each process receives into a folder of its own named by host and pid, and
 * a starting process removes
 *   - the folders of processes on this host that are no longer running (the SIGKILLed or crashed predecessor);
 *   - any other temp file not written to for an hour, whoever left it: no live upload sits idle that long, since
 *     arriving bytes keep touching the file and a commit takes milliseconds.
 * Another host's folder is not removed while anything is written in it within a day, only its stale files go. (If two hosts
 * shared the same host name and pid numbering, the pid check could misjudge; the worst case is that one
 * upload in progress fails and is sent again, nothing stored is touched.)
 */
export async function sweepTemp(root: string, ownDir: string, now: number): Promise<number> {
  const tmpRoot = join(root, 'tmp');
  let entries;
  try {
    entries = await readdir(tmpRoot, { withFileTypes: true });
  } catch {
    return 0;
  }
  let removed = 0;
  const removeIfStale = async (path: string) => {
    try {
      if (now - (await stat(path)).mtimeMs < STALE_TEMP_MS) return;
      await rm(path, { force: true });
      removed++;
    } catch {
      // gone already
    }
  };
  for (const entry of entries) {
    const path = join(tmpRoot, entry.name);
    if (path === ownDir) continue;
    if (!entry.isDirectory()) {
      await removeIfStale(path);
      continue;
    }
    const owner = TEMP_FOLDER.exec(entry.name);
    if (owner && owner[1] === HOST && !isRunning(Number(owner[2]))) {
      removed += (await readdir(path)).length;
      await rm(path, { recursive: true, force: true });
      continue;
    }
    // Judged before its stale files go (removing them touches the folder): a folder nobody wrote in for a day.
    const abandoned = now - (await stat(path)).mtimeMs >= 24 * STALE_TEMP_MS;
    for (const file of await readdir(path)) await removeIfStale(join(path, file));
    // rmdir takes only an empty folder; should its owner still be alive, it makes the folder again on its next upload.
    if (abandoned) await rmdir(path).catch(() => undefined);
  }
  return removed;
}

/** Whether a process of this host with that pid is alive (EPERM: alive, another user's). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
