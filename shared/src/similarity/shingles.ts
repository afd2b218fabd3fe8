// Character n-gram shingles (Chinese has no word boundaries to split on), each hashed to 32 bits.

/** Characters per shingle: long enough that independent texts rarely share one by chance, short enough that a light edit spoils few. */
export const SHINGLE_LENGTH = 5;

/** Murmur3's finaliser: spreads the bits of a 32-bit hash. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** The hash of the shingle starting at each position of text (FNV-1a over its UTF-16 units, then mixed). */
export function shingleHashes(text: string, n = SHINGLE_LENGTH): Uint32Array {
  const count = Math.max(0, text.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x811c9dc5;
    for (let k = 0; k < n; k++) {
      h ^= text.charCodeAt(i + k);
      h = Math.imul(h, 0x01000193);
    }
    out[i] = mix32(h);
  }
  return out;
}

/** The document's distinct shingle hashes, sorted ascending. */
export function distinctShingles(hashes: Uint32Array): Uint32Array {
  if (hashes.length === 0) return hashes;
  const sorted = hashes.slice().sort();
  let n = 1;
  for (let i = 1; i < sorted.length; i++) if (sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  return sorted.slice(0, n);
}
