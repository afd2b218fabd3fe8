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
  /** 模板雷同 groups this run found. */
  clusters: number;
  error: string | null;
  /** The actor as recorded (`user:<id>`); show requestedByName. */
  requestedBy: string;
  /** The requester's name, or 「系统（初选后自动）」 for a run after screening. */
  requestedByName: string;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** How many pairs each filter of the list holds: suspicious + belowLine + dismissed = total. */
export interface SimilarityPairCounts {
  total: number;
  /** Not 核实无问题, at or above the 疑似 line: the list's default. */
  suspicious: number;
  /** Not 核实无问题, kept but below the 疑似 line. */
  belowLine: number;
  dismissed: number;
}

export interface SimilarityOverview {
  latestRun: SimilarityRun | null;
  /** The library now (not the latest run's own figures). */
  documents: { indexed: number; uncheckable: number; total: number };
  pairs: SimilarityPairCounts;
  /** Fractions: pairs are kept from reportFrom on and flagged 疑似雷同 from suspiciousFrom on. */
  thresholds: { reportFrom: number; suspiciousFrom: number };
  /** 模板雷同 groups found by the last finished run. */
  clusters: number;
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
  /** When the application was submitted; null if it never was. */
  submittedAt: string | null;
}

/** Which side came first (the earlier campaign across years, else the earlier submission) and each side's label. */
export interface SimilarityPrecedence {
  first: 'a' | 'b' | null;
  /** 「先提交」「后提交」「往年（2025 年度）」「后提交（2026 年度）」, or '' when unknown. */
  a: string;
  b: string;
}

/**
 * Figures are fractions 0..1, except matchedChars and passageCount. coverageA is the share of A's own text found in B,
 * coverageB the other way round; score is the larger. containment and jaccard are technical and not shown.
 */
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
  /** 核实无问题: when, by whom (byName is what people read) and why; null while the pair is open. */
  dismissal: { at: string; by: string; byName: string; reason: string } | null;
  precedence: SimilarityPrecedence;
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
  /** In A's reading order (page, then place on the page). */
  passages: SimilarityPassage[];
}

export interface SimilarityPairPage extends Page<SimilarityPair> {
  counts: SimilarityPairCounts;
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
    request<SimilarityPairPage>('GET', '/similarity/pairs', {
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
