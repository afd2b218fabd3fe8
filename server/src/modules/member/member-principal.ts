import type { Team } from '../team/index.js';
import type { MemberPrincipal } from '../access/index.js';
import type { TeamMember } from './team-member.entity.js';

/** The principal a member logs in as, however they log in (invite, one-time code, WeChat). */
export function memberPrincipal(member: TeamMember, team: Team): MemberPrincipal {
  return { role: 'member', memberId: member.id, teamId: team.id, enterpriseId: team.enterpriseId, displayName: member.name };
}
