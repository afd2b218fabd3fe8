// Who may do what (see permissions.ts): the one table of permissions, the route decorator and the services' first line.
export { Access } from './access.decorator.js';
export { type Permission, PERMISSIONS, rolesOf } from './permissions.js';
export { type ExpertPrincipal, holds, type PrincipalAs, type RecommenderPrincipal, requireAccess, type ScopedPermission, type SecretariatPrincipal } from './require-access.js';
