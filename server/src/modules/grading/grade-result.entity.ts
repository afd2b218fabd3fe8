import { type Grade, GRADES } from '@cacem/shared';
import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { hundredths } from '../../common/hundredths.js';

/**
 * 等级评定 of one presented application: the proposal of shared allocateGrades, the secretariat's decision (equal to the
 * proposal unless adjusted with a reason), and when it was confirmed and published.
 */
@Entity('grade_result')
@Unique('UQ_grade_result_application', ['applicationId'])
export class GradeResult {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'int', transformer: hundredths })
  materialsScore: number;

  @Column({ type: 'int', transformer: hundredths })
  presentationScore: number;

  @Column({ type: 'int', transformer: hundredths })
  total: number;

  @Column({ type: 'int' })
  rank: number;

  @Column({ type: 'simple-enum', enum: GRADES })
  proposedGrade: Grade;

  @Column({ type: 'boolean', default: false })
  tiedAtBoundary: boolean;

  /** The proposal's explanation (shared explainGrade), in Chinese. */
  @Column({ type: 'text' })
  explanation: string;

  /** The decided grade. */
  @Column({ type: 'simple-enum', enum: GRADES })
  grade: Grade;

  /** Why the secretariat decided otherwise than proposed (or broke a tie); null when the proposal stands. */
  @Column({ type: 'text', nullable: true })
  adjustmentReason: string | null;

  @Column({ type: 'datetime', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  publishedAt: Date | null;

  /**
   * Set when a panel score behind this row changed by a secretariat decision (a removed expert's kept sheets excluded):
   * the grading must be proposed again, or re-confirmed once confirmed. Cleared only by that re-run.
   */
  @Column({ type: 'datetime', nullable: true })
  rescoreRequiredAt: Date | null;

  /** What changed, in Chinese (which expert's sheets, which score before → after). */
  @Column({ type: 'text', nullable: true })
  rescoreNote: string | null;

  @Column({ type: 'int' })
  version: number;
}
