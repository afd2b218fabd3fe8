// The account module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { UserAccount } from './user-account.entity.js';
export { accountsById, findAccount } from './account.queries.js';
export { activeUnitContacts, findActiveAccount, findUnitContact, openAccount, setAccountPasswordHash, unitContacts } from './account.queries.js';
export { deactivateExpertAccount } from './account.queries.js';
export { findExpertAccount, setAccountActive, syncExpertAccount } from './account.queries.js';
export { findAccountByUsername, leftJoinAccountActive } from './account.queries.js';
