import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { SLOT_OUTCOMES, type SlotOutcome } from '../review/index.js';

// The review shows a slot's outcome too, so the outcomes are defined there (the review sits below this module).
export { SLOT_OUTCOMES, type SlotOutcome } from '../review/index.js';

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
