import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/domain.exception.js';
import { holds, type PrincipalAs, type RolesOf } from '../access/index.js';
import { RecommendingUnit } from './recommending-unit.entity.js';

/**
 * The unit whose returns (statistics, package) a reader of 'unit.read' sees: a contact always their own unit, whatever
 * the query names; the secretariat the unit it names, which must exist.
 */
export async function unitReadBy(manager: EntityManager, reader: PrincipalAs<RolesOf<'unit.read'>>, named: number | undefined): Promise<number> {
  // requireAccess has refused a contact without a unit, so a contact's unit is known here.
  if (holds(reader, 'unit.act') && reader.recommendingUnitId !== null) return reader.recommendingUnitId;
  if (named === undefined || !(await manager.existsBy(RecommendingUnit, { id: named }))) throw notFound('RECOMMENDING_UNIT_NOT_FOUND');
  return named;
}
