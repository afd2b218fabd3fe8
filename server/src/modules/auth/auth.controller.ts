import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds, RespondsEmpty } from '../../common/contract/responds.js';
import { LoginResult, PrincipalView } from './auth.schemas.js';
import { type AuthenticatedRequest, CurrentPrincipal, type Principal } from '../access/index.js';
import { Public } from '../../common/route-access.js';
import { LoginAttempt } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { AccountLoginDto } from './dto/account-login.dto.js';
import { CardLoginDto } from './dto/card-login.dto.js';
import { RefreshDto } from './dto/refresh.dto.js';
import { SessionService } from './session.service.js';

@ApiTags('登录')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Public()
  @LoginAttempt('card')
  @Post('card-login')
  @HttpCode(200)
  @ApiOperation({ summary: '申报企业凭报名卡号和密码登录（连续输错密码将暂时锁定该卡，同一地址失败过多将暂停登录）' })
  @Responds(LoginResult, '已登录')
  cardLogin(@Body() dto: CardLoginDto) {
    return this.auth.loginWithCard(dto.cardNo, dto.password, dto.wechatTicket);
  }

  @Public()
  @LoginAttempt('account')
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: '秘书处、推荐单位、专家等账号登录（连续输错密码将暂时锁定该用户名，同一地址失败过多将暂停登录）' })
  @Responds(LoginResult, '已登录')
  login(@Body() dto: AccountLoginDto) {
    return this.auth.loginWithAccount(dto.username, dto.password, dto.wechatTicket);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({ summary: '以 refreshToken 换取新的访问令牌和 refreshToken（原 refreshToken 随即作废；重复使用将注销该次登录）' })
  @Responds(LoginResult, '新的令牌')
  refresh(@Body() dto: RefreshDto) {
    return this.sessions.refresh(dto.refreshToken);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: '退出登录：本次登录的访问令牌和 refreshToken 立即失效' })
  @RespondsEmpty('已退出')
  async logout(@CurrentPrincipal() principal: Principal, @Req() request: AuthenticatedRequest): Promise<void> {
    await this.sessions.logout(principal, request.sessionId!);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前登录身份' })
  @Responds(PrincipalView)
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
