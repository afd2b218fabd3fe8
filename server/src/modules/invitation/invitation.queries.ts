import type { EntityManager } from 'typeorm';
import { Publication, type PublicationKind } from './publication.entity.js';

// The publications' queries for other modules (they never open the table's repository).

/** The campaign's publication of this list; null before it is published. */
export function findPublication(manager: EntityManager, campaignId: number, kind: PublicationKind): Promise<Publication | null> {
  return manager.findOneBy(Publication, { campaignId, kind });
}

/** Records the publication of a list; a second one for the same campaign and kind fails on the unique key. */
export async function insertPublication(manager: EntityManager, row: Omit<Publication, 'id'>): Promise<void> {
  await manager.insert(Publication, row);
}
