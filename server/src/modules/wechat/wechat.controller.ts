import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { CurrentPrincipal, type Principal, subjectOf } from '../access/index.js';
import { AcceptSubscriptionsDto } from './dto/accept-subscriptions.dto.js';
import { SubscribeConsentService } from './subscribe-consent.service.js';
import { SubscriptionsAccepted, WechatTemplates } from './wechat.schemas.js';

@ApiTags('微信')
@ApiBearerAuth()
@Controller('wechat')
export class WechatController {
  constructor(private readonly consents: SubscribeConsentService) {}

  @Post('subscriptions')
  @HttpCode(200)
  @ApiOperation({ summary: '记录用户刚同意的订阅消息（每次同意可接收一条）' })
  @Responds(SubscriptionsAccepted)
  accept(@CurrentPrincipal() principal: Principal, @Body() dto: AcceptSubscriptionsDto) {
    return this.consents.accept(subjectOf(principal), dto.templateIds);
  }

  @Get('templates')
  @ApiOperation({ summary: '小程序应请求订阅的消息模板' })
  @Responds(WechatTemplates)
  templates() {
    return this.consents.templates();
  }
}
