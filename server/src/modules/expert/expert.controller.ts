import { Body, Controller, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Idempotent } from '../idempotency/index.js';
import { ExpertAccountDto, ListExpertsQueryDto, SaveExpertDto } from './dto/expert.dto.js';
import { ExpertImportService } from './expert-import.service.js';
import { ExpertService } from './expert.service.js';
import { ExpertAccountView, ExpertImportReport, ExpertPage, ExpertView } from './expert.schemas.js';
import { Responds } from '../../common/contract/responds.js';
import { Upload } from '../../common/contract/uploads.js';

@ApiTags('专家库')
@ApiBearerAuth()
@Access('experts.manage')
@Controller('experts')
export class ExpertController {
  constructor(
    private readonly experts: ExpertService,
    private readonly imports: ExpertImportService,
  ) {}

  @Get()
  @ApiOperation({ summary: '专家库：按姓名/手机/企业/专业查找，按推荐单位、可抽取、启用筛选' })
  @Responds(ExpertPage)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListExpertsQueryDto) {
    return this.experts.list(principal, query);
  }

  @Post()
  @ApiOperation({ summary: '添加专家' })
  @Responds(ExpertView, '已添加')
  create(@CurrentPrincipal() principal: Principal, @Body() dto: SaveExpertDto) {
    return this.experts.create(principal, dto);
  }

  @Post('import')
  @Idempotent('upload')
  @HttpCode(200)
  @Upload({ field: 'file', mediaTypes: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], description: '专家名单 Excel 表格（第一个工作表，第 1 行为列名）' })
  @ApiOperation({
    summary: '从 Excel（.xlsx，表单字段 file）导入专家：有效行导入（手机号已存在则更新），无效行逐行报告原因、不写入',
  })
  @Responds(ExpertImportReport, '导入结果')
  import(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest) {
    return this.imports.import(principal, request);
  }

  @Put(':id')
  @ApiOperation({ summary: '修改专家信息（整条替换）' })
  @Responds(ExpertView, '已保存')
  update(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: SaveExpertDto) {
    return this.experts.update(principal, id, dto);
  }

  @Post(':id/account')
  @HttpCode(200)
  @ApiOperation({ summary: '开设（或重置）专家登录账号：返回用户名、一次性密码和微信绑定码（7 天有效，仅显示一次）' })
  @Responds(ExpertAccountView)
  account(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Body() dto: ExpertAccountDto) {
    return this.experts.account(principal, id, dto);
  }
}
