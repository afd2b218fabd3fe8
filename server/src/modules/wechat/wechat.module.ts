import { Global, Module } from '@nestjs/common';
import { SubscribeConsentService } from './subscribe-consent.service.js';
import { WechatController } from './wechat.controller.js';
import { WechatClient } from './wechat.client.js';
import { WechatBindingService } from './wechat-binding.service.js';

/** Global: the card, account and invite logins bind WeChat through WechatBindingService; the sender delivers through WechatClient. */
@Global()
@Module({
  controllers: [WechatController],
  providers: [WechatClient, WechatBindingService, SubscribeConsentService],
  exports: [WechatBindingService, WechatClient, SubscribeConsentService],
})
export class WechatModule {}
