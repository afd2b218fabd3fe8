import type { ScoreSheet as ScorePoints } from '@cacem/shared';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { hundredths } from '../../common/hundredths.js';

export const SCORE_KINDS = ['materials', 'presentation'] as const;
export type ScoreKind = (typeof SCORE_KINDS)[number];

export const SCORE_SHEET_STATUSES = ['draft', 'submitted', 'returned', 'void'] as const;
/** draft → submitted; the leader may return a submitted sheet (returned → submitted again); void when its expert was removed. */
export type ScoreSheetStatus = (typeof SCORE_SHEET_STATUSES)[number];

/** 评分表: one expert's scores of one application, for the materials review (0–80) or the presentation (0–20). */
@Entity('score_sheet')
@Unique('UQ_score_sheet_application_expert_kind', ['applicationId', 'expertId', 'kind'])
export class ScoreSheetEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'int' })
  expertId: number;

  @Column({ type: 'simple-enum', enum: SCORE_KINDS })
  kind: ScoreKind;

  /** The draw and panel the expert scored in. */
  @Column({ type: 'int' })
  drawId: number;

  @Column({ type: 'int' })
  panelNo: number;

  /** Points per rubric item id; a draft may leave items out. */
  @Column({ type: 'simple-json' })
  scores: ScorePoints;

  /** The expert's comment per rubric item id. */
  @Column({ type: 'simple-json' })
  comments: Record<string, string>;

  @Column({ type: 'text', nullable: true })
  overallComment: string | null;

  @Column({ type: 'simple-enum', enum: SCORE_SHEET_STATUSES })
  status: ScoreSheetStatus;

  /** Set when submitted (shared scoreSheetTotal). */
  @Column({ type: 'int', nullable: true, transformer: hundredths })
  total: number | null;

  @Column({ type: 'datetime', nullable: true })
  submittedAt: Date | null;

  /** The leader's reason when the sheet was returned for correction. */
  @Column({ type: 'text', nullable: true })
  returnReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  returnedAt: Date | null;

  /**
   * When the expert first read their colleagues' sheets of this application (after submitting their own). A returned
   * sheet of an expert who has is a ScoreChange: the correction waits for the secretariat.
   */
  @Column({ type: 'datetime', nullable: true })
  colleaguesSeenAt: Date | null;

  /** Bumped by every change; updates are conditional on it. */
  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
