import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { hundredths } from '../../common/hundredths.js';
import { SCORE_KINDS, type ScoreKind } from './score-sheet.entity.js';

/** The panel's score of one application for one part (shared aggregatePanelScore), fixed when the part closes. */
@Entity('review_score')
@Unique('UQ_review_score_application_kind', ['applicationId', 'kind'])
export class ReviewScore {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'simple-enum', enum: SCORE_KINDS })
  kind: ScoreKind;

  @Column({ type: 'int', transformer: hundredths })
  score: number;

  @Column({ type: 'simple-json' })
  countedExpertIds: string[];

  @Column({ type: 'simple-json' })
  droppedExpertIds: string[];

  @Column({ type: 'datetime' })
  computedAt: Date;
}
