// Runs in a worker thread of the server's hashing pool (src/storage/file-hasher.ts, piscina): the SHA-256 of a file
// just received, read back (from the page cache: it was written a moment ago) into one buffer reused for every piece,
// so hashing a 20 MB upload allocates 256 KB, not 20 MB the worker's garbage collector would have to catch up with. Plain
// JavaScript, not compiled: the same file serves the built server and the tests.
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';

export default async function sha256OfFile({ path }) {
  const piece = Buffer.allocUnsafe(256 * 1024);
  const hash = createHash('sha256');
  const file = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await file.read(piece, 0, piece.length, null);
      if (bytesRead === 0) break;
      hash.update(piece.subarray(0, bytesRead));
    }
  } finally {
    await file.close();
  }
  return hash.digest('hex');
}
