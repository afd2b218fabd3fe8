import { request } from './client';
import type { Page } from './types';

/**
 * The secretariat console's 材料查重 calls: the text of every declaration PDF and PPTX of this and earlier years,
 * compared for near-duplicates. The contract is server/src/modules/similarity.
 */

export type SimilarityRunStatus = 'queued' | 'running' | 'done' | 'failed';
export type SimilarityPhase = 'extract' | 'index' | 'compare';
export type SimilarityDocKind = 'pdf' | 'ppt';
export type SimilarityDocStatus = 'indexed' | 'uncheckable';

export interface SimilarityRun {
  id: number;
  trigger: 'screening' | 'manual';
  triggerLabel: string;
  status: SimilarityRunStatus;
  statusLabel: string;
  phase: SimilarityPhase | null;
  phaseLabel: string | null;
  done: number;
  total: number;
  /** 0..100 */
  percent: number;
  documents: number;
  newDocuments: number;
  uncheckable: number;
  candidates: number;
  pairs: number;
  suspicious: number;
  error: string | null;
  requestedBy: string;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

export interface SimilarityOverview {
  latestRun: SimilarityRun | null;
  documents: { indexed: number; uncheckable: number; total: number };
  pairs: { total: number; suspicious: number; dismissed: number };
}

/** One of the two documents of a pair. */
export interface SimilarityDocSide {
  documentId: number;
  applicationId: number;
  campaignYear: number;
  kind: SimilarityDocKind;
  kindLabel: string;
  fileName: string;
  teamName: string | null;
  enterpriseName: string | null;
  unitName: string | null;
  statusLabel: string;
  pages: number;
}

/** Figures are fractions 0..1, except matchedChars and passageCount. */
export interface SimilarityPair {
  id: number;
  score: number;
  suspicious: boolean;
  containmentAInB: number;
  containmentBInA: number;
  jaccard: number;
  coverageA: number;
  coverageB: number;
  matchedChars: number;
  passageCount: number;
  checkedAt: string;
  caseId: number | null;
  /** 核实无问题: when, by whom and why; null while the pair is open. */
  dismissal: { at: string; by: string; reason: string } | null;
  a: SimilarityDocSide;
  b: SimilarityDocSide;
}

/** Pages (or slides, for a PPT) of one side of a passage; fromPage = toPage when it lies on one page. */
export interface PassageSide {
  fromPage: number;
  toPage: number;
  text: string;
}

export interface SimilarityPassage {
  a: PassageSide;
  b: PassageSide;
  chars: number;
}

export interface SimilarityPairDetail extends SimilarityPair {
  passages: SimilarityPassage[];
}

export interface SimilarityDocument {
  id: number;
  applicationId: number;
  campaignYear: number;
  kind: SimilarityDocKind;
  kindLabel: string;
  fileName: string;
  teamName: string | null;
  enterpriseName: string | null;
  status: SimilarityDocStatus;
  reasonCode: string | null;
  /** Why the text could not be compared, in Chinese. */
  reason: string | null;
  pages: number;
  chars: number;
  extractedAt: string;
}

export interface SimilarityPairQuery {
  page: number;
  pageSize: number;
  suspiciousOnly: boolean;
  /** Also the pairs set aside as 核实无问题. */
  includeDismissed?: boolean;
}

export interface SimilarityDocumentQuery {
  status: SimilarityDocStatus;
  page: number;
  pageSize: number;
}

export interface OpenSimilarityCaseInput {
  /** One of the pair's two applications. */
  applicationId: number;
  /** At most 2000 characters. */
  description: string;
}

export const similarityApi = {
  overview: () => request<SimilarityOverview>('GET', '/similarity/overview'),
  /** 202; a run already queued is returned as is. */
  startRun: () => request<SimilarityRun>('POST', '/similarity/runs', { body: {} }),
  pairs: (query: SimilarityPairQuery) =>
    request<Page<SimilarityPair>>('GET', '/similarity/pairs', {
      query: { page: query.page, pageSize: query.pageSize, suspiciousOnly: String(query.suspiciousOnly), includeDismissed: String(query.includeDismissed ?? false) },
    }),
  pair: (id: number) => request<SimilarityPairDetail>('GET', `/similarity/pairs/${id}`),
  documents: (query: SimilarityDocumentQuery) => request<Page<SimilarityDocument>>('GET', '/similarity/documents', { query: { ...query } }),
  /** 201; 409 SIMILARITY_CASE_EXISTS when the pair's case is already open. */
  openCase: (pairId: number, input: OpenSimilarityCaseInput) => request<{ caseId: number }>('POST', `/similarity/pairs/${pairId}/case`, { body: input }),
  /** 核实无问题 with the reason (≤ 500 characters). */
  dismiss: (pairId: number, reason: string) => request<SimilarityPair>('POST', `/similarity/pairs/${pairId}/dismissal`, { body: { reason } }),
  restore: (pairId: number) => request<SimilarityPair>('DELETE', `/similarity/pairs/${pairId}/dismissal`),
};
