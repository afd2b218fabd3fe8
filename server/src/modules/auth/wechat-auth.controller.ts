import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { Public } from '../../common/route-access.js';
import { WechatLoginDto } from './dto/wechat-login.dto.js';
import { WechatLoginService } from './wechat-login.service.js';
import { WechatLoginResult } from './auth.schemas.js';

@ApiTags('登录')
@Controller('auth')
export class WechatAuthController {
  constructor(private readonly wechat: WechatLoginService) {}

  @Public()
  @Post('wechat-login')
  @HttpCode(200)
  @ApiOperation({ summary: '小程序微信登录：已绑定则直接登录，否则返回用于绑定的临时凭证' })
  @Responds(WechatLoginResult)
  login(@Body() dto: WechatLoginDto) {
    return this.wechat.login(dto.code);
  }
}
