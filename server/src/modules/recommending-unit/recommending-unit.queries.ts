import type { EntityManager } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { RecommendingUnit } from './recommending-unit.entity.js';

// The recommending units' queries for other modules (they never open the table's repository).

export function findUnit(manager: EntityManager, id: number): Promise<RecommendingUnit | null> {
  return manager.findOneBy(RecommendingUnit, { id });
}

export function unitsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, RecommendingUnit>> {
  return rowsById(manager, RecommendingUnit, ids);
}

/** Every unit, retired ones too, in Annex 2's order. */
export function allUnits(manager: EntityManager): Promise<RecommendingUnit[]> {
  return manager.find(RecommendingUnit, { order: { seq: 'ASC' } });
}
