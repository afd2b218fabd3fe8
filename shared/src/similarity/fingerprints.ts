// Candidate pairs without comparing every document with every other: each document keeps a sample of its distinctive
// shingles — those whose hash falls in one of `sampling` buckets, so that the same text is sampled the same way in
// every document (content-defined, as in MOSS's winnowing) — and two documents become candidates when they share a few
// sampled shingles. Only shingles found in two or more documents (and in fewer than the widespread floor) can be
// shared, so each document keeps only those: the index holds a small part of the corpus, and each shared shingle
// links at most a handful of documents.
//
// Why not MinHash and LSH (used before): MinHash estimates Jaccard over whole documents, and a document with a third
// of its text copied, edited the way people edit, has a Jaccard of 0.07–0.15 with its source — the band where LSH
// either misses pairs or lets through most unrelated ones. Shared samples measure the copied text itself.

import { mix32 } from './shingles.js';

export interface FingerprintParameters {
  /** One distinctive shingle in this many is sampled (a power of two). */
  sampling: number;
  /** Two documents sharing fewer sampled shingles than this are not compared … */
  minShared: number;
  /** … nor when they share less than this share of the smaller one's sample (chance coincidences grow with length). */
  minContainment: number;
}

// One in eight: a 10 % copy of a 3,000-character declaration, edited the way people edit, still shares twenty or more
// samples with its source (about 6 % of the copy's sample); three shared samples, and 2 % of the smaller sample, make a
// candidate. Two 20-page declarations that share only chance phrases share well under 1 %.
export const DEFAULT_FINGERPRINTS: FingerprintParameters = { sampling: 8, minShared: 3, minContainment: 0.02 };

export interface Fingerprint {
  /** The sampled shingles another document may share (found in two or more documents), sorted ascending. */
  shared: Uint32Array;
  /** All the document's sampled distinctive shingles, shared or not: the size of its sample. */
  sampled: number;
}

/** True when the shingle is in the sample. */
export function isSampled(hash: number, sampling = DEFAULT_FINGERPRINTS.sampling): boolean {
  return (mix32(hash ^ 0x27d4eb2f) & (sampling - 1)) === 0;
}

/**
 * The fingerprint of a document's distinct shingles: of those sampled that are distinctive, the ones another document
 * has too; null when there are none (nothing another document could share).
 */
export function fingerprint(
  distinct: Uint32Array,
  isDistinctive: (hash: number) => boolean,
  inOthers: (hash: number) => boolean,
  parameters = DEFAULT_FINGERPRINTS,
): Fingerprint | null {
  const out: number[] = [];
  let sampled = 0;
  for (let i = 0; i < distinct.length; i++) {
    const h = distinct[i]!;
    if (!isSampled(h, parameters.sampling) || !isDistinctive(h)) continue;
    sampled++;
    if (inOthers(h)) out.push(h);
  }
  return out.length ? { shared: Uint32Array.from(out).sort(), sampled } : null;
}

/**
 * Candidate pairs [i, j] (i < j, indexes into fingerprints) sharing at least minShared sampled shingles (and
 * minContainment of the smaller sample); accept() can
 * rule pairs out early (e.g. two files of one application). Postings are (hash, document) keys in one sorted
 * Float64Array (a 32-bit hash and a 21-bit document index fit a double exactly).
 */
export function candidatePairs(
  fingerprints: ReadonlyArray<Fingerprint | null>,
  parameters: FingerprintParameters = DEFAULT_FINGERPRINTS,
  accept: (i: number, j: number) => boolean = () => true,
): Array<[number, number]> {
  const DOC = 2 ** 21;
  if (fingerprints.length >= DOC) throw new RangeError('too many documents for one run');
  let total = 0;
  for (const f of fingerprints) total += f?.shared.length ?? 0;
  const keys = new Float64Array(total);
  let k = 0;
  fingerprints.forEach((f, d) => {
    if (f) for (const h of f.shared) keys[k++] = h * DOC + d;
  });
  keys.sort();
  // One entry i·DOC + j per shared sample, in a typed array (a Map of pair counts costs ~100 bytes an entry, and at
  // 100,000 documents chance collisions of 32-bit hashes alone make millions of one-sample pairs); sorted, equal
  // entries are counted.
  let links = new Float64Array(Math.max(1024, total));
  let linked = 0;
  let start = 0;
  while (start < keys.length) {
    const hash = Math.floor(keys[start]! / DOC);
    let end = start + 1;
    while (end < keys.length && Math.floor(keys[end]! / DOC) === hash) end++;
    for (let x = start; x < end; x++) {
      const i = keys[x]! - hash * DOC;
      for (let y = x + 1; y < end; y++) {
        if (linked === links.length) {
          const grown = new Float64Array(links.length * 2);
          grown.set(links);
          links = grown;
        }
        links[linked++] = i * DOC + (keys[y]! - hash * DOC);
      }
    }
    start = end;
  }
  const sorted = links.subarray(0, linked).sort();
  const pairs: Array<[number, number]> = [];
  for (let x = 0; x < sorted.length; ) {
    let y = x + 1;
    while (y < sorted.length && sorted[y] === sorted[x]) y++;
    if (y - x >= parameters.minShared) {
      const i = Math.floor(sorted[x]! / DOC);
      const j = sorted[x]! - i * DOC;
      const smaller = Math.min(fingerprints[i]!.sampled, fingerprints[j]!.sampled);
      if (y - x >= parameters.minContainment * smaller && accept(i, j)) pairs.push([i, j]);
    }
    x = y;
  }
  return pairs;
}
