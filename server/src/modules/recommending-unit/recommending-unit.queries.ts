import type { EntityManager } from 'typeorm';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { RecommendingUnit } from './recommending-unit.entity.js';
import { columnReader, type RawReader } from '../../common/column-reader.js';

// The recommending units' queries for other modules (they never open the table's repository).

export function findUnit(manager: EntityManager, id: number): Promise<RecommendingUnit | null> {
  return manager.findOneBy(RecommendingUnit, { id });
}

/** The unit, which must exist. */
export function unitById(manager: EntityManager, id: number): Promise<RecommendingUnit> {
  return manager.findOneByOrFail(RecommendingUnit, { id });
}

export function unitsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, RecommendingUnit>> {
  return rowsById(manager, RecommendingUnit, ids);
}

/** Every unit, retired ones too, in Annex 2's order. */
export function allUnits(manager: EntityManager): Promise<RecommendingUnit[]> {
  return manager.find(RecommendingUnit, { order: { seq: 'ASC' } });
}

/** Left-joins each row's recommending unit (as `alias`, on `on`) into another module's list query; returns Annex 2's order to sort by. */
export function leftJoinUnitSeq<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): { seq: string } {
  qb.leftJoin(RecommendingUnit, alias, on);
  return { seq: `${alias}.seq` };
}

/**
 * Left-joins each row's recommending unit (as `alias`, on `on`) into another module's list query; returns its columns
 * to select or sort by and readers of their raw values.
 */
export function leftJoinUnit<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  on: string,
): { id: string; seq: string; name: string; readId: RawReader<number>; readSeq: RawReader<number> } {
  qb.leftJoin(RecommendingUnit, alias, on);
  return {
    id: `${alias}.id`,
    seq: `${alias}.seq`,
    name: `${alias}.name`,
    readId: columnReader<number>(qb.connection, RecommendingUnit, 'id'),
    readSeq: columnReader<number>(qb.connection, RecommendingUnit, 'seq'),
  };
}

/** The units still recommending, in Annex 2's order. */
export function activeUnits(manager: EntityManager): Promise<RecommendingUnit[]> {
  return manager.find(RecommendingUnit, { where: { active: true }, order: { seq: 'ASC' } });
}

/** Left-joins each row's recommending unit (as `alias`, on `on`) into another module's query, mapped whole onto `property`. */
export function leftJoinAndMapUnit<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, property: string, alias: string, on: string): SelectQueryBuilder<T> {
  return qb.leftJoinAndMapOne(property, RecommendingUnit, alias, on);
}
