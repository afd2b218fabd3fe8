import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SIMILARITY_RUN_TRIGGERS = ['screening', 'manual'] as const;
export type SimilarityRunTrigger = (typeof SIMILARITY_RUN_TRIGGERS)[number];
export const SIMILARITY_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type SimilarityRunStatus = (typeof SIMILARITY_RUN_STATUSES)[number];
export const SIMILARITY_RUN_PHASES = ['extract', 'index', 'compare'] as const;
export type SimilarityRunPhase = (typeof SIMILARITY_RUN_PHASES)[number];

export const SIMILARITY_RUN_TRIGGER_LABEL: Record<SimilarityRunTrigger, string> = { screening: '初选后自动', manual: '手动发起' };
export const SIMILARITY_RUN_STATUS_LABEL: Record<SimilarityRunStatus, string> = { queued: '排队中', running: '进行中', done: '已完成', failed: '未完成' };
export const SIMILARITY_RUN_PHASE_LABEL: Record<SimilarityRunPhase, string> = { extract: '提取文字', index: '建立索引', compare: '逐对比对' };

/** One similarity check over the corpus, run in the background; its progress and figures are read while it runs. */
@Entity('similarity_run')
export class SimilarityRun {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'simple-enum', enum: SIMILARITY_RUN_TRIGGERS })
  trigger: SimilarityRunTrigger;

  @Column({ type: 'simple-enum', enum: SIMILARITY_RUN_STATUSES })
  status: SimilarityRunStatus;

  @Column({ type: 'simple-enum', enum: SIMILARITY_RUN_PHASES, nullable: true })
  phase: SimilarityRunPhase | null;

  /** Progress within the phase. */
  @Column({ type: 'int' })
  done: number;

  @Column({ type: 'int' })
  total: number;

  /** Documents in the corpus (every current file of every submitted application, this year and earlier). */
  @Column({ type: 'int' })
  documents: number;

  /** Files extracted by this run (new or replaced since the last). */
  @Column({ type: 'int' })
  newDocuments: number;

  @Column({ type: 'int' })
  uncheckable: number;

  @Column({ type: 'int' })
  candidates: number;

  /** Pairs stored or updated by this run, and how many of them are suspicious. */
  @Column({ type: 'int' })
  pairs: number;

  @Column({ type: 'int' })
  suspicious: number;

  /** Template clusters (模板雷同) found by this run over the whole corpus. */
  @Column({ type: 'int', default: 0 })
  clusters: number;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'varchar', length: 100 })
  requestedBy: string;

  @Column({ type: 'datetime' })
  requestedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  finishedAt: Date | null;

  /** Written with the progress while a worker runs it (wall-clock time): a run quiet for long has lost its worker. */
  @Column({ type: 'datetime', nullable: true })
  heartbeatAt: Date | null;
}
