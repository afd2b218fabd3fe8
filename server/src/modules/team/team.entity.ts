import { TEAM_KINDS, type TeamKind } from '@cacem/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** 班组: the enterprise's most basic formal unit that takes part in the activity. */
@Entity('team')
@Unique('UQ_team_enterprise_name', ['enterpriseId', 'name'])
export class Team {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  enterpriseId: number;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ type: 'simple-enum', enum: TEAM_KINDS })
  kind: TeamKind;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
