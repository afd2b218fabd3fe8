import type { EntityManager } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { Application } from './application.entity.js';

// The applications' queries for other modules (they never open the table's repository).

export function findApplication(manager: EntityManager, id: number): Promise<Application | null> {
  return manager.findOneBy(Application, { id });
}

export function applicationsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, Application>> {
  return rowsById(manager, Application, ids);
}
