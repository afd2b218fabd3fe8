// Types of zip-store.mjs for the TypeScript tests that make zips (server/test/support/material-files.ts).

/** One entry of a hand-made zip: its name, how it is stored (0 stored, 8 deflated), its CRC and size, and the bytes as stored. */
export interface ZipItem {
  name: string;
  method: 0 | 8;
  crc: number;
  size: number;
  payload: Buffer;
  /** The uncompressed size the headers declare (a liar's zip declares less than it holds). */
  declaredSize?: number;
}

export function crc32(bytes: Uint8Array): number;
/** A store-only zip (no compression): local headers, the data, then the central directory. */
export function zipFixture(entries: Record<string, string | Buffer>): Buffer;
/** The same zip as a list of buffers, the entries' data among them as given (not copied). */
export function zipParts(entries: Record<string, string | Buffer>): Buffer[];
/** A zip of items already stored or deflated by the caller. */
export function zipItems(items: readonly ZipItem[]): Buffer;
