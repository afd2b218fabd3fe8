import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * Two documents of different applications whose texts overlap beyond the reporting floor, with the figures of the
 * exact comparison and the matched spans (normalised offsets; the passages are read back from the stored texts).
 * documentAId < documentBId.
 */
@Entity('similarity_pair')
@Unique('UQ_similarity_pair_documents', ['documentAId', 'documentBId'])
@Index('IDX_similarity_pair_score', ['score'])
export class SimilarityPair {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  documentAId: number;

  @Column({ type: 'int' })
  documentBId: number;

  @Column({ type: 'int' })
  applicationAId: number;

  @Column({ type: 'int' })
  applicationBId: number;

  /** The larger coverage, 0..1: how much of one document reads as taken from the other. */
  @Column({ type: 'double' })
  score: number;

  @Column({ type: 'boolean', default: false })
  suspicious: boolean;

  @Column({ type: 'double' })
  containmentAInB: number;

  @Column({ type: 'double' })
  containmentBInA: number;

  @Column({ type: 'double' })
  jaccard: number;

  @Column({ type: 'double' })
  coverageA: number;

  @Column({ type: 'double' })
  coverageB: number;

  @Column({ type: 'int' })
  matchedChars: number;

  @Column({ type: 'int' })
  passageCount: number;

  /** JSON [[aStart, aEnd, bStart, bEnd], …] in the normalised texts, longest first (at most 50). */
  @Column({ type: 'text' })
  spans: string;

  @Column({ type: 'int' })
  runId: number;

  @Column({ type: 'datetime' })
  checkedAt: Date;

  /** The misconduct case opened from this pair, if any. */
  @Column({ type: 'int', nullable: true })
  caseId: number | null;

  /** 核实无问题: the secretariat looked into the pair and found no copying (with the reason); hidden from the list by default. */
  @Column({ type: 'datetime', nullable: true })
  dismissedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  dismissedBy: string | null;

  @Column({ type: 'text', nullable: true })
  dismissReason: string | null;
}
