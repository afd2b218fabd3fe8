import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { filesUnder } from '../../../server/test/support/files-under.js';

export { filesUnder };

/** The SHA-256 of bytes, in hex: how the file store names what it holds. */
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under a folder: relative path → SHA-256 of its bytes. */
export function hashesUnder(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((path) => [relative(dir, path), sha256(readFileSync(path))]));
}
