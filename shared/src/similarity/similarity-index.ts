// The steps of one similarity run over a corpus, in the order they must happen:
//   1. count(): every document's shingles into the document frequencies (and the boilerplate marked common);
//   2. sign(): every document's MinHash signature over its distinctive shingles;
//   3. candidates(): pairs that share an LSH band and pass the signature estimate;
//   4. compare(): exact figures and passages for each candidate.
// Documents are handed in by the caller at each step (read from storage, generated, …), so the index itself holds only
// the frequency table and nothing per document: memory stays bounded as the corpus grows.

import { compareTexts, DEFAULT_COMPARE, type CompareOptions, type PairFigures } from './compare.js';
import { DEFAULT_LSH, lshCandidatePairs, type LshParameters, minhashSignature } from './minhash.js';
import { type DocumentPages, normaliseText } from './normalise.js';
import { type CommonTextPolicy, DEFAULT_COMMON_TEXT, ShingleFrequency } from './shingle-frequency.js';
import { distinctShingles, shingleHashes } from './shingles.js';

export interface SimilarityOptions {
  lsh: LshParameters;
  compare: CompareOptions;
  common: CommonTextPolicy;
  /** Pairs scoring below this are not kept at all. */
  reportFrom: number;
  /** Pairs scoring at or above this are flagged as suspicious (疑似抄袭). */
  suspiciousFrom: number;
}

export const DEFAULT_SIMILARITY: SimilarityOptions = {
  lsh: DEFAULT_LSH,
  compare: DEFAULT_COMPARE,
  common: DEFAULT_COMMON_TEXT,
  reportFrom: 0.1,
  suspiciousFrom: 0.25,
};

/** A document prepared for the steps: its normalised text and shingles. */
export interface PreparedText {
  text: string;
  hashes: Uint32Array;
  distinct: Uint32Array;
}

export function prepareText(pages: DocumentPages, shingleLength = DEFAULT_COMPARE.shingleLength): PreparedText {
  const { text } = normaliseText(pages);
  const hashes = shingleHashes(text, shingleLength);
  return { text, hashes, distinct: distinctShingles(hashes) };
}

export class SimilarityIndex {
  readonly options: SimilarityOptions;
  private readonly frequency: ShingleFrequency;
  private common: ((hash: number) => boolean) | null = null;

  /** expectedCharacters: about how many normalised characters the whole corpus holds (sizes the frequency table). */
  constructor(expectedCharacters: number, options: Partial<SimilarityOptions> = {}) {
    this.options = { ...DEFAULT_SIMILARITY, ...options };
    this.frequency = new ShingleFrequency(expectedCharacters);
  }

  get documents(): number {
    return this.frequency.documents;
  }

  get tableBytes(): number {
    return this.frequency.bytes;
  }

  prepare(pages: DocumentPages): PreparedText {
    return prepareText(pages, this.options.compare.shingleLength);
  }

  /** Text every declaration shares by design (the notice, the rubric headings, the forms): never evidence. */
  addBoilerplate(pages: DocumentPages): void {
    this.assertCounting();
    this.frequency.markCommon(this.prepare(pages).distinct);
  }

  /** Step 1, once per document of the corpus. */
  count(document: PreparedText): void {
    this.assertCounting();
    this.frequency.add(document.distinct);
  }

  /** True for a shingle that is common in this corpus; fixed once the first signature is taken. */
  isCommon(hash: number): boolean {
    this.common ??= this.frequency.commonPredicate(this.options.common);
    return this.common(hash);
  }

  /** Step 2: null when the document has no distinctive text at all. */
  sign(document: PreparedText): Uint32Array | null {
    return minhashSignature(document.distinct, (h) => !this.isCommon(h), this.options.lsh.signatureSize);
  }

  /** Step 3. */
  candidates(signatures: ReadonlyArray<Uint32Array | null>, accept?: (i: number, j: number) => boolean): Array<[number, number]> {
    return lshCandidatePairs(signatures, this.options.lsh, accept);
  }

  /** Step 4. */
  compare(a: PreparedText, b: PreparedText): PairFigures {
    return compareTexts(a, b, (h) => this.isCommon(h), this.options.compare);
  }

  private assertCounting(): void {
    if (this.common) throw new Error('documents are counted before any signature is taken');
  }
}
