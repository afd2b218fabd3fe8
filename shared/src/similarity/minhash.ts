// MinHash signatures by one-permutation hashing (one hash per shingle, split into bins, the minimum kept per bin; empty
// bins filled by rotation), and locality-sensitive hashing over bands of the signature to find candidate pairs
// without comparing every document with every other.

import { mix32 } from './shingles.js';

export interface LshParameters {
  /** Signature length; a power of two. */
  signatureSize: number;
  /** The signature is cut into bands of rows values; two documents are candidates when any band is equal. */
  bands: number;
  rows: number;
  /** Candidates whose signatures agree on less than this share are dropped before any exact comparison. */
  minEstimatedJaccard: number;
}

// Two documents sharing 30 % of their text have a Jaccard index of about 0.15–0.18 on their distinctive shingles (less
// after light edits); with 256 bands of 2 rows such a pair becomes a candidate with probability 1 − (1 − 0.15²)^256 ≈
// 0.997, while an unrelated pair at 0.01 does so 2.5 % of the time and is then dropped by the signature's estimate.
// (128 bands missed one 30 % copy in 40 in the evaluation; the longer signature costs nothing measurable.)
export const DEFAULT_LSH: LshParameters = { signatureSize: 512, bands: 256, rows: 2, minEstimatedJaccard: 0.06 };

const EMPTY = 0xffffffff;

/**
 * The MinHash signature of a document's distinct shingles, skipping those keep() refuses (the common text);
 * null when nothing distinctive is left to sign.
 */
export function minhashSignature(distinct: Uint32Array, keep: (hash: number) => boolean, size = DEFAULT_LSH.signatureSize): Uint32Array | null {
  const binBits = Math.log2(size);
  if (!Number.isInteger(binBits)) throw new RangeError('signature size must be a power of two');
  // The value is the hash's low bits below the bin number, one bit short so that rotation offsets cannot overflow.
  const valueBits = 31 - binBits;
  const valueMask = 2 ** valueBits - 1;
  const signature = new Uint32Array(size).fill(EMPTY);
  let filled = 0;
  for (let i = 0; i < distinct.length; i++) {
    const h = distinct[i]!;
    if (!keep(h)) continue;
    const g = mix32(h ^ 0x5bd1e995);
    const bin = g >>> (32 - binBits);
    const value = g & valueMask;
    if (signature[bin] === EMPTY) filled++;
    if (value < signature[bin]!) signature[bin] = value;
  }
  if (filled === 0) return null;
  if (filled < size) {
    // Rotation: an empty bin takes the next filled bin's value, offset by the distance so that bins stay distinguishable.
    const original = signature.slice();
    for (let j = 0; j < size; j++) {
      if (original[j] !== EMPTY) continue;
      let t = 1;
      while (original[(j + t) % size] === EMPTY) t++;
      signature[j] = original[(j + t) % size]! + t * 2 ** valueBits;
    }
  }
  return signature;
}

/** The share of equal positions: an estimate of the Jaccard index of the two shingle sets. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) equal++;
  return equal / a.length;
}

/**
 * Candidate pairs [i, j] (i < j, indexes into signatures) that share a band and pass the estimate; null signatures
 * take no part. accept() can rule pairs out early (e.g. two files of the same application).
 */
export function lshCandidatePairs(
  signatures: ReadonlyArray<Uint32Array | null>,
  parameters: LshParameters = DEFAULT_LSH,
  accept: (i: number, j: number) => boolean = () => true,
): Array<[number, number]> {
  const { bands, rows, minEstimatedJaccard } = parameters;
  if (bands * rows > parameters.signatureSize) throw new RangeError('bands × rows exceeds the signature size');
  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  const n = signatures.length;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number[]>();
    for (let d = 0; d < n; d++) {
      const signature = signatures[d];
      if (!signature) continue;
      let key = 0x811c9dc5 ^ band;
      for (let r = 0; r < rows; r++) key = Math.imul(key ^ signature[band * rows + r]!, 0x01000193);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(d);
      else buckets.set(key, [d]);
    }
    for (const bucket of buckets.values()) {
      for (let x = 0; x < bucket.length; x++) {
        for (let y = x + 1; y < bucket.length; y++) {
          const i = bucket[x]!;
          const j = bucket[y]!;
          const id = i * n + j;
          if (seen.has(id)) continue;
          seen.add(id);
          if (!accept(i, j)) continue;
          if (estimatedJaccard(signatures[i]!, signatures[j]!) < minEstimatedJaccard) continue;
          pairs.push([i, j]);
        }
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
