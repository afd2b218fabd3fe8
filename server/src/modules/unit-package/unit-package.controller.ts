import { Controller, Get, HttpCode, Param, ParseIntPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { PDF_MIME } from '../material/index.js';
import { Idempotent } from '../idempotency/index.js';
import { Responds } from '../../common/contract/responds.js';
import { Upload } from '../../common/contract/uploads.js';
import { BuiltUnitPackage, UnitPackageView, UploadedExcellentList, UploadedLetter } from './unit-package.schemas.js';
import { UnitPackageService } from './unit-package.service.js';

@ApiTags('推荐')
@ApiBearerAuth()
@Controller()
export class UnitPackageController {
  constructor(private readonly packages: UnitPackageService) {}

  @Post('recommendation/package/letter')
  @Idempotent('upload')
  @Access('unit.act')
  @HttpCode(201)
  @Upload({ field: 'file', mediaTypes: [PDF_MIME], description: '推荐函' })
  @ApiOperation({ summary: '上传推荐函（PDF，表单字段 file）' })
  @Responds(UploadedLetter, '已上传')
  async letter(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest): Promise<UploadedLetter> {
    return { letter: await this.packages.upload(principal, 'letter', request) };
  }

  @Post('recommendation/package/excellent-list')
  @Idempotent('upload')
  @Access('unit.act')
  @HttpCode(201)
  @Upload({ field: 'file', mediaTypes: [PDF_MIME], description: '年度优秀名单的公布通知（标注推荐班组）' })
  @ApiOperation({ summary: '上传本行业（地方）年度优秀名单的公布通知（PDF，标注推荐班组）' })
  @Responds(UploadedExcellentList, '已上传')
  async excellentList(@CurrentPrincipal() principal: Principal, @Req() request: FastifyRequest): Promise<UploadedExcellentList> {
    return { excellentList: await this.packages.upload(principal, 'excellent_list', request) };
  }

  @Post('recommendation/package')
  @Idempotent()
  @Access('unit.act')
  @ApiOperation({ summary: '合成推荐材料 PDF：推荐函 + 统计表 + 优秀名单公布通知，以推荐单位名称命名' })
  @Responds(BuiltUnitPackage, '已合成')
  build(@CurrentPrincipal() principal: Principal) {
    return this.packages.build(principal);
  }

  @Get('recommendation/package')
  @Access('unit.act')
  @ApiOperation({ summary: '本单位的推荐材料：已上传的文件、当前合成版本和历史版本' })
  @Responds(UnitPackageView)
  get(@CurrentPrincipal() principal: Principal) {
    return this.packages.get(principal);
  }

  @Get('recommending-units/:unitId/package')
  @Access('recommendations.read')
  @ApiOperation({ summary: '秘书处查看推荐单位的推荐材料' })
  @Responds(UnitPackageView)
  getForUnit(@CurrentPrincipal() principal: Principal, @Param('unitId', ParseIntPipe) unitId: number) {
    return this.packages.get(principal, unitId);
  }
}
