import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** 警示 (第十五条): recorded against the recommending unit of an application whose misconduct case was upheld; one per case. */
@Entity('unit_warning')
@Unique('UQ_unit_warning_case', ['caseId'])
export class UnitWarning {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  recommendingUnitId: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'int' })
  caseId: number;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'datetime' })
  issuedAt: Date;

  @Column({ type: 'varchar', length: 100 })
  issuedBy: string;
}
