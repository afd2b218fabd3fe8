// How many documents contain each shingle. Three kinds of text follow from the count:
//   boilerplate   the notice's and the rubric's wording, marked as such: never evidence, never counted as anyone's own
//                 text;
//   widespread    found in manyDocuments or more: a phrase of the trade, or a template that goes round — not evidence
//                 that two documents copied each other, but material for 模板雷同 (templates.ts);
//   distinctive   everything else: the evidence between two documents.
// Counted in a fixed table indexed by hash (a count sketch): memory stays bounded at any corpus size, and a collision
// can only make a rare shingle look more common, never the reverse.

import { mix32 } from './shingles.js';

/** The count that marks boilerplate; counting stops one short of it. */
export const BOILERPLATE_COUNT = 255;
const SATURATED = BOILERPLATE_COUNT;

export interface CommonTextPolicy {
  /** A shingle in at least this many documents is shared by many: not evidence between two of them. */
  manyDocuments: number;
}

// Four: a passage two or three teams share is reported pair by pair; one four or more share is a template (templates.ts).
export const DEFAULT_COMMON_TEXT: CommonTextPolicy = { manyDocuments: 4 };

export class ShingleFrequency {
  private readonly counts: Uint8Array;
  private readonly shift: number;
  private documentCount = 0;

  /** expectedShingles: about how many distinct shingles the corpus will hold (the table is sized at four times that, within 2^16..2^27). */
  constructor(expectedShingles: number) {
    let bits = 16;
    while (bits < 27 && 2 ** bits < expectedShingles * 4) bits++;
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
      if (this.counts[slot]! < SATURATED - 1) this.counts[slot]! += 1;
    }
    this.documentCount += 1;
  }

  /** Text that is boilerplate by definition (the notice, the rubric, the forms). */
  markBoilerplate(distinct: Uint32Array): void {
    for (let i = 0; i < distinct.length; i++) this.counts[this.slot(distinct[i]!)] = SATURATED;
  }

  frequency(hash: number): number {
    return this.counts[this.slot(hash)]!;
  }

  /** True for boilerplate (counting stops one short of the mark, so only marking reaches it). */
  boilerplatePredicate(): (hash: number) => boolean {
    return (hash) => this.counts[this.slot(hash)] === SATURATED;
  }

  /** True for text shared by many (boilerplate included): not evidence between two documents. */
  widespreadPredicate(policy: CommonTextPolicy = DEFAULT_COMMON_TEXT): (hash: number) => boolean {
    const threshold = policy.manyDocuments;
    return (hash) => this.counts[this.slot(hash)]! >= threshold;
  }

  private slot(hash: number): number {
    // A second mix, so the table's index does not share bits with the fingerprint sampling.
    return mix32(hash ^ 0x9e3779b9) >>> this.shift;
  }
}
