import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators.js';
import type { Principal } from '../auth/principal.js';
import { CampaignService } from './campaign.service.js';

@ApiTags('年度活动')
@Controller('campaigns')
export class CampaignController {
  constructor(private readonly campaigns: CampaignService) {}

  @Public()
  @Get('current')
  @ApiOperation({ summary: '当前年度活动及所处阶段' })
  current() {
    return this.campaigns.currentView();
  }

  @Put('current/settings')
  @Roles('secretariat')
  @ApiBearerAuth()
  @ApiBody({ description: '{ settings: CampaignSettings }（见 @cacem/shared）；有误时 422 SETTINGS_INVALID，details.problems 列出全部问题；已有评分表后修改评分表 409 SETTINGS_RUBRIC_LOCKED' })
  @ApiOperation({ summary: '秘书处修改本年度活动设置（阶段时间、分值、等级比例、评分表等）' })
  updateSettings(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    // Checked whole by the shared checkCampaignSettings, so the client gets every problem in one answer.
    return this.campaigns.updateSettings(principal, body);
  }
}
