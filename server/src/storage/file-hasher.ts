import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';

/**
 * SHA-256 of received files, worked out on a worker thread (piscina) rather than on the thread serving requests: in
 * the deadline-rush bench (test/perf, 200 uploads of 20 MB at once) hashing in-line took a fifth of the main thread.
 * The worker reads the file back — it was written a moment ago, so from the page cache.
 */
export class FileHasher {
  private readonly pool = new Piscina<{ path: string }, string>({
    filename: new URL('../../workers/sha256-file.mjs', import.meta.url).href,
    // One thread beside the main one on a 2-core machine; an idle pool lets its threads go.
    minThreads: 0,
    maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
    idleTimeout: 30_000,
  });

  sha256(path: string): Promise<string> {
    return this.pool.run({ path });
  }

  async close(): Promise<void> {
    await this.pool.close();
  }
}
