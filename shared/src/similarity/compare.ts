// The exact comparison of one candidate pair: the matching passages, found as runs of shared distinctive shingles in
// the same order in both texts and merged across small gaps (a swapped word or an inserted phrase breaks a run; it
// should not break the passage), then each document's share of its own text inside them. Its own text is all of it
// but the boilerplate (the notice's and the rubric's wording, which every declaration carries by design).

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
  /** Shared over all distinctive shingles of the two (kept for the record; not shown). */
  jaccard: number;
  /** Share of each document's own (non-boilerplate) text inside a matching passage: the proportion that reads as copied. */
  coverageA: number;
  coverageB: number;
  /** The larger coverage: how much of one document reads as taken from the other. Pairs are ranked by it. */
  score: number;
  /** Characters of A's own text inside matching passages. */
  matchedChars: number;
  /** Each document's own (non-boilerplate) characters: the denominators of the coverages. */
  ownCharsA: number;
  ownCharsB: number;
  /** The passages, in A's order. */
  spans: MatchedSpan[];
}

export interface CompareOptions {
  shingleLength: number;
  /** Runs this close (in characters, in both texts) join into one passage. */
  maxGap: number;
  /** Passages shorter than this many characters are not reported. */
  minPassageChars: number;
  /** … nor passages whose seeds (characters matched exactly) add up to less than this. */
  minExactChars: number;
  /** A shingle repeated more often than this inside B is a refrain of that document, not evidence. */
  maxRepeats: number;
}

export const DEFAULT_COMPARE: CompareOptions = { shingleLength: SHINGLE_LENGTH, maxGap: 24, minPassageChars: 10, minExactChars: 8, maxRepeats: 8 };

/** How one pair's shingles are read: evidence (distinctive) or not, and boilerplate or not. */
export interface ShingleClasses {
  isEvidence: (hash: number) => boolean;
  isBoilerplate: (hash: number) => boolean;
}

/** An exact match: [a0, a1) of A equals [b0, b1) of B. */
interface Seed {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

export function compareTexts(a: ComparableText, b: ComparableText, classes: ShingleClasses, options: CompareOptions = DEFAULT_COMPARE): PairFigures {
  const { containmentAInB, containmentBInA, jaccard } = setFigures(a.hashes, b.hashes, classes.isEvidence);
  const maskA = boilerplateMask(a, classes.isBoilerplate, options.shingleLength);
  const maskB = boilerplateMask(b, classes.isBoilerplate, options.shingleLength);
  const spans = matchSpans({ ...a, mask: maskA }, { ...b, mask: maskB }, classes.isEvidence, options);
  // B's side is read in B's own order too: text B repeats (a sentence pasted twice) is found at each place.
  const spansOfB = matchSpans({ ...b, mask: maskB }, { ...a, mask: maskA }, classes.isEvidence, options).map((s) => s.a);
  const ownCharsA = a.text.length - count(maskA, 0, a.text.length);
  const ownCharsB = b.text.length - count(maskB, 0, b.text.length);
  const coveredA = ownInside(spans.map((s) => s.a), maskA);
  const coveredB = ownInside([...spans.map((s) => s.b), ...spansOfB], maskB);
  const coverageA = ownCharsA ? coveredA / ownCharsA : 0;
  const coverageB = ownCharsB ? coveredB / ownCharsB : 0;
  return { containmentAInB, containmentBInA, jaccard, coverageA, coverageB, score: Math.max(coverageA, coverageB), matchedChars: coveredA, ownCharsA, ownCharsB, spans };
}

/** 1 for each character inside boilerplate: a run of at least two boilerplate shingles (one alone is a coincidence). */
export function boilerplateMask(t: ComparableText, isBoilerplate: (hash: number) => boolean, n = SHINGLE_LENGTH): Uint8Array {
  const mask = new Uint8Array(t.text.length);
  let run = 0;
  for (let i = 0; i <= t.hashes.length; i++) {
    if (i < t.hashes.length && isBoilerplate(t.hashes[i]!)) {
      run++;
      continue;
    }
    if (run >= 2) mask.fill(1, i - run, i - 1 + n);
    run = 0;
  }
  return mask;
}

function count(mask: Uint8Array, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n += mask[i]!;
  return n;
}

/** Own (non-boilerplate) characters covered by the union of [start, end) ranges. */
function ownInside(ranges: Array<[number, number]>, mask: Uint8Array): number {
  const sorted = [...ranges].sort((x, y) => x[0] - y[0]);
  let total = 0;
  let end = -1;
  for (const [s, e] of sorted) {
    if (e <= end) continue;
    const from = Math.max(s, end);
    total += e - from - count(mask, from, e);
    end = e;
  }
  return total;
}

function setFigures(a: Uint32Array, b: Uint32Array, isEvidence: (hash: number) => boolean) {
  const setA = new Set<number>();
  for (const h of a) if (isEvidence(h)) setA.add(h);
  const setB = new Set<number>();
  for (const h of b) if (isEvidence(h)) setB.add(h);
  let shared = 0;
  for (const h of setA) if (setB.has(h)) shared++;
  const union = setA.size + setB.size - shared;
  return {
    containmentAInB: setA.size ? shared / setA.size : 0,
    containmentBInA: setB.size ? shared / setB.size : 0,
    jaccard: union ? shared / union : 0,
  };
}

/** A text with its boilerplate mask: passages neither start nor run through boilerplate. */
interface MaskedText extends ComparableText {
  mask: Uint8Array;
}

function matchSpans(a: MaskedText, b: MaskedText, isEvidence: (hash: number) => boolean, options: CompareOptions): MatchedSpan[] {
  const n = options.shingleLength;
  const positions = new Map<number, number[]>();
  // A shingle touching boilerplate (where two pieces of it meet) is no evidence either. Boilerplate stretches are longer
  // than a shingle, so a shingle touches one exactly when one of its ends lies in it.
  const touches = (t: MaskedText, i: number) => t.mask[i] === 1 || t.mask[i + n - 1] === 1;
  for (let j = 0; j < b.hashes.length; j++) {
    const h = b.hashes[j]!;
    if (!isEvidence(h) || touches(b, j)) continue;
    const list = positions.get(h);
    if (list) list.push(j);
    else positions.set(h, [j]);
  }
  // Seeds: a distinctive shingle of A found in B, extended both ways for as long as the characters agree — through
  // text that is no evidence by itself (a phrase of the trade inside a copied sentence) — so each seed is a maximal
  // exact match anchored on evidence.
  const seeds: Seed[] = [];
  let previous: Seed | null = null;
  for (let i = 0; i < a.hashes.length; i++) {
    const h = a.hashes[i]!;
    const list = isEvidence(h) && !touches(a, i) ? positions.get(h) : undefined;
    if (!list || list.length > options.maxRepeats) continue;
    // Where B repeats the shingle, prefer the place that continues the last seed.
    let pick = list[0]!;
    if (previous && list.length > 1) {
      const expected = previous.b1 + (i - previous.a1);
      for (const j of list) if (Math.abs(j - expected) < Math.abs(pick - expected)) pick = j;
    }
    const seed = extend(a, b, i, pick, n);
    seeds.push(seed);
    previous = seed;
    // The shingles after i inside the seed are on the same diagonal: nothing new to find there.
    i = Math.max(i, seed.a1 - n);
  }
  // Passages: seeds in A's order, joined to one of the last few passages when close in both texts and in the same
  // order (looking past the last one: a chance match elsewhere in B must not cut a passage in two).
  const spans: Array<MatchedSpan & { exact: number }> = [];
  for (const seed of seeds) {
    const joined = spans.slice(-LOOK_BACK).reverse().find((last) => {
      const gapA = seed.a0 - last.a[1];
      const gapB = seed.b0 - last.b[1];
      return gapA <= options.maxGap && gapB <= options.maxGap && gapB >= -n && seed.b1 > last.b[1];
    });
    if (joined) {
      joined.a[1] = Math.max(joined.a[1], seed.a1);
      joined.b[1] = seed.b1;
      joined.exact += seed.a1 - seed.a0;
    } else {
      spans.push({ a: [seed.a0, seed.a1], b: [seed.b0, seed.b1], exact: seed.a1 - seed.a0 });
    }
  }
  return spans
    .filter((s) => s.exact >= options.minExactChars)
    .map((s) => reach(a, b, s))
    .filter((s) => s.a[1] - s.a[0] >= options.minPassageChars && s.b[1] - s.b[0] >= options.minPassageChars);
}

/** How far past a passage's end (or before its start) reach() looks for the copied text going on. */
const REACH = 12;
/** … for a match this long, on nearly the same diagonal (an insertion or a dropped word shifts it a little). */
const REACH_MATCH = 3;
const REACH_DRIFT = 6;

/**
 * A passage's ends carried over the edits around them: while a short exact match follows within a few characters on
 * nearly the same diagonal, the passage goes on to its end. A copied sentence that starts or ends with a swapped word
 * counts whole, as the copier's share should.
 */
function reach(a: MaskedText, b: MaskedText, span: MatchedSpan): MatchedSpan {
  const same = (x: number, y: number) => a.text.charCodeAt(x) === b.text.charCodeAt(y) && a.mask[x] === 0 && b.mask[y] === 0;
  let [a0, a1] = span.a;
  let [b0, b1] = span.b;
  for (let found = true; found; ) {
    found = false;
    search: for (let x = a1; x < Math.min(a.text.length, a1 + REACH); x++) {
      for (let y = Math.max(b1, b1 + (x - a1) - REACH_DRIFT); y < Math.min(b.text.length, b1 + (x - a1) + REACH_DRIFT + 1); y++) {
        let k = 0;
        while (x + k < a.text.length && y + k < b.text.length && same(x + k, y + k)) k++;
        if (k >= REACH_MATCH) {
          a1 = x + k;
          b1 = y + k;
          found = true;
          break search;
        }
      }
    }
  }
  for (let found = true; found; ) {
    found = false;
    search: for (let x = a0; x > Math.max(0, a0 - REACH); x--) {
      for (let y = Math.min(b0, b0 - (a0 - x) + REACH_DRIFT); y > Math.max(0, b0 - (a0 - x) - REACH_DRIFT - 1); y--) {
        let k = 0;
        while (x - k > 0 && y - k > 0 && same(x - k - 1, y - k - 1)) k++;
        if (k >= REACH_MATCH) {
          a0 = x - k;
          b0 = y - k;
          found = true;
          break search;
        }
      }
    }
  }
  return { a: [a0, a1], b: [b0, b1] };
}

/** The exact match through the shingle at a[i] = b[j], as far as the characters agree each way and are not boilerplate. */
function extend(a: MaskedText, b: MaskedText, i: number, j: number, n: number): Seed {
  const same = (x: number, y: number) => a.text.charCodeAt(x) === b.text.charCodeAt(y) && a.mask[x] === 0 && b.mask[y] === 0;
  let a0 = i;
  let b0 = j;
  while (a0 > 0 && b0 > 0 && same(a0 - 1, b0 - 1)) {
    a0--;
    b0--;
  }
  let a1 = i + n;
  let b1 = j + n;
  while (a1 < a.text.length && b1 < b.text.length && same(a1, b1)) {
    a1++;
    b1++;
  }
  return { a0, a1, b0, b1 };
}

/** Passages looked back at when joining a seed. */
const LOOK_BACK = 4;
