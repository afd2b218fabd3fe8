import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds, RespondsEmpty } from '../../common/contract/responds.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { UpdateMemberDto } from './dto/update-member.dto.js';
import { MemberLoginCodeView, MemberProfile, TeamInviteView, TeamMemberList, TeamMemberView } from './member.schemas.js';
import { MemberService } from './member.service.js';

@ApiTags('班组成员')
@ApiBearerAuth()
@Controller()
export class MemberController {
  constructor(private readonly members: MemberService) {}

  @Get('teams/:teamId/members')
  @Access('team.read')
  @ApiOperation({ summary: '班组成员名单' })
  @Responds(TeamMemberList)
  list(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number) {
    return this.members.list(principal, teamId);
  }

  @Put('teams/:teamId/members/:memberId')
  @Access('team.manage')
  @ApiOperation({ summary: '修改成员（姓名、班组长/组员、手机号）' })
  @Responds(TeamMemberView, '已修改')
  update(
    @CurrentPrincipal() principal: Principal,
    @Param('teamId', ParseIntPipe) teamId: number,
    @Param('memberId', ParseIntPipe) memberId: number,
    @Body() dto: UpdateMemberDto,
  ) {
    return this.members.update(principal, teamId, memberId, dto);
  }

  @Delete('teams/:teamId/members/:memberId')
  @Access('team.manage')
  @HttpCode(204)
  @ApiOperation({ summary: '移除成员' })
  @RespondsEmpty('已移除')
  async remove(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number, @Param('memberId', ParseIntPipe) memberId: number) {
    await this.members.remove(principal, teamId, memberId);
  }

  @Post('teams/:teamId/invites')
  @Access('team.manage')
  @ApiOperation({ summary: '生成邀请码和二维码，成员凭此加入班组（7 天有效）' })
  @Responds(TeamInviteView, '已生成')
  invite(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number) {
    return this.members.createInvite(principal, teamId);
  }

  @Post('teams/:teamId/members/:memberId/login-code')
  @Access('team.manage')
  @ApiOperation({ summary: '为成员生成网页版一次性登录码（24 小时有效）' })
  @Responds(MemberLoginCodeView, '已生成')
  loginCode(@CurrentPrincipal() principal: Principal, @Param('teamId', ParseIntPipe) teamId: number, @Param('memberId', ParseIntPipe) memberId: number) {
    return this.members.createLoginCode(principal, teamId, memberId);
  }

  @Get('members/me')
  @Access('member.self')
  @ApiOperation({ summary: '成员本人及所在班组' })
  @Responds(MemberProfile)
  me(@CurrentPrincipal() principal: Principal) {
    return this.members.me(principal);
  }
}
