import { RECOMMENDED_STATUSES } from '@cacem/shared';
import type { EntityManager } from 'typeorm';
import { submittedApplicationStatuses } from '../application/index.js';
import type { UnitFilingCounts } from '../recommending-unit/index.js';
import { campaignUnitStatistics } from '../unit-statistics/index.js';
import { UnitPackage } from './unit-package.entity.js';

/**
 * Each unit's submitted applications, statistics return and latest package in a campaign: recommending-unit's filing
 * overview counts them through UnitFilingRegistry, as those tables live above it.
 */
export async function countUnitFilings(manager: EntityManager, campaignId: number, unitIds: number[]): Promise<Map<number, UnitFilingCounts>> {
  const applications = await submittedApplicationStatuses(manager, campaignId);
  const statistics = await campaignUnitStatistics(manager, campaignId);
  const packages = await manager.find(UnitPackage, { where: { campaignId }, order: { version: 'DESC' } });
  return new Map(
    unitIds.map((unitId) => {
      const own = applications.filter((a) => a.recommendingUnitId === unitId);
      const filed = statistics.find((s) => s.unitId === unitId) ?? null;
      const built = packages.find((p) => p.unitId === unitId) ?? null;
      const dates = [filed?.updatedAt, built?.builtAt].filter((d): d is Date => d instanceof Date);
      const counts: UnitFilingCounts = {
        submitted: own.length,
        recommended: own.filter((a) => RECOMMENDED_STATUSES.includes(a.status)).length,
        declined: own.filter((a) => a.status === 'declined').length,
        statisticsFiled: filed !== null,
        packageFiled: built !== null,
        lastFiledAt: dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null,
      };
      return [unitId, counts];
    }),
  );
}
