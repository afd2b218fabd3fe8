import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/domain.exception.js';

/**
 * How many uploads an instance reads at once (UPLOAD_CONCURRENCY); the others wait their turn, first come first served,
 * without their bodies being read — the bytes wait in the network's buffers, not in the server's memory. At the
 * deadline rush (test/perf: 200 uploads of 20 MB at once) the server's memory then stays bounded by this number instead
 * of growing with the crowd, and the disk and CPU, busy either way, deliver the same bytes per second. A per-process
 * limit like a connection pool's size, not shared state: each instance behind the proxy has its own.
 *
 * One account may have at most `perOwner` uploads in progress (read or waiting) at once (UPLOADS_PER_ACCOUNT): a single
 * login cannot take every slot with slow bodies and stall everyone else's uploads.
 */
export class UploadSlots {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private readonly held = new Map<string, number>();

  constructor(
    readonly limit: number,
    readonly perOwner = Number.POSITIVE_INFINITY,
  ) {}

  /**
   * Waits for a slot; call the returned function exactly once when the upload's body has been read (or failed). With
   * an owner over its own cap it refuses at once (429 UPLOAD_TOO_MANY_AT_ONCE) rather than queueing.
   */
  async acquire(owner?: string): Promise<() => void> {
    if (owner !== undefined) {
      const mine = this.held.get(owner) ?? 0;
      if (mine >= this.perOwner) throw new DomainException('UPLOAD_TOO_MANY_AT_ONCE', HttpStatus.TOO_MANY_REQUESTS);
      this.held.set(owner, mine + 1);
    }
    if (this.active < this.limit) this.active++;
    else await new Promise<void>((resolve) => this.waiting.push(resolve));
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (owner !== undefined) {
        const left = (this.held.get(owner) ?? 1) - 1;
        if (left > 0) this.held.set(owner, left);
        else this.held.delete(owner);
      }
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

  /** Uploads one owner has in progress (read or waiting). */
  heldBy(owner: string): number {
    return this.held.get(owner) ?? 0;
  }
}
