// The expert module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { Expert } from './expert.entity.js';
export { ExpertModule } from './expert.module.js';
export { allExperts, expertById, findExpert, markExpertRemoved } from './expert.queries.js';
export { expertsById } from './expert.queries.js';
export { expertNames, expertOfUser } from './expert.queries.js';
