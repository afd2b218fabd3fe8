import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { SESSION_STATUSES, type SessionStatus } from '../review/index.js';

// The review shows a session's status too, so the states are defined there (the review sits below this module).
export { SESSION_STATUSES, type SessionStatus } from '../review/index.js';

/** 发布会场次: where and when a panel hears its invited teams present, in order. */
@Entity('presentation_session')
export class PresentationSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** yyyy-mm-dd, Beijing time. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 200 })
  venue: string;

  @Column({ type: 'int' })
  drawId: number;

  @Column({ type: 'int' })
  panelNo: number;

  @Column({ type: 'simple-enum', enum: SESSION_STATUSES })
  status: SessionStatus;

  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  closedBy: string | null;

  @Column({ type: 'int' })
  version: number;
}
