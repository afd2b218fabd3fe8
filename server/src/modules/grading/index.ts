// The grading module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { capsOf } from './grading.service.js';
export type { GradeResult } from './grade-result.entity.js';
export { gradesByApplication, joinGradeTotal } from './grading.queries.js';
export { markRescoreRequired } from './grading.queries.js';
export { campaignGradeResults, leftJoinGrade } from './grading.queries.js';
export { type GradeChangeCheck, GradeChangeChecks } from './grade-change-checks.js';
export { GradingModule } from './grading.module.js';
export { leftJoinAndMapGrade } from './grading.queries.js';
