// Who may do what (see permissions.ts): the one table of permissions, the route decorator and the services' first line.
export { Access } from './access.decorator.js';
export { type Permission, PERMISSIONS, rolesOf, type RolesOf } from './permissions.js';
export { type ExpertPrincipal, holds, type PrincipalAs, type RecommenderPrincipal, requireAccess, type ScopedPermission, type SecretariatPrincipal } from './require-access.js';
export { ACCOUNT_ROLES, type AccountRole, actorOf, type DeclarantPrincipal, type MemberPrincipal, type Principal, type Role, type StaffPrincipal, type StaffRole } from './principal.js';
export type { AuthenticatedRequest } from './authenticated-request.js';
export { CurrentPrincipal } from './current-principal.js';
export { type Subject, subjectOf, SUBJECT_TYPES, type SubjectType } from './subject.js';
