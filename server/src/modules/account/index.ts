// The account module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { UserAccount } from './user-account.entity.js';
export { accountsById, findAccount } from './account.queries.js';
