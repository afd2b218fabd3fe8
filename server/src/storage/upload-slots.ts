/**
 * How many uploads an instance reads at once (UPLOAD_CONCURRENCY); the others wait their turn, first come first served,
 * without their bodies being read — the bytes wait in the network's buffers, not in the server's memory. At the
 * deadline rush (test/perf: 200 uploads of 20 MB at once) the server's memory then stays bounded by this number instead
 * of growing with the crowd, and the disk and CPU, busy either way, deliver the same bytes per second. A per-process
 * limit like a connection pool's size, not shared state: each instance behind the proxy has its own.
 */
export class UploadSlots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly limit: number) {}

  /** Waits for a slot; call the returned function exactly once when the upload's body has been read (or failed). */
  async acquire(): Promise<() => void> {
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line (active stays the same), or is freed.
      if (next) next();
      else this.active--;
    };
  }

  /** Uploads being read now, and waiting for a slot. */
  get load(): { active: number; waiting: number } {
    return { active: this.active, waiting: this.waiting.length };
  }
}
