// The whole 材料查重 run over a corpus held in memory: the evaluation's and the unit tests' entry point. The server runs
// the same steps itself (documents read from storage one at a time, pairs kept incrementally); both go through
// SimilarityIndex, so what is measured here is what the server does.

import type { PairFigures } from './compare.js';
import type { DocumentPages } from './normalise.js';
import { SimilarityIndex, type SimilarityOptions } from './similarity-index.js';
import type { TemplateCluster } from './templates.js';

export interface CorpusDocument {
  id: string;
  pages: DocumentPages;
  /** Documents of one application are never compared with each other (a PDF and the PPT telling the same story). */
  group?: string;
}

export interface DetectedPair {
  a: string;
  b: string;
  figures: PairFigures;
}

export interface DetectedCluster extends Omit<TemplateCluster, 'documents' | 'representative'> {
  documents: string[];
  representative: string;
}

export interface CorpusResult {
  /** Pairs at or above the reporting floor (options.reportFrom), highest score first. */
  pairs: DetectedPair[];
  /** Passages shared by many documents (模板雷同), largest first. */
  clusters: DetectedCluster[];
  candidates: number;
}

export function detectCorpus(documents: readonly CorpusDocument[], boilerplate: readonly string[], options: Partial<SimilarityOptions> = {}): CorpusResult {
  const totalChars = documents.reduce((n, d) => n + d.pages.reduce((m, p) => m + p.length, 0), 0);
  const index = new SimilarityIndex(totalChars, options);
  for (const text of boilerplate) index.addBoilerplate([text]);
  const prepared = documents.map((d) => index.prepare(d.pages));
  for (const document of prepared) index.count(document);
  const fingerprints = prepared.map((d) => index.sign(d));
  const group = (i: number) => documents[i]!.group ?? documents[i]!.id;
  const candidates = index.candidates(fingerprints, (i, j) => group(i) !== group(j));
  const pairs: DetectedPair[] = [];
  for (const [i, j] of candidates) {
    const figures = index.compare(prepared[i]!, prepared[j]!);
    if (figures.score >= index.options.reportFrom) pairs.push({ a: documents[i]!.id, b: documents[j]!.id, figures });
  }
  pairs.sort((x, y) => y.figures.score - x.figures.score);
  const clusters = index.templates(prepared.map((d) => index.templateRuns(d))).map((c) => ({
    ...c,
    documents: c.documents.map((k) => documents[k]!.id),
    representative: documents[c.representative]!.id,
  }));
  return { pairs, clusters, candidates: candidates.length };
}
