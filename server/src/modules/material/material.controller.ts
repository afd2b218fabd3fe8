import { Controller, Get, Param, ParseIntPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { MaterialService } from './material.service.js';
import { Idempotent } from '../idempotency/idempotent.decorator.js';

@ApiTags('申报材料')
@ApiBearerAuth()
@Roles('declarant', 'member')
@Controller('applications/:id/materials')
export class MaterialController {
  constructor(private readonly materials: MaterialService) {}

  @Post(':kind')
  @Idempotent('upload')
  @ApiConsumes('multipart/form-data')
  @ApiOperation({ summary: '上传申报材料：kind 为 pdf 或 ppt，表单字段 file；重新上传保留以前的版本' })
  upload(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number, @Param('kind') kind: string, @Req() request: FastifyRequest) {
    return this.materials.upload(principal, id, kind, request);
  }

  @Get()
  @ApiOperation({ summary: '申报材料的所有版本（current 为当前版本）' })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.materials.list(principal, id);
  }
}
