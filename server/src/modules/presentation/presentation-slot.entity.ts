import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const SLOT_OUTCOMES = ['pending', 'presented', 'absent', 'forfeited'] as const;
/** pending until the session closes; absent is marked by the leader or secretariat, and becomes forfeited at close. */
export type SlotOutcome = (typeof SLOT_OUTCOMES)[number];

/** One invited application's turn in a presentation session. An application presents in one session only. */
@Entity('presentation_slot')
@Unique('UQ_presentation_slot_application', ['applicationId'])
export class PresentationSlot {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  sessionId: number;

  @Column({ type: 'int' })
  applicationId: number;

  /** 1-based order of presentation. */
  @Column({ type: 'int' })
  position: number;

  @Column({ type: 'simple-enum', enum: SLOT_OUTCOMES })
  outcome: SlotOutcome;
}
