// The registration-card module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { RegistrationCard } from './registration-card.entity.js';
export { cardsByNo } from './registration-card.queries.js';
export { cardIdsOfEnterprise } from './registration-card.queries.js';
