// The steps of one similarity run over a corpus, in the order they must happen:
//   1. count(): every document's shingles into the document frequencies (and the boilerplate marked);
//   2. sign(): every document's fingerprint (sampled distinctive shingles that other documents have too), and
//      templateRuns(): its runs of widespread text;
//   3. candidates(): pairs sharing a few sampled shingles; templates(): passages shared by many documents;
//   4. compare(): exact figures and passages for each candidate.
// Documents are handed in by the caller at each step (read from storage, generated, …), so the index itself holds only
// the frequency table and nothing per document: memory stays bounded as the corpus grows.

import { compareTexts, DEFAULT_COMPARE, type CompareOptions, type PairFigures, type ShingleClasses } from './compare.js';
import { candidatePairs, DEFAULT_FINGERPRINTS, type Fingerprint, fingerprint, type FingerprintParameters } from './fingerprints.js';
import { stripPageFurniture } from './furniture.js';
import { type DocumentPages, normaliseText } from './normalise.js';
import { BOILERPLATE_COUNT, type CommonTextPolicy, DEFAULT_COMMON_TEXT, ShingleFrequency } from './shingle-frequency.js';
import { distinctShingles, shingleHashes } from './shingles.js';
import {
  DEFAULT_TEMPLATES,
  type DocumentRuns,
  SHINGLE_BOILERPLATE,
  SHINGLE_OWN,
  SHINGLE_WIDESPREAD,
  type TemplateCluster,
  templateClusters,
  type TemplateOptions,
  templateRuns,
} from './templates.js';

export interface SimilarityOptions {
  fingerprints: FingerprintParameters;
  compare: CompareOptions;
  common: CommonTextPolicy;
  templates: TemplateOptions;
  /** Pairs scoring below this are not kept at all. */
  reportFrom: number;
  /** Pairs scoring at or above this are flagged as suspicious (疑似雷同). */
  suspiciousFrom: number;
}

export const DEFAULT_SIMILARITY: SimilarityOptions = {
  fingerprints: DEFAULT_FINGERPRINTS,
  compare: DEFAULT_COMPARE,
  common: DEFAULT_COMMON_TEXT,
  templates: DEFAULT_TEMPLATES,
  reportFrom: 0.1,
  // A fifth of a declaration's own text found in another is what the secretariat must look at; reported shares sit
  // within a few points of the share copied, so 15 % catches the fifth and leaves the tenth below.
  suspiciousFrom: 0.15,
};

/** A document prepared for the steps: its normalised text (page furniture left out) and shingles. */
export interface PreparedText {
  text: string;
  hashes: Uint32Array;
  distinct: Uint32Array;
}

export function prepareText(pages: DocumentPages, shingleLength = DEFAULT_COMPARE.shingleLength): PreparedText {
  const { text } = normaliseText(stripPageFurniture(pages));
  const hashes = shingleHashes(text, shingleLength);
  return { text, hashes, distinct: distinctShingles(hashes) };
}

export class SimilarityIndex {
  readonly options: SimilarityOptions;
  private readonly frequency: ShingleFrequency;
  private classes: (ShingleClasses & { isWidespread: (hash: number) => boolean }) | null = null;

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
    this.frequency.markBoilerplate(this.prepare(pages).distinct);
  }

  /** Step 1, once per document of the corpus. */
  count(document: PreparedText): void {
    this.assertCounting();
    this.frequency.add(document.distinct);
  }

  /** Step 2: the sampled shingles another document may share; null when there are none. */
  sign(document: PreparedText): Fingerprint | null {
    const { isEvidence } = this.shingleClasses();
    return fingerprint(document.distinct, isEvidence, (h) => this.frequency.frequency(h) >= 2, this.options.fingerprints);
  }

  /** Step 2, for 模板雷同: the document's runs of widespread text. */
  templateRuns(document: PreparedText): DocumentRuns {
    this.shingleClasses();
    const many = this.options.common.manyDocuments;
    const kinds = new Uint8Array(document.hashes.length);
    for (let i = 0; i < kinds.length; i++) {
      const f = this.frequency.frequency(document.hashes[i]!);
      kinds[i] = f === BOILERPLATE_COUNT ? SHINGLE_BOILERPLATE : f >= many ? SHINGLE_WIDESPREAD : SHINGLE_OWN;
    }
    return templateRuns(document, kinds, this.options.templates, this.options.compare.shingleLength);
  }

  /** Step 3. */
  candidates(fingerprints: ReadonlyArray<Fingerprint | null>, accept?: (i: number, j: number) => boolean): Array<[number, number]> {
    return candidatePairs(fingerprints, this.options.fingerprints, accept);
  }

  /** Step 3, for 模板雷同: passages shared by many documents, given every document's runs (indexed as the documents). */
  templates(runs: readonly DocumentRuns[]): TemplateCluster[] {
    return templateClusters(runs, this.options.common.manyDocuments, this.options.templates);
  }

  /** Step 4. */
  compare(a: PreparedText, b: PreparedText): PairFigures {
    return compareTexts(a, b, this.shingleClasses(), this.options.compare);
  }

  private shingleClasses() {
    if (!this.classes) {
      const isWidespread = this.frequency.widespreadPredicate(this.options.common);
      const isBoilerplate = this.frequency.boilerplatePredicate();
      this.classes = { isWidespread, isBoilerplate, isEvidence: (h) => !isWidespread(h) };
    }
    return this.classes;
  }

  private assertCounting(): void {
    if (this.classes) throw new Error('documents are counted before any signature is taken');
  }
}
