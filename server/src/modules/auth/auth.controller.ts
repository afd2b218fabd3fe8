import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public } from './auth.decorators.js';
import { AuthService } from './auth.service.js';
import { AccountLoginDto } from './dto/account-login.dto.js';
import { CardLoginDto } from './dto/card-login.dto.js';
import type { Principal } from './principal.js';

@ApiTags('登录')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('card-login')
  @HttpCode(200)
  @ApiOperation({ summary: '申报企业凭报名卡号和密码登录' })
  cardLogin(@Body() dto: CardLoginDto) {
    return this.auth.loginWithCard(dto.cardNo, dto.password, dto.wechatTicket);
  }

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: '秘书处、推荐单位、专家等账号登录' })
  login(@Body() dto: AccountLoginDto) {
    return this.auth.loginWithAccount(dto.username, dto.password, dto.wechatTicket);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: '当前登录身份' })
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}
