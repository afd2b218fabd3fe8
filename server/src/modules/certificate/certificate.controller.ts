import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Responds, RespondsWithFile } from '../../common/contract/responds.js';
import { contentDisposition } from '../../storage/files.controller.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Public } from '../../common/route-access.js';
import { type CertificateFile, CertificateDocumentService } from './certificate-document.service.js';
import { CertificateService } from './certificate.service.js';
import { ListCertificatesDto, RevokeCertificateDto } from './dto/certificate.dto.js';
import { CertificateItem, CertificatePage, IssuedCertificates, PublicCertificate } from './certificate.schemas.js';

function send(reply: FastifyReply, file: CertificateFile, disposition: 'inline' | 'attachment') {
  return reply
    .header('content-type', file.mime)
    .header('content-disposition', contentDisposition(file.filename).replace(/^inline/, disposition))
    .header('cache-control', 'private, no-store')
    .header('x-content-type-options', 'nosniff')
    .send(Buffer.from(file.bytes));
}

@ApiTags('证书')
@ApiBearerAuth()
@Controller()
export class CertificateController {
  constructor(
    private readonly certificates: CertificateService,
    private readonly documents: CertificateDocumentService,
  ) {}

  @Post('certificates/issue')
  @HttpCode(200)
  @Access('certificates.manage')
  @ApiOperation({ summary: '颁发证书：为本届已评定等级且已公布、尚无证书的班组生成证书编号并颁发（重复执行不会重复颁发）' })
  @Responds(IssuedCertificates, '已颁发')
  issue(@CurrentPrincipal() principal: Principal) {
    return this.certificates.issue(principal);
  }

  @Get('certificates')
  @Access('certificates.manage')
  @ApiOperation({ summary: '本届证书名单（班组、企业、推荐单位、等级、编号、颁发日期、是否撤销），可按等级和撤销状态筛选' })
  @Responds(CertificatePage)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ListCertificatesDto) {
    return this.certificates.list(principal, query);
  }

  @Get('certificates/onward.xlsx')
  @Access('exports.read')
  @RespondsWithFile(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'Excel 工作簿')
  @ApiOperation({ summary: '导出择优推荐名单（卓越级、未撤销，按总分从高到低），报国家市场监督管理总局、中国质量协会' })
  async onward(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply) {
    return send(reply, await this.documents.onward(principal), 'attachment');
  }

  @Get('certificates/:no/pdf')
  @RespondsWithFile(['application/pdf'], '证书 PDF')
  @ApiOperation({ summary: '下载证书 PDF（秘书处、该班组所属申报企业、该班组成员可下载；已撤销的证书带“已撤销”标记）' })
  async pdf(@CurrentPrincipal() principal: Principal, @Param('no') no: string, @Res() reply: FastifyReply) {
    return send(reply, await this.documents.pdf(principal, no), 'inline');
  }

  @Post('certificates/:no/revoke')
  @HttpCode(200)
  @Access('certificates.manage')
  @ApiOperation({ summary: '撤销证书（须填写原因，公众查验时可见；已撤销的不能再次撤销）' })
  @Responds(CertificateItem, '已撤销')
  revoke(@CurrentPrincipal() principal: Principal, @Param('no') no: string, @Body() dto: RevokeCertificateDto) {
    return this.certificates.revoke(principal, no, dto);
  }

  @Public()
  @Get('public/certificates/:no')
  @ApiOperation({ summary: '公众查验证书（无需登录）：按证书编号查询班组、企业、等级、年度和是否有效' })
  @Responds(PublicCertificate)
  verify(@Param('no') no: string) {
    return this.certificates.verify(no);
  }
}
