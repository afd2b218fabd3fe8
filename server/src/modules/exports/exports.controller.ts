import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RespondsWithFile } from '../../common/contract/responds.js';
import { contentDisposition } from '../../storage/files.controller.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { type ExportFile, ExportsService } from './exports.service.js';
import { XLSX_MIME } from './workbook.js';

@ApiTags('秘书处导出')
@ApiBearerAuth()
@Access('exports.read')
@Controller('console/exports')
export class ExportsController {
  constructor(private readonly exports: ExportsService) {}

  @Get('applications.xlsx')
  @RespondsWithFile([XLSX_MIME], 'Excel 工作簿（作为附件下载）')
  @ApiOperation({ summary: '导出本年度全部已提交申报（含得分、等级、证书编号）' })
  async applications(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply) {
    return send(reply, await this.exports.applications(principal));
  }

  @Get('scores.xlsx')
  @RespondsWithFile([XLSX_MIME], 'Excel 工作簿（作为附件下载）')
  @ApiOperation({ summary: '导出专家评分明细（资料审核、成果发布各一张工作表，每个评分项一列）' })
  async scores(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply) {
    return send(reply, await this.exports.scores(principal));
  }

  @Get('results.xlsx')
  @RespondsWithFile([XLSX_MIME], 'Excel 工作簿（作为附件下载）')
  @ApiOperation({ summary: '导出等级评定结果（建议等级、决定等级、调整理由）' })
  async results(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply) {
    return send(reply, await this.exports.results(principal));
  }

  @Get('statistics.xlsx')
  @RespondsWithFile([XLSX_MIME], 'Excel 工作簿（作为附件下载）')
  @ApiOperation({ summary: '导出各推荐单位统计表（附件3）汇总，含合计行和未报送单位' })
  async statistics(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply) {
    return send(reply, await this.exports.statistics(principal));
  }
}

function send(reply: FastifyReply, file: ExportFile) {
  return reply
    .header('content-type', XLSX_MIME)
    .header('content-disposition', contentDisposition(file.filename).replace(/^inline/, 'attachment'))
    .header('cache-control', 'private, no-store')
    .send(file.bytes);
}
