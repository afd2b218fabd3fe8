import { type EntityManager, In } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { PresentationSession } from './presentation-session.entity.js';
import { PresentationSlot } from './presentation-slot.entity.js';

// The presentation tables' queries for other modules (they never open the tables' repositories).

export async function slotsOfApplications(manager: EntityManager, applicationIds: Iterable<number>): Promise<PresentationSlot[]> {
  const ids = [...new Set(applicationIds)];
  return ids.length ? manager.findBy(PresentationSlot, { applicationId: In(ids) }) : [];
}

export function sessionsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, PresentationSession>> {
  return rowsById(manager, PresentationSession, ids);
}
