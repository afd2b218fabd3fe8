// How many documents contain each shingle, to discount text that every declaration shares: the notice's wording, the
// rubric's headings, the phrases of the trade. Counted in a fixed table indexed by hash (a count sketch): memory stays
// bounded at any corpus size, and a collision can only make a rare shingle look more common, never the reverse.

import { mix32 } from './shingles.js';

const SATURATED = 255;

export interface CommonTextPolicy {
  /** A shingle in at least this many documents is common, however small the corpus. */
  minDocuments: number;
  /** … or in at least this share of all documents, whichever is larger. */
  share: number;
}

export const DEFAULT_COMMON_TEXT: CommonTextPolicy = { minDocuments: 10, share: 0.02 };

export class ShingleFrequency {
  private readonly counts: Uint8Array;
  private readonly shift: number;
  private documentCount = 0;

  /** expectedShingles: about how many distinct shingles the corpus will hold (the table is sized at twice that, within 2^16..2^27). */
  constructor(expectedShingles: number) {
    let bits = 16;
    while (bits < 27 && 2 ** bits < expectedShingles * 2) bits++;
    this.counts = new Uint8Array(2 ** bits);
    this.shift = 32 - bits;
  }

  get documents(): number {
    return this.documentCount;
  }

  get bytes(): number {
    return this.counts.byteLength;
  }

  /** Counts one document, given its distinct shingles. */
  add(distinct: Uint32Array): void {
    for (let i = 0; i < distinct.length; i++) {
      const slot = this.slot(distinct[i]!);
      if (this.counts[slot]! < SATURATED) this.counts[slot]! += 1;
    }
    this.documentCount += 1;
  }

  /** Text that is common by definition (the notice, the rubric, the forms): always discounted. */
  markCommon(distinct: Uint32Array): void {
    for (let i = 0; i < distinct.length; i++) this.counts[this.slot(distinct[i]!)] = SATURATED;
  }

  frequency(hash: number): number {
    return this.counts[this.slot(hash)]!;
  }

  /** The discount for this corpus: a predicate true for shingles that are common. */
  commonPredicate(policy: CommonTextPolicy = DEFAULT_COMMON_TEXT): (hash: number) => boolean {
    const threshold = commonThreshold(this.documentCount, policy);
    return (hash) => this.counts[this.slot(hash)]! >= threshold;
  }

  private slot(hash: number): number {
    // A second mix, so the table's index does not share bits with the MinHash bins.
    return mix32(hash ^ 0x9e3779b9) >>> this.shift;
  }
}

/** The document count from which a shingle is common, for a corpus of n documents. */
export function commonThreshold(n: number, policy: CommonTextPolicy = DEFAULT_COMMON_TEXT): number {
  return Math.min(SATURATED, Math.max(policy.minDocuments, Math.ceil(policy.share * n)));
}
