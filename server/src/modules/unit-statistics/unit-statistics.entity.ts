import type { UnitStatisticsValues } from '@cacem/shared';
import { Column, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** What the platform counted when the return was saved, to tell which numbers the unit changed. */
export interface UnitStatisticsPrefill {
  teamsRecommended: number;
  cumulativeTrustedTeams: number;
}

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

  @Column({ type: 'simple-json' })
  prefill: UnitStatisticsPrefill;

  @UpdateDateColumn()
  updatedAt: Date;

  @Column({ type: 'varchar', length: 64 })
  updatedBy: string;
}
