import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { contentDisposition } from '../../storage/files.controller.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Public } from '../../common/route-access.js';
import { Responds, RespondsWithFile } from '../../common/contract/responds.js';
import { InviteDto } from './dto/invitation.dto.js';
import { InvitationList, PublicInvitationList } from './invitation.schemas.js';
import { InvitationService } from './invitation.service.js';

@ApiTags('发布会名单')
@ApiBearerAuth()
@Controller()
export class InvitationController {
  constructor(private readonly invitations: InvitationService) {}

  @Get('invitations')
  @Access('publications.manage')
  @ApiOperation({ summary: '已完成资料审核的申报，按资料审核得分排名；名单是否已公布' })
  @Responds(InvitationList)
  list(@CurrentPrincipal() principal: Principal) {
    return this.invitations.list(principal);
  }

  @Post('invitations')
  @HttpCode(200)
  @Access('publications.manage')
  @ApiOperation({ summary: '确定并公布参加发布会的班组名单（其余为未受邀），通知各班组；公布后不能更改' })
  @Responds(InvitationList, '已公布')
  invite(@CurrentPrincipal() principal: Principal, @Body() dto: InviteDto) {
    return this.invitations.invite(principal, dto);
  }

  @Get('invitations/export.xlsx')
  @Access('exports.read')
  @ApiOperation({ summary: '导出参加发布会班组名单（Excel）' })
  @RespondsWithFile(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'], 'Excel 工作簿')
  async export(@CurrentPrincipal() principal: Principal, @Res() reply: FastifyReply) {
    const file = await this.invitations.export(principal);
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', contentDisposition(file.filename).replace(/^inline/, 'attachment'))
      .header('cache-control', 'private, no-store')
      .send(file.bytes);
  }

  @Get('public/invitations')
  @Public()
  @ApiOperation({ summary: '公开：参加发布会的班组名单（公布后可见，不含分数）' })
  @Responds(PublicInvitationList)
  publicList() {
    return this.invitations.publicList();
  }
}
