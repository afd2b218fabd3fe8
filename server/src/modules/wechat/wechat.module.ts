import { Global, Module } from '@nestjs/common';
import { NotificationSender } from './notification-sender.js';
import { SubscribeConsentService } from './subscribe-consent.service.js';
import { WechatAuthController } from './wechat-auth.controller.js';
import { WechatController } from './wechat.controller.js';
import { WechatClient } from './wechat.client.js';
import { WechatBindingService } from './wechat-binding.service.js';
import { WechatLoginService } from './wechat-login.service.js';

/** Global: the card, account and invite logins bind WeChat through WechatBindingService. */
@Global()
@Module({
  controllers: [WechatAuthController, WechatController],
  providers: [WechatClient, WechatBindingService, WechatLoginService, SubscribeConsentService, NotificationSender],
  exports: [WechatBindingService, WechatClient, NotificationSender],
})
export class WechatModule {}
