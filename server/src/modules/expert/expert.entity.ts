import {
  EXPERT_ASSESSMENT_STATUSES,
  EXPERT_TRAINING_STATUSES,
  type ExpertAssessmentStatus,
  type ExpertTrainingStatus,
} from '@cacem/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** 专家 (第十一、十二条): recommended by a unit, trained and assessed, then drawn from the pool. */
@Entity('expert')
@Unique('UQ_expert_mobile', ['mobile'])
export class Expert {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** 11 digits; identifies the expert in imports. */
  @Column({ type: 'varchar', length: 20 })
  mobile: string;

  @Column({ type: 'varchar', length: 100 })
  enterpriseName: string;

  /** The 申报企业 of that name, when one is known: the draw keeps experts off their own enterprise's applications. */
  @Column({ type: 'int', nullable: true })
  enterpriseId: number | null;

  /** 推荐单位 that recommended the expert. */
  @Column({ type: 'int' })
  recommendingUnitId: number;

  @Column({ type: 'simple-json' })
  specialties: string[];

  @Column({ type: 'simple-enum', enum: EXPERT_TRAINING_STATUSES })
  trainingStatus: ExpertTrainingStatus;

  /** yyyy-mm-dd */
  @Column({ type: 'date', nullable: true })
  trainedAt: string | null;

  @Column({ type: 'simple-enum', enum: EXPERT_ASSESSMENT_STATUSES })
  assessmentStatus: ExpertAssessmentStatus;

  /** yyyy-mm-dd */
  @Column({ type: 'date', nullable: true })
  assessedAt: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** 第十六条: when the expert lost the qualification for a breach (active is then false); set by the discipline module. */
  @Column({ type: 'datetime', nullable: true })
  removedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  removalReason: string | null;

  /** The expert's login (user_account, role expert), once the secretariat has opened it. */
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
