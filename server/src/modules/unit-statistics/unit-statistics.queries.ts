import type { EntityManager } from 'typeorm';
import { UnitStatistics } from './unit-statistics.entity.js';

// The statistics returns' queries for other modules (they never open the table's repository).

/** A unit's return for a campaign, if it filed one. */
export function findUnitStatistics(manager: EntityManager, campaignId: number, unitId: number): Promise<UnitStatistics | null> {
  return manager.findOneBy(UnitStatistics, { campaignId, unitId });
}

/** Every unit's return for a campaign. */
export function campaignUnitStatistics(manager: EntityManager, campaignId: number): Promise<UnitStatistics[]> {
  return manager.findBy(UnitStatistics, { campaignId });
}
