import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { AbsentDto, CreateSessionDto, SessionOrderDto } from './dto/presentation.dto.js';
import { CloseSessionResult, PresentationSession, PresentationSessionList } from './presentation.schemas.js';
import { PresentationDayService } from './presentation-day.service.js';
import { PresentationService } from './presentation.service.js';

@ApiTags('成果发布')
@ApiBearerAuth()
@Controller('presentation-sessions')
export class PresentationController {
  constructor(
    private readonly sessions: PresentationService,
    private readonly day: PresentationDayService,
  ) {}

  @Post()
  @Access('sessions.manage')
  @ApiOperation({ summary: '安排发布会场次：日期、地点、评审专家组和发布顺序（须为该组评审的受邀班组）' })
  @Responds(PresentationSession, '已安排')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateSessionDto) {
    return this.sessions.create(principal, dto);
  }

  @Get()
  @Access('sessions.manage')
  @ApiOperation({ summary: '本年度全部发布会场次' })
  @Responds(PresentationSessionList)
  list(@CurrentPrincipal() principal: Principal) {
    return this.sessions.list(principal);
  }

  @Get('mine')
  @Access('review.score')
  @ApiOperation({ summary: '专家本人所在专家组的发布会场次及本人评分状态' })
  @Responds(PresentationSessionList, '各场次（含本人在专家组中的角色 role 及每个班组的本人评分状态 mySheet）')
  mine(@CurrentPrincipal() principal: Principal) {
    return this.day.mine(principal);
  }

  @Get(':id')
  @Access('review.read')
  @ApiOperation({ summary: '一个场次：发布顺序、各班组提交评分的专家人数与结果' })
  @Responds(PresentationSession)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.day.get(principal, id);
  }

  @Put(':id/order')
  @Access('sessions.manage')
  @ApiOperation({ summary: '调整发布顺序（闭会前）' })
  @Responds(PresentationSession, '已调整')
  reorder(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: SessionOrderDto) {
    return this.sessions.reorder(principal, id, dto);
  }

  @Post(':id/slots/:applicationId/absent')
  @HttpCode(200)
  @Access('review.lead')
  @ApiOperation({ summary: '组长或秘书处标记班组未到场（闭会时视同放弃），或撤销标记' })
  @Responds(PresentationSession, '已标记')
  markAbsent(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseIntPipe) id: number,
    @Param('applicationId', ParseIntPipe) applicationId: number,
    @Body() dto: AbsentDto,
  ) {
    return this.day.markAbsent(principal, id, applicationId, dto);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Access('review.lead')
  @ApiOperation({ summary: '组长闭会：汇总发布评分，已发布的班组进入「已完成成果发布」，未发布的视同放弃' })
  @Responds(CloseSessionResult, '已闭会')
  close(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.day.close(principal, id);
  }
}
