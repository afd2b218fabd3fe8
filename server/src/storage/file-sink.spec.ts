import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, it } from '@jest/globals';
import { DomainException } from '../common/domain.exception.js';
import { FileSink, rest } from './file-sink.js';

const dir = mkdtempSync(join(tmpdir(), 'cacem-sink-'));

describe('FileSink', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  it('writes every byte in order, however the pieces arrive, and counts them', async () => {
    const pieces = Array.from({ length: 400 }, (_, i) => randomBytes(1 + ((i * 7919) % 70_000)));
    const path = join(dir, 'whole');
    const sink = new FileSink(path, Number.MAX_SAFE_INTEGER);
    await pipeline(Readable.from(pieces), sink);
    const expected = Buffer.concat(pieces);
    expect(sink.size).toBe(expected.length);
    expect(readFileSync(path).equals(expected)).toBe(true);
  });

  it('refuses past the limit with FILE_TOO_LARGE, and never writes over an existing file', async () => {
    const sink = new FileSink(join(dir, 'big'), 1000);
    const error = await pipeline(Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), sink).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainException);
    expect((error as DomainException).code).toBe('FILE_TOO_LARGE');
    const taken = join(dir, 'taken');
    writeFileSync(taken, 'kept');
    await expect(pipeline(Readable.from([Buffer.from('other')]), new FileSink(taken, 100))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(readFileSync(taken, 'utf8')).toBe('kept');
    expect(existsSync(join(dir, 'big'))).toBe(true);
  });

  it('after a short write, goes on from the first byte not yet written', () => {
    const a = Buffer.from('abc');
    const b = Buffer.from('defg');
    expect(rest([a, b], 0).map(String)).toEqual(['abc', 'defg']);
    expect(rest([a, b], 2).map(String)).toEqual(['c', 'defg']);
    expect(rest([a, b], 3).map(String)).toEqual(['defg']);
    expect(rest([a, b], 5).map(String)).toEqual(['fg']);
    expect(rest([a, b], 7)).toEqual([]);
  });
});
