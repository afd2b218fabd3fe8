import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { afterAll, describe, expect, it } from '@jest/globals';
import { datetimeFor, decodeValue, encodeValue, RowSetDigest, type ColumnInfo } from './format.js';
import { readTar, TarWriter } from './tar.js';

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const scratch: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-tar-'));
  scratch.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

async function writeArchive(path: string, files: Array<[string, Buffer]>): Promise<void> {
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(path));
  const tar = new TarWriter(gzip);
  for (const [name, bytes] of files) {
    // In small pieces, as a stream would deliver them.
    const pieces = (function* () {
      for (let i = 0; i < bytes.length; i += 777) yield bytes.subarray(i, i + 777);
    })();
    await tar.add(name, bytes.length, pieces);
  }
  await tar.finish();
  await done;
}

async function readArchive(path: string): Promise<Array<[string, Buffer]>> {
  const out: Array<[string, Buffer]> = [];
  for await (const entry of readTar(createReadStream(path).pipe(createGunzip()))) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry.body) chunks.push(chunk);
    out.push([entry.name, Buffer.concat(chunks)]);
  }
  return out;
}

describe('the backup archive (tar + gzip, written and read with tar-stream)', () => {
  const sizes = [0, 1, 511, 512, 513, 1024, 100_000, 3 * 1024 * 1024 + 7];
  const files: Array<[string, Buffer]> = sizes.map((n, i) => [`files/objects/${i}${i}/entry-${n}`, randomBytes(n)]);

  it('gives back every entry byte for byte, whatever its size relative to the 512-byte blocks', async () => {
    const path = join(tempDir(), 'a.tar.gz');
    await writeArchive(path, files);
    const back = await readArchive(path);
    expect(back.map(([n, b]) => [n, sha256(b)])).toEqual(files.map(([n, b]) => [n, sha256(b)]));
  });

  it('skips what a reader leaves unread and moves on to the next entry', async () => {
    const path = join(tempDir(), 'b.tar.gz');
    await writeArchive(path, files);
    const names: string[] = [];
    for await (const entry of readTar(createReadStream(path).pipe(createGunzip()))) names.push(entry.name);
    expect(names).toEqual(files.map(([n]) => n));
  });

  it('is an ordinary tar.gz: tar lists and extracts ours, and we read what tar packs (directories, ./ names)', async () => {
    const dir = tempDir();
    const ours = join(dir, 'ours.tar.gz');
    await writeArchive(ours, files.slice(0, 4));
    const out = join(dir, 'out');
    mkdirSync(out);
    expect(spawnSync('tar', ['-xzf', ours, '-C', out]).status).toBe(0);
    for (const [name, bytes] of files.slice(0, 4)) expect(sha256(readFileSync(join(out, name)))).toBe(sha256(bytes));

    const theirs = join(dir, 'theirs.tar.gz');
    expect(spawnSync('tar', ['-czf', theirs, '-C', out, '.']).status).toBe(0);
    const back = new Map(await readArchive(theirs));
    for (const [name, bytes] of files.slice(0, 4)) expect(sha256(back.get(name)!)).toBe(sha256(bytes));
  });

  it('refuses a damaged header and an archive that stops part-way', async () => {
    const dir = tempDir();
    const good = join(dir, 'good.tar.gz');
    await writeArchive(good, files.slice(0, 3));
    const raw = await new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      createReadStream(good).pipe(createGunzip()).on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks))).on('error', reject);
    });
    const badHeader = Buffer.from(raw);
    badHeader[10] ^= 0x20; // a letter of the first name: the header checksum no longer fits
    const cut = raw.subarray(0, 512 + 100);
    const read = async (bytes: Buffer) => {
      let total = 0;
      const source = Readable.from([bytes]);
      for await (const entry of readTar(source)) for await (const chunk of entry.body) total += chunk.length;
      return total;
    };
    await expect(read(badHeader)).rejects.toThrow('备份文件损坏或不完整');
    await expect(read(cut)).rejects.toThrow('备份文件损坏或不完整');
  });
});

describe('dump values', () => {
  it('keep what JSON cannot: big integers, bytes, non-finite floats; and bind back for each driver', () => {
    const big = 2n ** 60n + 3n;
    const bytes = Buffer.from([0, 1, 254, 255]);
    const encoded = [null, 'text', 1.5, 42n, big, bytes, Number.POSITIVE_INFINITY, true].map(encodeValue);
    expect(encoded).toEqual([null, 'text', 1.5, 42, { $int: big.toString() }, { $base64: 'AAH+/w==' }, { $float: 'Infinity' }, 1]);
    const line = JSON.parse(JSON.stringify(encoded)) as typeof encoded;
    expect(decodeValue(line[4]!, 'sqlite')).toBe(big);
    expect(decodeValue(line[4]!, 'mariadb')).toBe(big.toString());
    expect(decodeValue(line[5]!, 'mysql')).toEqual(bytes);
  });

  it('cut a datetime to what the target column keeps, the same way on every engine', () => {
    const column = (precision: number | null): ColumnInfo => ({ name: 'at', type: 'datetime', kind: 'datetime', precision });
    expect(datetimeFor('2026-11-26 02:11:45.202', column(0), 'mariadb')).toBe('2026-11-26 02:11:45');
    expect(datetimeFor('2026-11-26 02:11:45.202', column(6), 'mariadb')).toBe('2026-11-26 02:11:45.202');
    expect(datetimeFor('2026-11-26 02:11:45.999999', column(6), 'sqlite')).toBe('2026-11-26 02:11:45.999');
    expect(datetimeFor('2026-11-26T02:11:45.5Z', column(null), 'sqlite')).toBe('2026-11-26 02:11:45.5');
  });

  it('compare as a set of rows: order and trailing fractional zeros do not matter, a changed value does', () => {
    const columns: ColumnInfo[] = [
      { name: 'id', type: 'int', kind: 'other', precision: null },
      { name: 'at', type: 'datetime(6)', kind: 'datetime', precision: 6 },
    ];
    const a = new RowSetDigest(columns);
    const b = new RowSetDigest(columns);
    const c = new RowSetDigest(columns);
    a.add([1, '2026-01-01 00:00:00.120']);
    a.add([2, '2026-01-01 00:00:00']);
    b.add([2, '2026-01-01 00:00:00.000000']);
    b.add([1, '2026-01-01 00:00:00.120000']);
    c.add([1, '2026-01-01 00:00:00.121']);
    c.add([2, '2026-01-01 00:00:00']);
    expect(b.value).toBe(a.value);
    expect(c.value).not.toBe(a.value);
  });
});
