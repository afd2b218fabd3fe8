import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TEAM_KIND_LABEL } from '@cacem/shared';
import { type DataSource, IsNull } from 'typeorm';
import { conflict, DomainException } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { requireDeclarant, requireTeamReader } from '../auth/access.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { AuditService } from '../audit/audit.service.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { TeamMember } from '../member/team-member.entity.js';
import type { CreateTeamDto } from './dto/create-team.dto.js';
import { Team } from './team.entity.js';

export interface TeamView {
  id: number;
  name: string;
  kind: Team['kind'];
  kindLabel: string;
  createdAt: Date;
  applicationStatus: string | null;
  applicationStatusLabel: string;
}

function view(team: Team): TeamView {
  return {
    id: team.id,
    name: team.name,
    kind: team.kind,
    kindLabel: TEAM_KIND_LABEL[team.kind],
    createdAt: team.createdAt,
    // Applications arrive with the registration workflow; until then a team has none.
    applicationStatus: null,
    applicationStatusLabel: '未申报',
  };
}

@Injectable()
export class TeamService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listMine(principal: Principal): Promise<{ items: TeamView[] }> {
    const declarant = requireDeclarant(principal);
    const teams = await this.dataSource.getRepository(Team).find({ where: { enterpriseId: declarant.enterpriseId }, order: { id: 'ASC' } });
    return { items: teams.map(view) };
  }

  /** One team, for the declarant of its enterprise or one of its members. */
  async getOne(principal: Principal, teamId: number): Promise<TeamView & { memberCount: number }> {
    const team = await requireTeamReader(this.dataSource.manager, principal, teamId);
    const memberCount = await this.dataSource.getRepository(TeamMember).countBy({ teamId: team.id, removedAt: IsNull() });
    return { ...view(team), memberCount };
  }

  async create(principal: Principal, dto: CreateTeamDto): Promise<TeamView> {
    const declarant = requireDeclarant(principal);
    const enterprise = await this.dataSource.getRepository(Enterprise).findOneByOrFail({ id: declarant.enterpriseId });
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
