import { Module } from '@nestjs/common';
import { WechatAuthController } from './wechat-auth.controller.js';
import { WechatLoginService } from './wechat-login.service.js';

/**
 * POST /auth/wechat-login: logging in as whom a WeChat user is bound to. Its own module, between the inbox and the
 * WeChat routes in AppModule, so the API document lists it where it always was.
 */
@Module({ controllers: [WechatAuthController], providers: [WechatLoginService] })
export class WechatLoginModule {}
