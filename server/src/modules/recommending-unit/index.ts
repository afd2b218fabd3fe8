// The recommending-unit module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { RecommendingUnitModule } from './recommending-unit.module.js';
export { StaffCredentialsService } from './staff-credentials.service.js';
export { unitReadBy } from './unit-read-by.js';
export type { RecommendingUnit } from './recommending-unit.entity.js';
export { allUnits, findUnit, unitsById } from './recommending-unit.queries.js';
export { leftJoinUnitSeq } from './recommending-unit.queries.js';
export { leftJoinUnit } from './recommending-unit.queries.js';
export { activeUnits, unitById } from './recommending-unit.queries.js';
export { type UnitFilingCounts, UnitFilingRegistry } from './unit-filing-registry.js';
export { leftJoinAndMapUnit } from './recommending-unit.queries.js';
