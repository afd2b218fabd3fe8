import { ACTIVITY_KINDS, type ActivityKind } from '@cacem/shared';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** 现场活动记录. `clientKey` is made on the phone when the record is saved offline; a resend with it is the same record. */
@Entity('activity_record')
@Unique('UQ_activity_record_team_client_key', ['teamId', 'clientKey'])
export class ActivityRecord {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  teamId: number;

  @Column({ type: 'varchar', length: 64 })
  clientKey: string;

  /** The day of the activity, yyyy-mm-dd (Beijing date as the team wrote it). */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'simple-enum', enum: ACTIVITY_KINDS })
  kind: ActivityKind;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'varchar', length: 100 })
  place: string;

  @Column({ type: 'simple-json' })
  attendeeIds: number[];

  @Column({ type: 'varchar', length: 40 })
  createdBy: string;

  @Column({ type: 'varchar', length: 100 })
  createdByName: string;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
