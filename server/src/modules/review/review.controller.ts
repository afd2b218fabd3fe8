import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Idempotent } from '../idempotency/index.js';
import { DecideScoreChangeDto, ReturnSheetDto, ScoreKindPipe, ScoreSheetDto } from './dto/review.dto.js';
import { PanelReviewService } from './panel-review.service.js';
import { ReviewProgressService } from './review-progress.service.js';
import { ReviewService } from './review.service.js';
import { ScoreChangeService } from './score-change.service.js';
import { SCORE_KINDS, type ScoreKind } from './score-sheet.entity.js';
import { CloseMaterialsResult, PanelProgress, PanelSheets, ReviewOverview, ScoreChangeView } from './review-panel.schemas.js';
import { MyReviews, ScoreSheetPage, ScoreSheetView } from './review.schemas.js';

/** The :kind path parameter as the document shows it. */
const KindParam = () => ApiParam({ name: 'kind', enum: SCORE_KINDS, description: '评分类别：materials 资料审核，presentation 成果发布' });

@ApiTags('专家评分')
@ApiBearerAuth()
@Controller('reviews')
export class ReviewController {
  constructor(
    private readonly reviews: ReviewService,
    private readonly panelReviews: PanelReviewService,
    private readonly reviewProgress: ReviewProgressService,
    private readonly changes: ScoreChangeService,
  ) {}

  @Get('mine')
  @Access('review.score')
  @ApiOperation({ summary: '专家本人的评审任务：所在专家组的申报及本人评分状态' })
  @Responds(MyReviews)
  mine(@CurrentPrincipal() principal: Principal) {
    return this.reviews.mine(principal);
  }

  @Get('overview/:kind')
  @Access('reviews.oversee')
  @ApiOperation({ summary: '秘书处：各专家组的评分进度' })
  @KindParam()
  @Responds(ReviewOverview)
  overview(@CurrentPrincipal() principal: Principal, @Param('kind', ScoreKindPipe) kind: ScoreKind) {
    return this.reviewProgress.overview(principal, kind);
  }

  @Post('changes/:id/decision')
  @HttpCode(200)
  @Access('reviews.oversee')
  @ApiOperation({ summary: '秘书处审核评分更正：看过同组评分的专家重新提交的评分，同意则新评分生效，不同意则维持退回前的评分（记入审计日志）' })
  @Responds(ScoreChangeView, '已审核')
  decideChange(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: DecideScoreChangeDto) {
    return this.changes.decide(principal, id, dto);
  }

  @Get('panels/:panelNo/:kind/progress')
  @Access('review.read')
  @ApiOperation({ summary: '组长：本组评分进度；全部专家提交后可见各人总分与分差' })
  @KindParam()
  @Responds(PanelProgress)
  progress(@CurrentPrincipal() principal: Principal, @Param('panelNo', ParseIntPipe) panelNo: number, @Param('kind', ScoreKindPipe) kind: ScoreKind) {
    return this.reviewProgress.progress(principal, panelNo, kind);
  }

  @Post('panels/:panelNo/materials/close')
  @HttpCode(200)
  @Access('review.lead')
  @ApiOperation({ summary: '组长确认本组资料审核结束：汇总评分，申报进入「资料审核已完成」' })
  @Responds(CloseMaterialsResult, '资料审核已结束，各申报的专家组评分')
  closeMaterials(@CurrentPrincipal() principal: Principal, @Param('panelNo', ParseIntPipe) panelNo: number) {
    return this.panelReviews.closeMaterials(principal, panelNo);
  }

  @Get(':applicationId/:kind')
  @Access('review.score')
  @ApiOperation({ summary: '评分表：申报概况、申报材料、评分细则和本人的评分（看不到其他专家的评分）' })
  @KindParam()
  @Responds(ScoreSheetPage)
  sheet(@CurrentPrincipal() principal: Principal, @Param('applicationId', ParseIntPipe) applicationId: number, @Param('kind', ScoreKindPipe) kind: ScoreKind) {
    return this.reviews.sheet(principal, applicationId, kind);
  }

  @Put(':applicationId/:kind')
  @Access('review.score')
  @ApiOperation({ summary: '保存评分草稿（可缺项；已填的分数须在分值范围内且为 0.5 的倍数）' })
  @KindParam()
  @Responds(ScoreSheetView, '已保存')
  saveDraft(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', ParseIntPipe) applicationId: number,
    @Param('kind', ScoreKindPipe) kind: ScoreKind,
    @Body() dto: ScoreSheetDto,
  ) {
    return this.reviews.saveDraft(principal, applicationId, kind, dto);
  }

  @Post(':applicationId/:kind/submit')
  @Idempotent()
  @HttpCode(200)
  @Access('review.score')
  @ApiOperation({ summary: '提交评分：须逐项打分；提交后不能修改，除非组长退回' })
  @KindParam()
  @Responds(ScoreSheetView, '已提交')
  submit(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', ParseIntPipe) applicationId: number,
    @Param('kind', ScoreKindPipe) kind: ScoreKind,
    @Body() dto: ScoreSheetDto,
  ) {
    return this.reviews.submit(principal, applicationId, kind, dto);
  }

  @Get(':applicationId/:kind/panel-sheets')
  @Access('review.score')
  @ApiOperation({ summary: '同组专家的评分：提交本人评分后才可查看' })
  @KindParam()
  @Responds(PanelSheets)
  panelSheets(@CurrentPrincipal() principal: Principal, @Param('applicationId', ParseIntPipe) applicationId: number, @Param('kind', ScoreKindPipe) kind: ScoreKind) {
    return this.panelReviews.panelSheets(principal, applicationId, kind);
  }

  @Post(':applicationId/:kind/sheets/:expertId/return')
  @HttpCode(200)
  @Access('review.score')
  @ApiOperation({ summary: '组长退回某位专家的评分以便更正（须填写原因，记入审计日志）' })
  @KindParam()
  @Responds(ScoreSheetView, '已退回')
  returnSheet(
    @CurrentPrincipal() principal: Principal,
    @Param('applicationId', ParseIntPipe) applicationId: number,
    @Param('kind', ScoreKindPipe) kind: ScoreKind,
    @Param('expertId', ParseIntPipe) expertId: number,
    @Body() dto: ReturnSheetDto,
  ) {
    return this.panelReviews.returnSheet(principal, applicationId, kind, expertId, dto);
  }
}
