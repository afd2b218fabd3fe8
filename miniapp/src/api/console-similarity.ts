import { call, type QueryOf, type Schemas } from './contract';

/**
 * The secretariat console's 材料查重 calls: the text of every declaration PDF and PPTX of this and earlier years,
 * compared for near-duplicates. The shapes are the server's own (server/src/modules/similarity/similarity.schemas.ts),
 * generated into schema.gen.ts.
 */

export type SimilarityRun = Schemas['SimilarityRunView'];
export type SimilarityRunStatus = SimilarityRun['status'];
export type SimilarityPhase = NonNullable<SimilarityRun['phase']>;
/** How many pairs each filter of the list holds: suspicious + belowLine + dismissed = total. */
export type SimilarityPairCounts = Schemas['SimilarityPairCounts'];
export type SimilarityOverview = Schemas['SimilarityOverview'];
/** One of the two documents of a pair. */
export type SimilarityDocSide = Schemas['SimilarityDocSide'];
export type SimilarityDocKind = SimilarityDocSide['kind'];
/** Which side came first (the earlier campaign across years, else the earlier submission) and each side's label. */
export type SimilarityPrecedence = Schemas['SimilarityPrecedence'];
/**
 * Figures are fractions 0..1, except matchedChars and passageCount. coverageA is the share of A's own text found in B,
 * coverageB the other way round; score is the larger. containment and jaccard are technical and not shown.
 */
export type SimilarityPair = Schemas['SimilarityPairView'];
/** Pages (or slides, for a PPT) of one side of a passage; fromPage = toPage when it lies on one page. */
export type PassageSide = Schemas['SimilarityPassageSide'];
export type SimilarityPassage = Schemas['SimilarityPassage'];
export type SimilarityPairDetail = Schemas['SimilarityPairDetail'];
export type SimilarityPairPage = Schemas['SimilarityPairPage'];
export type SimilarityDocument = Schemas['SimilarityDocumentView'];
export type SimilarityDocStatus = SimilarityDocument['status'];

export type SimilarityPairQuery = NonNullable<QueryOf<'GET', '/similarity/pairs'>>;
export type SimilarityDocumentQuery = NonNullable<QueryOf<'GET', '/similarity/documents'>>;
export type OpenSimilarityCaseInput = Schemas['OpenPairCaseDto'];

export const similarityApi = {
  overview: () => call('GET', '/similarity/overview'),
  /** 202; a run already queued is returned as is. */
  startRun: () => call('POST', '/similarity/runs'),
  pairs: (query: SimilarityPairQuery) => call('GET', '/similarity/pairs', { query }),
  pair: (id: number) => call('GET', '/similarity/pairs/{id}', { path: { id } }),
  documents: (query: SimilarityDocumentQuery) => call('GET', '/similarity/documents', { query }),
  /** 201; 409 SIMILARITY_CASE_EXISTS when the pair's case is already open. */
  openCase: (pairId: number, input: OpenSimilarityCaseInput) => call('POST', '/similarity/pairs/{id}/case', { path: { id: pairId }, body: input }),
  /** 核实无问题 with the reason (≤ 500 characters). */
  dismiss: (pairId: number, reason: string) => call('POST', '/similarity/pairs/{id}/dismissal', { path: { id: pairId }, body: { reason } }),
  restore: (pairId: number) => call('DELETE', '/similarity/pairs/{id}/dismissal', { path: { id: pairId } }),
};
