import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * 模板雷同: passages shared by many documents (of different applications) that are not the notice's or the rubric's
 * wording — the same text bought by several teams from one writer. Found afresh by every run over the whole corpus
 * (a cluster's documents change as files come and go), so the rows of the last finished run are the current ones.
 */
@Entity('similarity_cluster')
@Index('IDX_similarity_cluster_run', ['runId'])
export class SimilarityCluster {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  runId: number;

  /** Documents sharing the passages, and the applications they belong to. */
  @Column({ type: 'int' })
  documentCount: number;

  @Column({ type: 'int' })
  applicationCount: number;

  /** The largest share of a member's own text inside the shared passages, 0..1: how the cluster ranks with the pairs. */
  @Column({ type: 'double' })
  score: number;

  /** Normalised characters of the shared passages in the representative document. */
  @Column({ type: 'int' })
  chars: number;

  /** The document whose wording is shown. */
  @Column({ type: 'int' })
  representativeDocumentId: number;

  /** JSON [{ documentId, applicationId, share }], in document id order. */
  @Column({ type: 'text' })
  members: string;

  /** JSON [[start, end], …] in the representative's normalised text. */
  @Column({ type: 'text' })
  spans: string;

  @Column({ type: 'datetime' })
  checkedAt: Date;
}
