import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATION_STATUS_LABEL, TEAM_KIND_LABEL } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { conflict, DomainException } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { AuditService } from '../audit/index.js';
import { CampaignService } from '../campaign/index.js';
import { findEnterprise } from '../enterprise/index.js';
import type { CreateTeamDto } from './dto/create-team.dto.js';
import { Team } from './team.entity.js';
import { type TeamApplication, TeamFacts } from './team-facts.js';
import type { TeamDetail, TeamView } from './team.schemas.js';

function view(team: Team, application?: TeamApplication): TeamView {
  return {
    id: team.id,
    name: team.name,
    kind: team.kind,
    kindLabel: TEAM_KIND_LABEL[team.kind],
    createdAt: team.createdAt,
    applicationId: application?.id ?? null,
    applicationStatus: application?.status ?? null,
    applicationStatusLabel: application ? APPLICATION_STATUS_LABEL[application.status] : '未申报',
  };
}

@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
    private readonly facts: TeamFacts,
  ) {}

  async listMine(principal: Principal): Promise<{ items: TeamView[] }> {
    const declarant = requireAccess(principal, 'team.manage');
    const teams = await this.dataSource.getRepository(Team).find({ where: { enterpriseId: declarant.enterpriseId }, order: { id: 'ASC' } });
    const applications = await this.currentApplications(teams.map((t) => t.id));
    return { items: teams.map((team) => view(team, applications.get(team.id))) };
  }

  /** One team, for the declarant of its enterprise or one of its members. */
  async getOne(principal: Principal, teamId: number): Promise<TeamDetail> {
    const team = requireAccess(principal, 'team.read', await this.dataSource.getRepository(Team).findOneBy({ id: teamId }));
    const memberCount = await this.facts.memberCount(this.dataSource.manager, team.id);
    const applications = await this.currentApplications([team.id]);
    return { ...view(team, applications.get(team.id)), memberCount };
  }

  /** The teams' applications in the campaign being run, by team id. */
  private async currentApplications(teamIds: number[]): Promise<Map<number, TeamApplication>> {
    if (teamIds.length === 0) return new Map();
    const campaign = await this.campaigns.current();
    const rows = await this.facts.applicationsOf(this.dataSource.manager, campaign.id, teamIds);
    return new Map(rows.map((a) => [a.teamId, a]));
  }

  async create(principal: Principal, dto: CreateTeamDto): Promise<TeamView> {
    const declarant = requireAccess(principal, 'team.manage');
    const enterprise = await findEnterprise(this.dataSource.manager, declarant.enterpriseId);
    if (!enterprise) throw new Error(`enterprise ${declarant.enterpriseId} is missing`);
    if (!enterprise.creditCode) throw new DomainException('CREDIT_CODE_REQUIRED', HttpStatus.CONFLICT, { field: 'creditCode' });
    try {
      return view(
        await this.dataSource.transaction(async (manager) => {
          const team = await manager.save(manager.create(Team, { enterpriseId: enterprise.id, name: dto.name, kind: dto.kind }));
          await this.audit.record(manager, {
            actor: actorOf(principal),
            action: 'team.create',
            entity: 'team',
            entityId: team.id,
            after: { enterpriseId: enterprise.id, name: team.name, kind: team.kind },
          });
          return team;
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('TEAM_NAME_TAKEN', 'name');
      throw error;
    }
  }
}
