import type { UnitStatisticsValues } from '@cacem/shared';
import type { UnitStatisticsPrefill } from './unit-statistics.schemas.js';
import { Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** 统计表 (附件3): one recommending unit's return for one campaign. */
@Entity('unit_statistics')
@Unique('UQ_unit_statistics_campaign_unit', ['campaignId', 'unitId'])
export class UnitStatistics {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'simple-json' })
  values: UnitStatisticsValues;

  /** What the platform counted when the return was saved, to tell which numbers the unit changed. */
  @Column({ type: 'simple-json' })
  prefill: UnitStatisticsPrefill;

  @UpdateDateColumn()
  updatedAt: Date;

  @Column({ type: 'varchar', length: 64 })
  updatedBy: string;
}
