import { request } from './client';
import type { PassageSide, SimilarityDocSide } from './console-similarity';

/**
 * 模板雷同: passages that many teams' declarations share (not the notice's or the rubric's wording) — the same text
 * bought from one writer. The contract is server/src/modules/similarity/similarity-clusters.service.ts.
 */

/** One team's file in a cluster, with the share (0..1) of its own text inside the shared passages. */
export interface SimilarityClusterMember extends SimilarityDocSide {
  share: number;
}

export interface SimilarityCluster {
  id: number;
  /** The largest member share, 0..1. */
  score: number;
  documentCount: number;
  applicationCount: number;
  /** Characters of the shared passages. */
  chars: number;
  checkedAt: string;
  /** Largest share first. */
  members: SimilarityClusterMember[];
}

export interface SimilarityClusterDetail extends SimilarityCluster {
  /** The file whose wording is shown. */
  representative: SimilarityClusterMember;
  /** The shared passages as written in it, in document order. */
  passages: PassageSide[];
}

export const similarityClustersApi = {
  list: () => request<{ items: SimilarityCluster[] }>('GET', '/similarity/clusters'),
  one: (id: number) => request<SimilarityClusterDetail>('GET', `/similarity/clusters/${id}`),
};
