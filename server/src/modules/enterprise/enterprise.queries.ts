import type { EntityManager } from 'typeorm';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { In } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { Enterprise } from './enterprise.entity.js';

// The enterprise table's queries for other modules (they never open its repository).

export function findEnterprise(manager: EntityManager, id: number): Promise<Enterprise | null> {
  return manager.findOneBy(Enterprise, { id });
}

export function enterprisesById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, Enterprise>> {
  return rowsById(manager, Enterprise, ids);
}

/** Inner-joins each row's enterprise (as `alias`, on `on`) into another module's list query; returns the columns to filter or sort by. */
export function joinEnterpriseName<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): { name: string } {
  qb.innerJoin(Enterprise, alias, on);
  return { name: `${alias}.name` };
}

/** Id and name of the enterprises bearing any of these names (a name may be borne by several). */
export function enterprisesNamed(manager: EntityManager, names: readonly string[]): Promise<Pick<Enterprise, 'id' | 'name'>[]> {
  if (names.length === 0) return Promise.resolve([]);
  return manager.find(Enterprise, { where: { name: In([...names]) }, select: { id: true, name: true } });
}

/** Records a new enterprise (a card is issued to it) in the caller's transaction. */
export function createEnterprise(manager: EntityManager, name: string): Promise<Enterprise> {
  return manager.save(manager.create(Enterprise, { name, creditCode: null }));
}
