// Precision and recall of the similarity check on a synthetic corpus with planted copies (issue 8, item 5).

import type { DocumentPages } from './normalise.js';
import { type PreparedText, SimilarityIndex, type SimilarityOptions } from './similarity-index.js';
import type { SyntheticCorpus } from './synthetic-corpus.js';

export interface ProportionRow {
  /** The proportion planted, e.g. 0.3. */
  proportion: number;
  /** The mean share actually taken (whole paragraphs are copied, so it is near, not at, the proportion). */
  measured: number;
  pairs: number;
  flagged: number;
  recall: number;
  /** Mean of the score the check gave these pairs (0 where it found nothing). */
  meanScore: number;
}

export interface EvaluationResult {
  rows: ProportionRow[];
  documents: number;
  candidates: number;
  flagged: number;
  /** Flagged pairs with nothing planted between them. */
  falseAlarms: number;
  /** Flagged pairs planted below the target share (real copying, but under 30 %). */
  flaggedBelowTarget: number;
  /** Recall over pairs sharing at least the target share. */
  recallAtTarget: number;
  /** Flagged pairs that share at least the target, over all flagged pairs (copies below the target count against it). */
  precisionAtTarget: number;
  /** Flagged pairs with any planted copying, over all flagged pairs. */
  precisionAnyCopy: number;
}

const pairKey = (x: string, y: string) => (x < y ? `${x}|${y}` : `${y}|${x}`);

/** Runs the four steps over the corpus in memory and scores the flagged pairs against the planted ones. */
export function evaluateDetection(corpus: SyntheticCorpus, options: Partial<SimilarityOptions> = {}, target = 0.3): EvaluationResult {
  const totalChars = corpus.documents.reduce((n, d) => n + d.pages.reduce((m, p) => m + p.length, 0), 0);
  const index = new SimilarityIndex(totalChars, options);
  index.addBoilerplate(corpus.boilerplate as DocumentPages);
  const prepared: PreparedText[] = corpus.documents.map((d) => index.prepare(d.pages));
  for (const document of prepared) index.count(document);
  const signatures = prepared.map((d) => index.sign(d));
  const candidates = index.candidates(signatures);
  const scores = new Map<string, number>();
  for (const [i, j] of candidates) {
    const figures = index.compare(prepared[i]!, prepared[j]!);
    if (figures.score >= index.options.reportFrom) scores.set(pairKey(corpus.documents[i]!.id, corpus.documents[j]!.id), figures.score);
  }
  const suspicious = index.options.suspiciousFrom;
  const plantedBy = new Map(corpus.planted.map((p) => [pairKey(p.copyId, p.sourceId), p.nominal]));
  const flaggedKeys = [...scores].filter(([, score]) => score >= suspicious).map(([key]) => key);
  const nominals = [...new Set(corpus.planted.map((p) => p.nominal))].sort((a, b) => a - b);
  const rows = nominals.map((nominal) => {
    const inBand = corpus.planted.filter((p) => p.nominal === nominal);
    const found = inBand.map((p) => scores.get(pairKey(p.copyId, p.sourceId)) ?? 0);
    const flagged = found.filter((s) => s >= suspicious).length;
    const measured = inBand.reduce((n, p) => n + p.proportion, 0) / inBand.length;
    return { proportion: nominal, measured, pairs: inBand.length, flagged, recall: flagged / inBand.length, meanScore: found.reduce((a, b) => a + b, 0) / found.length };
  });
  const atTarget = corpus.planted.filter((p) => p.nominal >= target);
  const atTargetFlagged = atTarget.filter((p) => (scores.get(pairKey(p.copyId, p.sourceId)) ?? 0) >= suspicious).length;
  const falseAlarms = flaggedKeys.filter((k) => !plantedBy.has(k)).length;
  const flaggedBelowTarget = flaggedKeys.filter((k) => plantedBy.has(k) && plantedBy.get(k)! < target).length;
  const flagged = flaggedKeys.length;
  return {
    rows,
    documents: corpus.documents.length,
    candidates: candidates.length,
    flagged,
    falseAlarms,
    flaggedBelowTarget,
    recallAtTarget: atTarget.length ? atTargetFlagged / atTarget.length : 1,
    precisionAtTarget: flagged ? (flagged - falseAlarms - flaggedBelowTarget) / flagged : 1,
    precisionAnyCopy: flagged ? (flagged - falseAlarms) / flagged : 1,
  };
}
