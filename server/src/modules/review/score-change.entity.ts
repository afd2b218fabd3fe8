import type { ScoreSheet as ScorePoints } from '@cacem/shared';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { hundredths } from '../../common/hundredths.js';
import { SCORE_KINDS, type ScoreKind } from './score-sheet.entity.js';

export const SCORE_CHANGE_STATUSES = ['returned', 'pending', 'approved', 'rejected'] as const;
/**
 * returned: the sheet went back to an expert who had read colleagues' sheets; pending: they resubmitted and the new
 * scores wait for the secretariat; approved (the new scores count) or rejected (the previous ones stay).
 */
export type ScoreChangeStatus = (typeof SCORE_CHANGE_STATUSES)[number];
export const SCORE_CHANGE_STATUS_LABEL: Record<ScoreChangeStatus, string> = {
  returned: '已退回，待专家更正',
  pending: '待秘书处审核',
  approved: '秘书处已同意',
  rejected: '秘书处未同意，维持原评分',
};

/**
 * 评分更正: a returned sheet of an expert who had already read their colleagues' sheets. Their correction does not count
 * until the secretariat approves it; until then the scores submitted before the return stay what counts.
 */
@Entity('score_change')
@Index('IDX_score_change_sheet', ['sheetId'])
export class ScoreChange {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  sheetId: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'int' })
  expertId: number;

  @Column({ type: 'simple-enum', enum: SCORE_KINDS })
  kind: ScoreKind;

  @Column({ type: 'int' })
  panelNo: number;

  @Column({ type: 'simple-enum', enum: SCORE_CHANGE_STATUSES })
  status: ScoreChangeStatus;

  /** The sheet as submitted before the return: what counts until the secretariat approves the change. */
  @Column({ type: 'simple-json' })
  beforeScores: ScorePoints;

  @Column({ type: 'int', transformer: hundredths })
  beforeTotal: number;

  @Column({ type: 'simple-json' })
  beforeComments: Record<string, string>;

  @Column({ type: 'text', nullable: true })
  beforeOverallComment: string | null;

  /** The resubmitted sheet, once the expert has resubmitted. */
  @Column({ type: 'simple-json', nullable: true })
  afterScores: ScorePoints | null;

  @Column({ type: 'int', nullable: true, transformer: hundredths })
  afterTotal: number | null;

  @Column({ type: 'simple-json', nullable: true })
  afterComments: Record<string, string> | null;

  @Column({ type: 'text', nullable: true })
  afterOverallComment: string | null;

  @Column({ type: 'text' })
  returnReason: string;

  @Column({ type: 'datetime' })
  returnedAt: Date;

  @Column({ type: 'datetime', nullable: true })
  resubmittedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;

  /** Bumped by every change; updates are conditional on it. */
  @Column({ type: 'int' })
  version: number;
}
