import type { ErrorCode } from '@cacem/shared';
import { forbidden, notFound } from '../../common/domain.exception.js';
import type { DeclarantPrincipal, MemberPrincipal, Principal, Role, StaffPrincipal } from './principal.js';
import { type Permission, PERMISSIONS, type RolesOf } from './permissions.js';

/** A recommender contact acts for one recommending unit, the one on their account. */
export type RecommenderPrincipal = StaffPrincipal & { role: 'recommender'; recommendingUnitId: number };
export type SecretariatPrincipal = StaffPrincipal & { role: 'secretariat' };
export type ExpertPrincipal = StaffPrincipal & { role: 'expert' };

/** The principal as one of the roles a permission allows (a recommender's unit is then known). */
export type PrincipalAs<R extends Role> = R extends 'declarant'
  ? DeclarantPrincipal
  : R extends 'member'
    ? MemberPrincipal
    : R extends 'recommender'
      ? RecommenderPrincipal
      : StaffPrincipal & { role: R };

/** What a permission on a thing needs to know of the thing: who owns it. */
interface TeamScope {
  id: number;
  enterpriseId: number;
}
interface ApplicationScope {
  enterpriseId: number;
  teamId: number;
}
interface UnitApplicationScope {
  recommendingUnitId: number | null;
  submittedAt: Date | null;
}
interface UnitScope {
  recommendingUnitId: number;
}
interface Scopes {
  'team.read': TeamScope;
  'team.manage': TeamScope;
  'application.read': ApplicationScope;
  'application.manage': ApplicationScope;
  'certificate.read': ApplicationScope;
  'unit.act': UnitApplicationScope;
  'unit.read': UnitScope;
}
export type ScopedPermission = keyof Scopes;

/**
 * Whether the principal may act on this thing, and the code a refusal answers with. A thing the caller may not see
 * answers 404 as if it did not exist, so ids cannot be probed.
 */
const SCOPES: { [P in ScopedPermission]: { missing: ErrorCode; allows: (principal: PrincipalAs<RolesOf<P>>, target: Scopes[P]) => boolean } } = {
  'team.read': { missing: 'TEAM_NOT_FOUND', allows: (p, team) => (p.role === 'declarant' ? p.enterpriseId === team.enterpriseId : p.teamId === team.id) },
  'team.manage': { missing: 'TEAM_NOT_FOUND', allows: (p, team) => p.enterpriseId === team.enterpriseId },
  'application.read': { missing: 'APPLICATION_NOT_FOUND', allows: (p, a) => (p.role === 'declarant' ? p.enterpriseId === a.enterpriseId : p.teamId === a.teamId) },
  'application.manage': { missing: 'APPLICATION_NOT_FOUND', allows: (p, a) => p.enterpriseId === a.enterpriseId },
  'certificate.read': {
    missing: 'CERTIFICATE_NOT_FOUND',
    allows: (p, a) => p.role === 'secretariat' || (p.role === 'declarant' ? p.enterpriseId === a.enterpriseId : p.teamId === a.teamId),
  },
  // A unit acts on the applications that chose it, once submitted.
  'unit.act': { missing: 'APPLICATION_NOT_FOUND', allows: (p, a) => p.recommendingUnitId === a.recommendingUnitId && a.submittedAt !== null },
  'unit.read': { missing: 'RECOMMENDING_UNIT_NOT_FOUND', allows: (p, u) => p.role === 'secretariat' || p.recommendingUnitId === u.recommendingUnitId },
};

/**
 * The first line of every service method that acts for a principal: may this principal do this (to this thing)?
 *
 * - `requireAccess(principal, 'grading.manage')` checks the role and returns the principal as that role
 *   (a recommender's with its unit), or throws 403 with the permission's code.
 * - `requireAccess(principal, 'team.read', await teams.findOneBy({ id }))` also checks the thing (null: there is
 *   none) and returns it, or throws 404 as if it did not exist.
 */
export function requireAccess<P extends Permission>(principal: Principal, permission: P): PrincipalAs<RolesOf<P>>;
export function requireAccess<P extends ScopedPermission, T extends Scopes[P]>(principal: Principal, permission: P, target: T | null | undefined): T;
export function requireAccess(principal: Principal, permission: Permission, ...target: unknown[]): unknown {
  const rule: { roles: readonly Role[]; refusal?: ErrorCode } = PERMISSIONS[permission];
  if (!rule.roles.includes(principal.role)) throw forbidden(rule.refusal ?? 'FORBIDDEN');
  // A contact's account whose unit was taken away acts for no unit.
  if (principal.role === 'recommender' && principal.recommendingUnitId === null) throw forbidden('RECOMMENDER_ONLY');
  if (target.length === 0) return principal;
  const scope = SCOPES[permission as ScopedPermission] as { missing: ErrorCode; allows: (p: Principal, t: unknown) => boolean } | undefined;
  if (!scope) throw new Error(`${permission} is not a permission on a thing`);
  const [thing] = target;
  if (thing === null || thing === undefined || !scope.allows(principal, thing)) throw notFound(scope.missing);
  return thing;
}

/** Whether the principal holds the permission, for the places that show more or less by role (never instead of requireAccess). */
export function holds(principal: Principal, permission: Permission): boolean {
  const roles: readonly Role[] = PERMISSIONS[permission].roles;
  return roles.includes(principal.role) && !(principal.role === 'recommender' && principal.recommendingUnitId === null);
}
