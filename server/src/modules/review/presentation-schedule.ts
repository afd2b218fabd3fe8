import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** A presentation session's states; the presentation module stores them, the review's answers show them. */
export const SESSION_STATUSES = ['scheduled', 'closed'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const SLOT_OUTCOMES = ['pending', 'presented', 'absent', 'forfeited'] as const;
/** pending until the session closes; absent is marked by the leader or secretariat, and becomes forfeited at close. */
export type SlotOutcome = (typeof SLOT_OUTCOMES)[number];

/** An application's turn in a presentation session, as scoring reads it. */
export interface ScheduledSlot {
  sessionId: number;
  applicationId: number;
  position: number;
  outcome: SlotOutcome;
}

/** A presentation session, as scoring reads it. */
export interface ScheduledSession {
  id: number;
  title: string;
  date: string;
  venue: string;
  drawId: number;
  panelNo: number;
  status: SessionStatus;
}

/** What the presentation module answers through the port. */
export interface PresentationScheduleSource {
  slotsOfApplications(manager: EntityManager, applicationIds: Iterable<number>): Promise<ScheduledSlot[]>;
  sessionsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, ScheduledSession>>;
}

/**
 * The presentation sessions' schedule as the review reads it. The presentation module sits above the review (its
 * sessions are scored through it), so it fills this port in when the application starts (PresentationModule).
 */
@Injectable()
export class PresentationSchedule {
  private source: PresentationScheduleSource | null = null;

  register(source: PresentationScheduleSource): void {
    this.source = source;
  }

  /** The slots of these applications (an application presents in one session at most). */
  slotsOfApplications(manager: EntityManager, applicationIds: readonly number[]): Promise<ScheduledSlot[]> {
    if (applicationIds.length === 0) return Promise.resolve([]);
    return this.registered().slotsOfApplications(manager, applicationIds);
  }

  sessionsById(manager: EntityManager, ids: readonly number[]): Promise<Map<number, ScheduledSession>> {
    return this.registered().sessionsById(manager, ids);
  }

  private registered(): PresentationScheduleSource {
    if (!this.source) throw new Error('PresentationSchedule: the presentation module has not registered its schedule');
    return this.source;
  }
}
