import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../common/domain.exception.js';
import { Team } from '../team/team.entity.js';
import type { DeclarantPrincipal, MemberPrincipal, Principal } from './principal.js';

/** First line of every declarant action: the caller acts for one enterprise, the one on their card. */
export function requireDeclarant(principal: Principal): DeclarantPrincipal {
  if (principal.role !== 'declarant') throw forbidden();
  return principal;
}

export function requireMember(principal: Principal): MemberPrincipal {
  if (principal.role !== 'member') throw forbidden();
  return principal;
}

/**
 * The team, when the caller may see it: the declarant of its enterprise or one of its members. Another
 * enterprise's team answers 404, not 403, so team ids cannot be probed.
 */
export async function requireTeamReader(manager: EntityManager, principal: Principal, teamId: number): Promise<Team> {
  return assertTeamReader(principal, await manager.findOneBy(Team, { id: teamId }));
}

/** requireTeamReader for a team the caller has already read (null: no such team). */
export function assertTeamReader(principal: Principal, team: Team | null): Team {
  const allowed =
    team !== null &&
    ((principal.role === 'declarant' && principal.enterpriseId === team.enterpriseId) || (principal.role === 'member' && principal.teamId === team.id));
  if (!allowed) throw notFound('TEAM_NOT_FOUND');
  return team;
}

/** The team, when the caller is the declarant of its enterprise (who manages members and registers it). */
export async function requireTeamDeclarant(manager: EntityManager, principal: Principal, teamId: number): Promise<Team> {
  const declarant = requireDeclarant(principal);
  const team = await manager.findOneBy(Team, { id: teamId });
  if (!team || team.enterpriseId !== declarant.enterpriseId) throw notFound('TEAM_NOT_FOUND');
  return team;
}
