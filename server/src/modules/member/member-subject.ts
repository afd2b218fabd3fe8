import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { IsNull } from 'typeorm';
import type { MemberPrincipal } from '../access/index.js';
import { SubjectRegistry } from '../auth/index.js';
import { findTeam, TeamFacts } from '../team/index.js';
import { memberPrincipal } from './member-principal.js';
import { TeamMember } from './team-member.entity.js';

/** Tells auth how a member logs in and stays logged in, and team how many members it has (both sit below members). */
@Injectable()
export class MemberSubject implements OnModuleInit {
  constructor(
    private readonly subjects: SubjectRegistry,
    private readonly teamFacts: TeamFacts,
  ) {}

  onModuleInit(): void {
    this.subjects.register('member', { principalOf: principalOfMember, joinLive: joinCurrentMember });
    this.teamFacts.registerMemberCount((manager, teamId) => manager.countBy(TeamMember, { teamId, removedAt: IsNull() }));
  }
}

/** The principal a member logs in as now, or null once removed (or their team is gone). */
async function principalOfMember(manager: EntityManager, id: number): Promise<MemberPrincipal | null> {
  const member = await manager.findOneBy(TeamMember, { id });
  const team = member && member.removedAt === null ? await findTeam(manager, member.teamId) : null;
  if (!member || !team) return null;
  return memberPrincipal(member, team);
}

/** For the guard's session check: the member's row while not removed; its id is null once removed. */
function joinCurrentMember<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): string {
  qb.leftJoin(TeamMember, alias, `${on} AND ${alias}.removedAt IS NULL`);
  return `${alias}.id`;
}
