import type { EntityManager } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { Enterprise } from './enterprise.entity.js';

// The enterprise table's queries for other modules (they never open its repository).

export function findEnterprise(manager: EntityManager, id: number): Promise<Enterprise | null> {
  return manager.findOneBy(Enterprise, { id });
}

export function enterprisesById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, Enterprise>> {
  return rowsById(manager, Enterprise, ids);
}
