import type { EntityManager } from 'typeorm';
import { UserAccount } from '../account/user-account.entity.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { memberPrincipal } from '../member/member-principal.js';
import { TeamMember } from '../member/team-member.entity.js';
import { RegistrationCard } from '../registration-card/registration-card.entity.js';
import { Team } from '../team/team.entity.js';
import type { SessionSubjectType } from './auth-session.entity.js';
import type { Principal } from '../access/index.js';

export interface Subject {
  type: SessionSubjectType;
  id: number;
}

/** The card, member or account a principal stands for. */
export function subjectOf(principal: Principal): Subject {
  switch (principal.role) {
    case 'declarant':
      return { type: 'card', id: principal.cardId };
    case 'member':
      return { type: 'member', id: principal.memberId };
    default:
      return { type: 'user', id: principal.userId };
  }
}

/**
 * The principal a card, member or account logs in as now, or null when it can no longer log in (a removed member, a
 * deactivated account). WeChat login and every token refresh go through here, so both follow the current records.
 */
export async function principalOfSubject(manager: EntityManager, subject: Subject): Promise<Principal | null> {
  switch (subject.type) {
    case 'card': {
      const card = await manager.findOneBy(RegistrationCard, { id: subject.id });
      const enterprise = card && (await manager.findOneBy(Enterprise, { id: card.enterpriseId }));
      if (!card || !enterprise) return null;
      return { role: 'declarant', cardId: card.id, enterpriseId: enterprise.id, cardNo: card.cardNo, displayName: enterprise.name };
    }
    case 'member': {
      const member = await manager.findOneBy(TeamMember, { id: subject.id });
      const team = member && member.removedAt === null ? await manager.findOneBy(Team, { id: member.teamId }) : null;
      if (!member || !team) return null;
      return memberPrincipal(member, team);
    }
    case 'user': {
      const account = await manager.findOneBy(UserAccount, { id: subject.id });
      if (!account?.active || account.role === 'member') return null;
      return { role: account.role, userId: account.id, displayName: account.displayName, recommendingUnitId: account.recommendingUnitId };
    }
    default:
      return null;
  }
}
