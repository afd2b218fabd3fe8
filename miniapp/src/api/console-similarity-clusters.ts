import { call, type Schemas } from './contract';

/**
 * 模板雷同: passages that many teams' declarations share (not the notice's or the rubric's wording) — the same text
 * bought from one writer. The shapes are the server's own (server/src/modules/similarity/similarity.schemas.ts).
 */

/** One team's file in a cluster, with the share (0..1) of its own text inside the shared passages. */
export type SimilarityClusterMember = Schemas['SimilarityClusterMember'];
export type SimilarityCluster = Schemas['SimilarityClusterView'];
/** A cluster with the file whose wording is shown (representative) and the shared passages as written in it. */
export type SimilarityClusterDetail = Schemas['SimilarityClusterDetail'];

export const similarityClustersApi = {
  list: () => call('GET', '/similarity/clusters'),
  one: (id: number) => call('GET', '/similarity/clusters/{id}', { path: { id } }),
};
