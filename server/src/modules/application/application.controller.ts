import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Idempotent } from '../idempotency/index.js';
import { ApplicationView, TimelineView } from './application.schemas.js';
import { ApplicationService } from './application.service.js';
import { SaveApplicationDto } from './dto/save-application.dto.js';

@ApiTags('申报')
@ApiBearerAuth()
// Members read their team's application; writing it is the declarant's ('application.manage'), checked by the service.
@Access('application.read')
@Controller()
export class ApplicationController {
  constructor(private readonly applications: ApplicationService) {}

  @Get('teams/:teamId/application')
  @ApiOperation({ summary: '班组本年度的申报（申报企业、班组成员可看）' })
  @Responds(ApplicationView)
  get(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number) {
    return this.applications.getForTeam(principal, teamId);
  }

  @Put('teams/:teamId/application')
  @ApiOperation({ summary: '填写报名表：创建或修改申报草稿（仅填写中可改）' })
  @Responds(ApplicationView, '已保存')
  save(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number, @Body() dto: SaveApplicationDto) {
    return this.applications.save(principal, teamId, dto);
  }

  @Post('applications/:id/submit')
  @Idempotent()
  @HttpCode(200)
  @ApiOperation({ summary: '提交申报（报名阶段内，须符合第六条、第七条的条件）' })
  @Responds(ApplicationView, '已提交')
  submit(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.applications.submit(principal, id);
  }

  @Post('applications/:id/withdraw')
  @HttpCode(200)
  @ApiOperation({ summary: '撤回申报（初选之前）' })
  @Responds(ApplicationView, '已撤回')
  withdraw(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.applications.withdraw(principal, id);
  }

  @Get('applications/:id/timeline')
  @ApiOperation({ summary: '申报进度：报名、推荐、初选、资料审核、成果发布' })
  @Responds(TimelineView)
  timeline(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.applications.timeline(principal, id);
  }
}
