import { Controller, Get, Param, ParseIntPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Responds } from '../../common/contract/responds.js';
import { Upload } from '../../common/contract/uploads.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Idempotent } from '../idempotency/index.js';
import { MATERIAL_KINDS, MATERIAL_MEDIA_TYPES, MaterialVersionList, MaterialView } from '../material/index.js';
import { ApplicationMaterialsService } from './application-materials.service.js';

@ApiTags('申报材料')
@ApiBearerAuth()
// Members read their application's materials; uploading is the declarant's ('application.manage'), checked by the service.
@Access('application.read')
@Controller('applications/:id/materials')
// Named as when it lived in the material module: operation ids are `<controller>_<method>`.
export class MaterialController {
  constructor(private readonly materials: ApplicationMaterialsService) {}

  @Post(':kind')
  @Idempotent('upload')
  @ApiParam({ name: 'kind', enum: MATERIAL_KINDS, description: 'pdf 申报材料（PDF）/ ppt 发布材料（PPTX 或 PPT）' })
  @Upload({
    field: 'file',
    mediaTypes: MATERIAL_MEDIA_TYPES,
    description: '申报材料：kind 为 pdf 时为 PDF，为 ppt 时为 PPTX 或 PPT',
    fields: { fileName: '文件原名（小程序上传时文件部分的名字是临时文件名）' },
  })
  @ApiOperation({ summary: '上传申报材料：kind 为 pdf 或 ppt，表单字段 file；重新上传保留以前的版本' })
  @Responds(MaterialView, '已上传（新的一版）')
  upload(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Param('kind') kind: string, @Req() request: FastifyRequest) {
    return this.materials.upload(principal, id, kind, request);
  }

  @Get()
  @ApiOperation({ summary: '申报材料的所有版本（current 为当前版本）' })
  @Responds(MaterialVersionList)
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.materials.list(principal, id);
  }
}
