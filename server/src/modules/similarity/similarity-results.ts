import type { PairFigures, TemplateCluster } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { SimilarityCluster } from './similarity-cluster.entity.js';
import type { SimilarityDocument } from './similarity-document.entity.js';
import { SimilarityPair } from './similarity-pair.entity.js';

// What a run keeps: each pair's figures and spans, and the template clusters.

/** Spans kept per pair: the longest. */
const SPANS_KEPT = 50;

/** A pair's figures and its longest spans, inserted or refreshed (a case or a 核实无问题 on it stays). */
export async function savePair(
  dataSource: DataSource,
  runId: number,
  a: SimilarityDocument,
  b: SimilarityDocument,
  figures: PairFigures,
  suspicious: boolean,
  now: Date,
): Promise<void> {
  const spans = [...figures.spans]
    .sort((x, y) => y.a[1] - y.a[0] - (x.a[1] - x.a[0]))
    .slice(0, SPANS_KEPT)
    .map((s) => [s.a[0], s.a[1], s.b[0], s.b[1]]);
  const repository = dataSource.getRepository(SimilarityPair);
  const values = {
    applicationAId: a.applicationId,
    applicationBId: b.applicationId,
    score: figures.score,
    suspicious,
    containmentAInB: figures.containmentAInB,
    containmentBInA: figures.containmentBInA,
    jaccard: figures.jaccard,
    coverageA: figures.coverageA,
    coverageB: figures.coverageB,
    matchedChars: figures.matchedChars,
    passageCount: figures.spans.length,
    spans: JSON.stringify(spans),
    runId,
    checkedAt: now,
  };
  const existing = await repository.findOneBy({ documentAId: a.id, documentBId: b.id });
  if (existing) await repository.update({ id: existing.id }, values);
  else await repository.insert({ documentAId: a.id, documentBId: b.id, caseId: null, ...values });
}

/**
 * This run's template clusters in place of the last ones (clusters are found over the whole corpus each time);
 * indexed: the documents in the order the clusters' indexes refer to. Returns how many were kept.
 */
export async function replaceClusters(dataSource: DataSource, runId: number, indexed: readonly SimilarityDocument[], found: readonly TemplateCluster[], now: Date): Promise<number> {
  const rows = found.map((cluster) => {
    const members = cluster.documents.map((k, m) => ({ documentId: indexed[k]!.id, applicationId: indexed[k]!.applicationId, share: cluster.shares[m]! }));
    return {
      runId,
      documentCount: members.length,
      applicationCount: new Set(members.map((m) => m.applicationId)).size,
      score: Math.max(...members.map((m) => m.share)),
      chars: cluster.chars,
      representativeDocumentId: indexed[cluster.representative]!.id,
      members: JSON.stringify(members),
      spans: JSON.stringify(cluster.spans),
      checkedAt: now,
    };
  });
  await dataSource.transaction(async (manager) => {
    await manager.createQueryBuilder().delete().from(SimilarityCluster).execute();
    if (rows.length) await manager.insert(SimilarityCluster, rows);
  });
  return rows.length;
}
