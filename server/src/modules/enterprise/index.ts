// The enterprise module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { Enterprise } from './enterprise.entity.js';
export { enterprisesById, findEnterprise } from './enterprise.queries.js';
export { joinEnterpriseName } from './enterprise.queries.js';
export { enterprisesNamed } from './enterprise.queries.js';
export { createEnterprise } from './enterprise.queries.js';
export { CreditCodeLock } from './credit-code-lock.js';
export { EnterpriseModule } from './enterprise.module.js';
