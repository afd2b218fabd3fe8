import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { DeclineDto, ListUnitApplicationsDto, PreferencesDto, RecommendDto, SecretariatDecisionDto } from './dto/recommendation.dto.js';
import { RecommendationDetail, RecommendationOrder, RecommendationPage } from './recommendation.schemas.js';
import { RecommendationService } from './recommendation.service.js';

@ApiTags('推荐')
@ApiBearerAuth()
@Access('unit.act')
@Controller()
export class RecommendationController {
  constructor(private readonly recommendation: RecommendationService) {}

  @Get('recommendation/applications')
  @ApiOperation({ summary: '提交到本推荐单位的申报（待推荐、已推荐、未获推荐）' })
  @Responds(RecommendationPage)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListUnitApplicationsDto) {
    return this.recommendation.list(principal, query);
  }

  @Get('recommendation/applications/:id')
  @ApiOperation({ summary: '一份申报的详情：报名表、声明、材料、现场活动记录数' })
  @Responds(RecommendationDetail)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.recommendation.get(principal, id);
  }

  @Post('applications/:id/recommend')
  @HttpCode(200)
  @ApiOperation({ summary: '推荐（报名与推荐阶段内）' })
  @Responds(RecommendationDetail, '已推荐')
  recommend(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: RecommendDto) {
    return this.recommendation.recommend(principal, id, dto.preference);
  }

  @Post('applications/:id/decline')
  @HttpCode(200)
  @ApiOperation({ summary: '不予推荐，须说明原因（班组可见）' })
  @Responds(RecommendationDetail, '已不予推荐')
  decline(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: DeclineDto) {
    return this.recommendation.decline(principal, id, dto.reason);
  }

  @Put('recommendation/preferences')
  @ApiOperation({ summary: '已推荐申报的推荐顺序' })
  @Responds(RecommendationOrder, '已保存的推荐顺序')
  preferences(@CurrentPrincipal() principal: Principal, @Body() dto: PreferencesDto) {
    return this.recommendation.setPreferences(principal, dto.applicationIds);
  }

  @Post('applications/:id/secretariat-decision')
  @Access('recommendations.decide')
  @HttpCode(200)
  @ApiOperation({ summary: '秘书处改定推荐结果（推荐阶段结束后仅秘书处可改，须填原因，记入审计）' })
  @Responds(RecommendationDetail, '已改定')
  decideBySecretariat(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: SecretariatDecisionDto) {
    return this.recommendation.decideBySecretariat(principal, id, dto.decision, dto.reason);
  }
}
