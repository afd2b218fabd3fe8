import type { FileHandle } from 'node:fs/promises';
import { open } from 'node:fs/promises';
import { Writable } from 'node:stream';
import { fileTooLarge } from './storage.errors.js';

/**
 * Pieces arriving while a write is in flight are kept up to this much, then written together in one writev: fewer,
 * larger writes (each one a hand-over to libuv's thread pool) than one per network read.
 */
const BATCH_BYTES = 256 * 1024;

/**
 * Where a received upload's bytes go: a new file (never an existing one), written in batches, counted on the way and
 * refused past `maxBytes` (FILE_TOO_LARGE). Hashing is not done here but afterwards, off the main thread (FileHasher).
 */
export class FileSink extends Writable {
  size = 0;
  private handle: FileHandle | null = null;

  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
  ) {
    super({ highWaterMark: BATCH_BYTES });
  }

  override _construct(callback: (error?: Error | null) => void): void {
    open(this.path, 'wx').then(
      (handle) => {
        this.handle = handle;
        callback();
      },
      (error: Error) => callback(error),
    );
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.writeAll([chunk]).then(() => callback(), callback);
  }

  override _writev(chunks: Array<{ chunk: Buffer }>, callback: (error?: Error | null) => void): void {
    this.writeAll(chunks.map((c) => c.chunk)).then(() => callback(), callback);
  }

  override _destroy(error: Error | null, callback: (error?: Error | null) => void): void {
    const handle = this.handle;
    this.handle = null;
    if (!handle) return callback(error);
    handle.close().then(
      () => callback(error),
      (closeError: Error) => callback(error ?? closeError),
    );
  }

  private async writeAll(buffers: Buffer[]): Promise<void> {
    for (const buffer of buffers) this.size += buffer.length;
    if (this.size > this.maxBytes) throw fileTooLarge(this.maxBytes);
    let pending = buffers;
    // writev may write less than asked (a full disk, a signal): write the rest until all of it is down.
    while (pending.length > 0) {
      const { bytesWritten } = await this.handle!.writev(pending);
      pending = rest(pending, bytesWritten);
    }
  }
}

/** The buffers after the first `written` bytes. */
export function rest(buffers: Buffer[], written: number): Buffer[] {
  let skip = written;
  let i = 0;
  while (i < buffers.length && skip >= buffers[i]!.length) skip -= buffers[i++]!.length;
  if (i === buffers.length) return [];
  return [buffers[i]!.subarray(skip), ...buffers.slice(i + 1)];
}
