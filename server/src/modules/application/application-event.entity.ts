import { APPLICATION_STATUSES, type ApplicationStatus } from '@cacem/shared';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One status change of an application, for its timeline; the audit log keeps the tamper-evident copy. */
@Entity('application_event')
export class ApplicationEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  /** Null for the creation of the draft. */
  @Column({ type: 'simple-enum', enum: APPLICATION_STATUSES, nullable: true })
  from: ApplicationStatus | null;

  @Column({ type: 'simple-enum', enum: APPLICATION_STATUSES })
  to: ApplicationStatus;

  /** The workflow action from the shared transition table ('submit', 'withdraw', ...), or 'create'. */
  @Column({ type: 'varchar', length: 40 })
  action: string;

  /** Who, as in the audit log ('card:…', 'user:…'). */
  @Column({ type: 'varchar', length: 64 })
  actor: string;

  /** Who, as people read it on the timeline. */
  @Column({ type: 'varchar', length: 100 })
  actorName: string;

  @Column({ type: 'datetime' })
  at: Date;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;
}
