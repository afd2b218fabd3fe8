import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { PageQueryDto } from '../../common/page-query.dto.js';
import { DismissPairDto, ListDocumentsDto, ListPairsDto, OpenPairCaseDto } from './dto/similarity.dto.js';
import {
  SimilarityCaseOpened,
  SimilarityDocumentPage,
  SimilarityOverview,
  SimilarityPairDetail,
  SimilarityPairPage,
  SimilarityPairView,
  SimilarityRunPage,
  SimilarityRunView,
} from './similarity.schemas.js';
import { SimilarityService } from './similarity.service.js';

@ApiTags('材料查重')
@ApiBearerAuth()
@Controller('similarity')
export class SimilarityController {
  constructor(private readonly similarity: SimilarityService) {}

  @Get('overview')
  @Access('similarity.manage')
  @ApiOperation({ summary: '查重概况：最近一次查重的进度与结果、文件数、相似文件对数' })
  @Responds(SimilarityOverview)
  overview(@CurrentPrincipal() principal: Principal) {
    return this.similarity.overview(principal);
  }

  @Post('runs')
  @Access('similarity.manage')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: '发起查重（后台进行；已有排队中的查重时返回该次）' })
  @Responds(SimilarityRunView, '已受理：本次（或已在排队的）查重')
  request(@CurrentPrincipal() principal: Principal) {
    return this.similarity.requestRun(principal);
  }

  @Get('runs')
  @Access('similarity.manage')
  @ApiOperation({ summary: '历次查重' })
  @Responds(SimilarityRunPage)
  runs(@CurrentPrincipal() principal: Principal, @Query() query: PageQueryDto) {
    return this.similarity.runs(principal, query.page, query.pageSize);
  }

  @Get('pairs')
  @Access('similarity.manage')
  @ApiOperation({ summary: '相似文件对，按相似度从高到低；counts 为各筛选条件下的对数（默认只列出未核实的疑似雷同）' })
  @Responds(SimilarityPairPage)
  pairs(@CurrentPrincipal() principal: Principal, @Query() query: ListPairsDto) {
    return this.similarity.pairs(principal, query);
  }

  @Get('pairs/:id')
  @Access('similarity.manage')
  @ApiOperation({ summary: '相似文件对详情：谁先提交、各自的文字见于对方的比例、匹配段落按文件 A 的顺序对照（含页码或幻灯片序号）' })
  @Responds(SimilarityPairDetail)
  pair(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.similarity.pair(principal, id);
  }

  @Post('pairs/:id/case')
  @Access('similarity.manage')
  @ApiOperation({ summary: '据此立案查处（剽窃），比对结果和两份文件作为证据材料' })
  @Responds(SimilarityCaseOpened, '已立案')
  openCase(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: OpenPairCaseDto) {
    return this.similarity.openCase(principal, id, dto);
  }

  @Post('pairs/:id/dismissal')
  @Access('similarity.manage')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: '核实无问题：该文件对不是抄袭（填写核实情况），默认不再列出' })
  @Responds(SimilarityPairView, '已核实无问题的文件对')
  dismiss(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: DismissPairDto) {
    return this.similarity.dismiss(principal, id, dto);
  }

  @Delete('pairs/:id/dismissal')
  @Access('similarity.manage')
  @ApiOperation({ summary: '撤销核实无问题的结论' })
  @Responds(SimilarityPairView, '恢复列出的文件对')
  restore(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.similarity.restore(principal, id);
  }

  @Get('documents')
  @Access('similarity.manage')
  @ApiOperation({ summary: '参与查重的文件；status=uncheckable 为无法比对的文件及原因' })
  @Responds(SimilarityDocumentPage)
  documents(@CurrentPrincipal() principal: Principal, @Query() query: ListDocumentsDto) {
    return this.similarity.documents(principal, query);
  }
}
