import { Body, Controller, Get, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Responds } from '../../common/contract/responds.js';
import { CreateTeamDto } from './dto/create-team.dto.js';
import { TeamDetail, TeamList, TeamView } from './team.schemas.js';
import { TeamService } from './team.service.js';

@ApiTags('班组')
@ApiBearerAuth()
@Controller('teams')
export class TeamController {
  constructor(private readonly teams: TeamService) {}

  @Get()
  @Access('team.manage')
  @ApiOperation({ summary: '本企业的班组及申报状态' })
  @Responds(TeamList)
  list(@CurrentPrincipal() principal: Principal) {
    return this.teams.listMine(principal);
  }

  @Get(':teamId')
  @Access('team.read')
  @ApiOperation({ summary: '班组信息（本企业申报人或本班组成员）' })
  @Responds(TeamDetail)
  getOne(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number) {
    return this.teams.getOne(principal, teamId);
  }

  @Post()
  @Access('team.manage')
  @ApiOperation({ summary: '新建班组' })
  @Responds(TeamView, '已新建')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateTeamDto) {
    return this.teams.create(principal, dto);
  }
}
