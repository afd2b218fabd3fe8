import { Body, Controller, Get, Param, ParseIntPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Responds } from '../../common/contract/responds.js';
import { Upload } from '../../common/contract/uploads.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Idempotent } from '../idempotency/index.js';
import { ActivityRecordDetail, ActivityRecordPage, ActivityRecordSummary, PHOTO_MEDIA_TYPES, RecordPhotoView } from './activity-record.schemas.js';
import { ActivityRecordService } from './activity-record.service.js';
import { CreateActivityRecordDto } from './dto/create-activity-record.dto.js';
import { ListActivityRecordsDto } from './dto/list-activity-records.dto.js';

@ApiTags('现场活动记录')
@ApiBearerAuth()
@Access('team.read')
@Controller('teams/:teamId/activity-records')
export class ActivityRecordController {
  constructor(private readonly records: ActivityRecordService) {}

  @Post()
  @ApiOperation({ summary: '提交现场活动记录（同一记录编号重发只保存一次：首次 201，重发 200）' })
  @Responds(ActivityRecordSummary, '已保存（首次 201，重发 200）')
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('teamId', ParseIntPipe) teamId: number,
    @Body() dto: CreateActivityRecordDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, record } = await this.records.create(principal, teamId, dto);
    void reply.status(created ? 201 : 200);
    return record;
  }

  @Get()
  @ApiOperation({ summary: '现场活动记录列表（可按类型、日期筛选）' })
  @Responds(ActivityRecordPage)
  list(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number, @Query() query: ListActivityRecordsDto) {
    return this.records.list(principal, teamId, query);
  }

  @Get(':recordId')
  @ApiOperation({ summary: '现场活动记录详情' })
  @Responds(ActivityRecordDetail)
  detail(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number, @Param('recordId', ParseIntPipe) recordId: number) {
    return this.records.detail(principal, teamId, recordId);
  }

  @Post(':recordId/photos')
  @Idempotent('upload')
  @Upload({ field: 'photo', mediaTypes: PHOTO_MEDIA_TYPES, description: '现场照片', fields: { photoKey: '手机端生成的照片编号（1–80 位字母、数字或 -；重发时不变），须在文件之前' } })
  @ApiOperation({ summary: '上传一张照片（字段 photoKey 在前，文件字段 photo；JPEG/PNG/WebP，按内容检查）' })
  @Responds(RecordPhotoView, '已保存（首次 201，同一 photoKey 重发 200）')
  async addPhoto(
    @CurrentPrincipal() principal: Principal,
    @Param('teamId', ParseIntPipe) teamId: number,
    @Param('recordId', ParseIntPipe) recordId: number,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { created, photo } = await this.records.addPhoto(principal, teamId, recordId, request);
    void reply.status(created ? 201 : 200);
    return photo;
  }
}
