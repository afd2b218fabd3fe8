import type { CampaignSettings } from '@cacem/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

@Entity('campaign')
@Unique('UQ_campaign_year', ['year'])
export class Campaign {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  year: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'simple-json' })
  settings: CampaignSettings;

  /** Counts the changes of the settings (CampaignService.updateSettings); see CampaignService.current. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
