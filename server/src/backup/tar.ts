/*
 * The backup archive is a plain tar (gzip-compressed with node:zlib), written and read with tar-stream, so it can be
 * listed, unpacked and repacked with the ordinary tool (`tar -tzf backup.tar.gz`). This file only adapts tar-stream to
 * the two shapes the backup needs: a writer that adds entries one after another with backpressure, and an async
 * iteration over the regular-file entries. Everything streams: neither side holds a whole file in memory.
 */
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import tarStream from 'tar-stream';

/** Writes entries one after another into `out` (normally a gzip stream piped to a file), honouring backpressure. */
export class TarWriter {
  private readonly mtime = new Date();
  private readonly pack = tarStream.pack();
  private readonly piped: Promise<void>;

  constructor(out: Writable) {
    this.piped = pipeline(this.pack, out);
    // Awaited in finish(); when an entry fails first, the caller abandons the archive and its error is the one to report.
    this.piped.catch(() => undefined);
  }

  /** One file entry of exactly `size` bytes from `source`; a source that yields a different count is an error. */
  async add(name: string, size: number, source: AsyncIterable<Buffer> | Iterable<Buffer>): Promise<void> {
    let fail: (error: Error) => void = () => undefined;
    const written = new Promise<void>((resolve, reject) => {
      fail = reject;
      // tar-stream checks the count too: an entry ended short or long fails with its own error.
      const entry = this.pack.entry({ name, size, mtime: this.mtime, mode: 0o644, uname: 'cacem', gname: 'cacem' }, (error) => (error ? reject(error) : resolve()));
      void (async () => {
        let count = 0;
        for await (const chunk of source) {
          count += chunk.length;
          if (count > size) throw new Error(`${name}：内容比登记的 ${size} 字节多（文件在复制时被改动？）`);
          if (!entry.write(chunk)) await once(entry, 'drain');
        }
        if (count !== size) throw new Error(`${name}：内容只有 ${count} 字节，应为 ${size} 字节（文件在复制时被改动？）`);
        entry.end(() => undefined);
      })().catch((error: Error) => {
        entry.destroy(error);
        fail(error);
      });
    });
    await written;
  }

  async addBuffer(name: string, bytes: Buffer): Promise<void> {
    await this.add(name, bytes.length, [bytes]);
  }

  /** Ends the archive (its two zero blocks) and waits until everything reached `out`. */
  async finish(): Promise<void> {
    this.pack.finalize();
    await this.piped;
  }
}

export interface TarEntry {
  name: string;
  size: number;
  /** The entry's bytes; what the consumer leaves unread is skipped when the next entry is asked for. */
  body: AsyncIterable<Buffer>;
}

/** The regular-file entries of a (decompressed) tar stream, in order; directories and other entries are passed over. */
export async function* readTar(source: Readable): AsyncGenerator<TarEntry> {
  const extract = tarStream.extract();
  source.on('error', (error) => extract.destroy(error));
  source.pipe(extract);
  let entries = 0;
  try {
    for await (const entry of extract) {
      entries++;
      const { header } = entry;
      if (header.type !== 'file' && header.type !== 'contiguous-file') {
        entry.resume();
        continue;
      }
      yield { name: header.name.replace(/^(\.\/)+/, ''), size: header.size ?? 0, body: entry as AsyncIterable<Buffer> };
      // Whatever the consumer did not read is drained before the next entry.
      entry.resume();
    }
  } catch (error) {
    throw new Error(`备份文件损坏或不完整（${(error as Error).message}）`, { cause: error });
  }
  if (entries === 0) throw new Error('备份文件不完整（没有任何内容）');
}
