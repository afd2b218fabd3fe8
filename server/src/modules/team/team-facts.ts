import { Injectable } from '@nestjs/common';
import type { ApplicationStatus } from '@cacem/shared';
import type { EntityManager } from 'typeorm';

/** A team's application in the campaign being run, as the team's views show it. */
export interface TeamApplication {
  id: number;
  teamId: number;
  status: ApplicationStatus;
}

type ApplicationsOf = (manager: EntityManager, campaignId: number, teamIds: number[]) => Promise<TeamApplication[]>;
type MemberCountOf = (manager: EntityManager, teamId: number) => Promise<number>;

/**
 * What the team views show that other modules keep: the application (application module) and the member count (member
 * module). Both are above team, so they tell it how to read them when they start (onModuleInit).
 */
@Injectable()
export class TeamFacts {
  private applications: ApplicationsOf | null = null;
  private members: MemberCountOf | null = null;

  registerApplications(read: ApplicationsOf): void {
    this.applications = read;
  }

  registerMemberCount(read: MemberCountOf): void {
    this.members = read;
  }

  applicationsOf(manager: EntityManager, campaignId: number, teamIds: number[]): Promise<TeamApplication[]> {
    if (!this.applications) throw new Error('no reader of team applications is registered');
    return this.applications(manager, campaignId, teamIds);
  }

  memberCount(manager: EntityManager, teamId: number): Promise<number> {
    if (!this.members) throw new Error('no reader of team member counts is registered');
    return this.members(manager, teamId);
  }
}
