// Reading a zip (PPTX, XLSX, any Office upload) entry by entry, every inflated byte counted against the caps
// (parse-limits.mjs) and reading stopped at the cap, whatever sizes the zip declares.
import yauzl from 'yauzl';
import { LIMITS, tooLarge } from './parse-limits.mjs';

export function openZip(path) {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) => (error || !zip ? reject(error ?? new Error('zip')) : resolve(zip)));
  });
}

/** Each central-directory entry in turn (count capped); `visit` may read the entry before the next one is listed. */
export async function eachEntry(zip, visit) {
  let count = 0;
  await new Promise((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry) => {
      count += 1;
      if (count > LIMITS.zipEntries) return reject(tooLarge(`more than ${LIMITS.zipEntries} entries`));
      Promise.resolve(visit(entry)).then(
        () => zip.readEntry(),
        (error) => reject(error),
      );
    });
    zip.readEntry();
  });
}

/** An obvious bomb from its declared sizes alone: a big entry that shrank too much. */
function declaredBomb(entry) {
  return entry.uncompressedSize > LIMITS.bombEntryBytes && entry.uncompressedSize > LIMITS.bombRatio * Math.max(1, entry.compressedSize);
}

/**
 * The entry's bytes, unpacked, piece by piece into `onChunk`; counted as they come against `entryCap` and the shared
 * `budget` ({ left }), and stopped (the inflater destroyed) the moment either is passed — declared sizes are checked
 * first, but never trusted alone.
 */
export function readEntry(zip, entry, entryCap, budget, onChunk) {
  if (entry.uncompressedSize > entryCap) return Promise.reject(tooLarge(`${entry.fileName} declares ${entry.uncompressedSize} bytes`));
  if (entry.uncompressedSize > budget.left) return Promise.reject(tooLarge('declared total too large'));
  if (declaredBomb(entry)) return Promise.reject(tooLarge(`${entry.fileName} compression ratio`));
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) return reject(error ?? new Error('zip entry'));
      let seen = 0;
      const ratioCap = Math.max(LIMITS.bombEntryBytes, LIMITS.bombRatio * entry.compressedSize);
      stream.on('data', (chunk) => {
        seen += chunk.length;
        budget.left -= chunk.length;
        if (seen > entryCap || seen > ratioCap || budget.left < 0) {
          stream.destroy();
          return reject(tooLarge(`${entry.fileName} unpacks past the cap`));
        }
        try {
          onChunk(chunk);
        } catch (parseError) {
          stream.destroy();
          reject(parseError);
        }
      });
      // yauzl stops an entry that unpacks to more than its headers declare: a liar's zip, refused as a bomb.
      stream.on('error', (streamError) => reject(/too many bytes/i.test(String(streamError?.message)) ? tooLarge(`${entry.fileName}: more bytes than declared`) : streamError));
      stream.on('end', resolve);
    });
  });
}

/** Every entry of the zip unpacked once and counted (nothing kept): what it really holds, whatever it declares. */
export async function checkZipSizes(path, entryCap, totalCap) {
  const zip = await openZip(path);
  const budget = { left: totalCap };
  try {
    await eachEntry(zip, (entry) => (entry.fileName.endsWith('/') ? undefined : readEntry(zip, entry, entryCap, budget, () => undefined)));
  } finally {
    zip.close();
  }
}
