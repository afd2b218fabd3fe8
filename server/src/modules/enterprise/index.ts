// The enterprise module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { Enterprise } from './enterprise.entity.js';
export { enterprisesById, findEnterprise } from './enterprise.queries.js';
