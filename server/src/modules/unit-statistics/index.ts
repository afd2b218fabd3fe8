// The unit-statistics module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { UnitStatistics } from './unit-statistics.entity.js';
export { UnitStatisticsModule } from './unit-statistics.module.js';
export { campaignUnitStatistics, findUnitStatistics } from './unit-statistics.queries.js';
