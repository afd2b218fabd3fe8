import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { KEPT_SHEET_DECISION_STATUSES, type KeptSheetDecisionStatus } from './kept-sheet-decision-status.js';


// What is kept of the sheets and what an `exclude` decision did are the API's own shapes (discipline.schemas.ts).
import type { KeptSheetEffects, KeptSheetSnapshot } from './discipline.schemas.js';
export type { KeptSheetEffects, KeptSheetSnapshot };

/**
 * 保留评分的处理决定 (第十六条): an expert removed after a stage had closed keeps their sheets of that stage, with the scores
 * already used. Whether those scores stand is the secretariat's explicit decision, recorded here — never the removal's
 * side effect. One per removed expert.
 */
@Entity('kept_sheet_decision')
@Unique('UQ_kept_sheet_decision_expert', ['expertId'])
export class KeptSheetDecision {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  expertId: number;

  @Column({ type: 'int' })
  drawId: number;

  /** The kept sheets as they were at the removal. */
  @Column({ type: 'simple-json' })
  sheets: KeptSheetSnapshot[];

  @Column({ type: 'simple-enum', enum: KEPT_SHEET_DECISION_STATUSES })
  status: KeptSheetDecisionStatus;

  @Column({ type: 'datetime' })
  openedAt: Date;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Column({ type: 'datetime', nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  decidedBy: string | null;

  @Column({ type: 'simple-json', nullable: true })
  effects: KeptSheetEffects | null;

  @Column({ type: 'int' })
  version: number;
}
