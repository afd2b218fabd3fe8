// The exact comparison of one candidate pair: containment each way and Jaccard on the distinctive shingles, then the
// matching passages, found as runs of shared shingles in the same order in both texts and merged across small gaps
// (a light edit breaks a run; it should not break the passage).

import { SHINGLE_LENGTH } from './shingles.js';

export interface ComparableText {
  /** Normalised text. */
  text: string;
  /** shingleHashes(text). */
  hashes: Uint32Array;
}

/** A passage found in both: [start, end) in each normalised text. */
export interface MatchedSpan {
  a: [number, number];
  b: [number, number];
}

export interface PairFigures {
  /** Share of A's distinctive shingles found in B, and the reverse. */
  containmentAInB: number;
  containmentBInA: number;
  jaccard: number;
  /** Share of each text's characters inside a matching passage: the proportion that reads as copied. */
  coverageA: number;
  coverageB: number;
  /** The larger coverage: how much of one document reads as taken from the other. Pairs are ranked by it. */
  score: number;
  /** Characters of A inside matching passages. */
  matchedChars: number;
  spans: MatchedSpan[];
}

export interface CompareOptions {
  shingleLength: number;
  /** A run of fewer shared shingles than this is a coincidence, not a seed. */
  minSeedShingles: number;
  /** Runs this close (in characters, in both texts) join into one passage. */
  maxGap: number;
  /** Passages shorter than this many characters are not reported. */
  minPassageChars: number;
  /** A shingle repeated more often than this inside B is a refrain of that document, not evidence. */
  maxRepeats: number;
}

export const DEFAULT_COMPARE: CompareOptions = { shingleLength: SHINGLE_LENGTH, minSeedShingles: 3, maxGap: 16, minPassageChars: 20, maxRepeats: 8 };

interface Seed {
  a: number;
  b: number;
  /** Shingles in the run. */
  length: number;
}

export function compareTexts(
  a: ComparableText,
  b: ComparableText,
  isCommon: (hash: number) => boolean,
  options: CompareOptions = DEFAULT_COMPARE,
): PairFigures {
  const { containmentAInB, containmentBInA, jaccard } = setFigures(a.hashes, b.hashes, isCommon);
  const spans = matchSpans(a, b, isCommon, options);
  const coveredA = unionLength(spans.map((s) => s.a));
  const coveredB = unionLength(spans.map((s) => s.b));
  const coverageA = a.text.length ? coveredA / a.text.length : 0;
  const coverageB = b.text.length ? coveredB / b.text.length : 0;
  return { containmentAInB, containmentBInA, jaccard, coverageA, coverageB, score: Math.max(coverageA, coverageB), matchedChars: coveredA, spans };
}

function setFigures(a: Uint32Array, b: Uint32Array, isCommon: (hash: number) => boolean) {
  const setA = new Set<number>();
  for (const h of a) if (!isCommon(h)) setA.add(h);
  const setB = new Set<number>();
  for (const h of b) if (!isCommon(h)) setB.add(h);
  let shared = 0;
  for (const h of setA) if (setB.has(h)) shared++;
  const union = setA.size + setB.size - shared;
  return {
    containmentAInB: setA.size ? shared / setA.size : 0,
    containmentBInA: setB.size ? shared / setB.size : 0,
    jaccard: union ? shared / union : 0,
  };
}

function matchSpans(a: ComparableText, b: ComparableText, isCommon: (hash: number) => boolean, options: CompareOptions): MatchedSpan[] {
  const n = options.shingleLength;
  const positions = new Map<number, number[]>();
  for (let j = 0; j < b.hashes.length; j++) {
    const h = b.hashes[j]!;
    if (isCommon(h)) continue;
    const list = positions.get(h);
    if (list) list.push(j);
    else positions.set(h, [j]);
  }
  // Seeds: runs of consecutive shingles of A found at consecutive positions of B.
  const seeds: Seed[] = [];
  let current: Seed | null = null;
  let previous: Seed | null = null;
  for (let i = 0; i < a.hashes.length; i++) {
    const h = a.hashes[i]!;
    const list = isCommon(h) ? undefined : positions.get(h);
    if (!list || list.length > options.maxRepeats) {
      current = null;
      continue;
    }
    if (current && current.a + current.length === i && b.hashes[current.b + current.length] === h) {
      current.length += 1;
      continue;
    }
    // Start a run; where B repeats the shingle, prefer the place that continues the last run.
    let pick = list[0]!;
    if (previous && list.length > 1) {
      const expected = previous.b + previous.length + (i - previous.a - previous.length);
      for (const j of list) if (Math.abs(j - expected) < Math.abs(pick - expected)) pick = j;
    }
    current = { a: i, b: pick, length: 1 };
    seeds.push(current);
    previous = current;
  }
  // Passages: seeds long enough, in A's order, joined when close in both texts and in the same order.
  const spans: MatchedSpan[] = [];
  for (const seed of seeds) {
    if (seed.length < options.minSeedShingles) continue;
    const span: MatchedSpan = { a: [seed.a, seed.a + seed.length + n - 1], b: [seed.b, seed.b + seed.length + n - 1] };
    const last = spans[spans.length - 1];
    if (last) {
      const gapA = span.a[0] - last.a[1];
      const gapB = span.b[0] - last.b[1];
      if (gapA <= options.maxGap && gapB <= options.maxGap && gapB >= -n && span.b[1] > last.b[1]) {
        last.a[1] = Math.max(last.a[1], span.a[1]);
        last.b[1] = span.b[1];
        continue;
      }
    }
    spans.push(span);
  }
  return spans.filter((s) => s.a[1] - s.a[0] >= options.minPassageChars && s.b[1] - s.b[0] >= options.minPassageChars);
}

/** Characters covered by the union of [start, end) ranges. */
function unionLength(ranges: Array<[number, number]>): number {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -1;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    total += e - Math.max(s, end);
    end = e;
  }
  return total;
}
