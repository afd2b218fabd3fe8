import type { EntityManager } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { UserAccount } from './user-account.entity.js';

// The user accounts' queries for other modules (they never open the table's repository).

export function findAccount(manager: EntityManager, id: number): Promise<UserAccount | null> {
  return manager.findOneBy(UserAccount, { id });
}

export function accountsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, UserAccount>> {
  return rowsById(manager, UserAccount, ids);
}
