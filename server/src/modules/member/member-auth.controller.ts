import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { LoginAttempt, LoginResult } from '../auth/index.js';
import { Public } from '../../common/route-access.js';
import { JoinTeamDto } from './dto/join-team.dto.js';
import { MemberLoginDto } from './dto/member-login.dto.js';
import { MemberAuthService } from './member-auth.service.js';
import { MemberJoinResult } from './member.schemas.js';

@ApiTags('登录')
@Controller('auth')
export class MemberAuthController {
  constructor(private readonly memberAuth: MemberAuthService) {}

  @Public()
  @LoginAttempt()
  @Post('join')
  @ApiOperation({ summary: '凭邀请码加入班组并登录' })
  @Responds(MemberJoinResult, '已加入并登录')
  join(@Body() dto: JoinTeamDto) {
    return this.memberAuth.join(dto);
  }

  @Public()
  @LoginAttempt()
  @Post('member-login')
  @HttpCode(200)
  @ApiOperation({ summary: '班组成员凭一次性登录码登录（网页版）' })
  @Responds(LoginResult, '已登录')
  login(@Body() dto: MemberLoginDto) {
    return this.memberAuth.loginWithCode(dto.loginCode);
  }
}
