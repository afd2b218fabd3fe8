import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CreateTeamDto } from './dto/create-team.dto.js';
import { TeamService } from './team.service.js';

@ApiTags('班组')
@ApiBearerAuth()
@Roles('declarant')
@Controller('teams')
export class TeamController {
  constructor(private readonly teams: TeamService) {}

  @Get()
  @ApiOperation({ summary: '本企业的班组及申报状态' })
  list(@CurrentPrincipal() principal: Principal) {
    return this.teams.listMine(principal);
  }

  @Post()
  @ApiOperation({ summary: '新建班组' })
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateTeamDto) {
    return this.teams.create(principal, dto);
  }
}
