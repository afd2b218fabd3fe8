import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Idempotent } from '../idempotency/index.js';
import { DecideCaseDto, DecideKeptSheetsDto, ListCasesDto, ListKeptSheetDecisionsDto, ListWarningsDto, OpenCaseDto, RemoveExpertDto } from './dto/discipline.dto.js';
import { ExpertRemovalService } from './expert-removal.service.js';
import { KeptSheetsService } from './kept-sheets.service.js';
import { MisconductService } from './misconduct.service.js';
import { UnitWarningsService } from './unit-warnings.service.js';
import { Responds } from '../../common/contract/responds.js';
import { Upload } from '../../common/contract/uploads.js';
import {
  ExpertRemovalResult,
  KeptSheetDecisionList,
  KeptSheetDecisionView,
  MisconductCaseDetail,
  MisconductCaseList,
  MisconductEvidenceView,
  UnitWarningList,
} from './discipline.schemas.js';

/** What evidence may be, by content (misconduct.service.ts EVIDENCE_EXTENSIONS): PDF, images, Office documents old and new. */
const EVIDENCE_MEDIA_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/bmp',
  'image/tiff',
  'image/heic',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/msword',
  'application/vnd.ms-excel',
  'application/vnd.ms-powerpoint',
] as const;

@ApiTags('纪律')
@ApiBearerAuth()
@Controller()
export class DisciplineController {
  constructor(
    private readonly misconduct: MisconductService,
    private readonly removals: ExpertRemovalService,
    private readonly keptSheets: KeptSheetsService,
    private readonly unitWarnings: UnitWarningsService,
  ) {}

  @Post('misconduct-cases')
  @Idempotent()
  @Access('discipline.manage')
  @ApiOperation({ summary: '违规查处立案：申报材料涉嫌剽窃或弄虚作假（第十五条）' })
  @Responds(MisconductCaseDetail, '已立案')
  open(@CurrentPrincipal() principal: Principal, @Body() dto: OpenCaseDto) {
    return this.misconduct.open(principal, dto);
  }

  @Get('misconduct-cases')
  @Access('discipline.manage')
  @ApiOperation({ summary: '违规查处案件列表（可按状态筛选）' })
  @Responds(MisconductCaseList)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListCasesDto) {
    return this.misconduct.list(principal, query);
  }

  @Get('misconduct-cases/:id')
  @Access('discipline.manage')
  @ApiOperation({ summary: '违规查处案件详情，含证据材料及下载链接' })
  @Responds(MisconductCaseDetail)
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.misconduct.get(principal, id);
  }

  @Post('misconduct-cases/:id/evidence')
  @Idempotent('upload')
  @Access('discipline.manage')
  @HttpCode(201)
  @Upload({ field: 'file', mediaTypes: EVIDENCE_MEDIA_TYPES, description: '证据材料' })
  @ApiOperation({ summary: '上传证据材料（表单字段 file；PDF、图片或 Office 文档）' })
  @Responds(MisconductEvidenceView, '已上传')
  evidence(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Req() request: FastifyRequest) {
    return this.misconduct.addEvidence(principal, id, request);
  }

  @Post('misconduct-cases/:id/decision')
  @HttpCode(200)
  @Access('discipline.manage')
  @ApiOperation({ summary: '处理决定：经查实则取消活动资格、警示推荐单位并撤销证书；或不予认定' })
  @Responds(MisconductCaseDetail, '已决定')
  decide(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: DecideCaseDto) {
    return this.misconduct.decide(principal, id, dto);
  }

  @Get('unit-warnings')
  @Access('discipline.manage')
  @ApiOperation({ summary: '推荐单位警示记录（可按推荐单位筛选）' })
  @Responds(UnitWarningList)
  warnings(@CurrentPrincipal() principal: Principal, @Query() query: ListWarningsDto) {
    return this.unitWarnings.warnings(principal, query);
  }

  @Get('recommending-units/mine/warnings')
  @Access('unit.act')
  @ApiOperation({ summary: '推荐单位联系人：本单位收到的警示' })
  @Responds(UnitWarningList)
  mineWarnings(@CurrentPrincipal() principal: Principal) {
    return this.unitWarnings.mineWarnings(principal);
  }

  @Post('experts/:id/removal')
  @HttpCode(200)
  @Access('discipline.manage')
  @ApiOperation({ summary: '取消专家资格（第十六条）：停用专家及其登录，保留专家记录；所在专家组尚有评审工作时随机抽取替换专家，只作废尚未结束的评审阶段的评分表；已结束阶段的评分保留，是否处理由秘书处另行决定' })
  @Responds(ExpertRemovalResult, '已取消资格')
  remove(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: RemoveExpertDto) {
    return this.removals.remove(principal, id, dto);
  }

  @Get('kept-sheet-decisions')
  @Access('discipline.manage')
  @ApiOperation({ summary: '被取消资格专家的保留评分：待秘书处决定的排在前面（可按状态筛选）' })
  @Responds(KeptSheetDecisionList)
  keptSheetDecisions(@CurrentPrincipal() principal: Principal, @Query() query: ListKeptSheetDecisionsDto) {
    return this.keptSheets.list(principal, query);
  }

  @Get('experts/:id/kept-sheets')
  @Access('discipline.manage')
  @ApiOperation({ summary: '某位被取消资格专家在已结束评审阶段的保留评分（班组、评审环节、总分）及秘书处的决定' })
  @Responds(KeptSheetDecisionView)
  keptSheetsOf(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.keptSheets.get(principal, id);
  }

  @Post('experts/:id/kept-sheets/decision')
  @HttpCode(200)
  @Access('discipline.manage')
  @ApiOperation({ summary: '对保留评分作出决定（须填写理由）：维持有效，或不予采用（作废评分表、重新汇总专家组评分；已生成的等级须重新生成或重新确认）' })
  @Responds(KeptSheetDecisionView, '已决定')
  decideKeptSheets(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: DecideKeptSheetsDto) {
    return this.keptSheets.decide(principal, id, dto);
  }
}
