import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { Public } from '../../common/route-access.js';
import { Responds } from '../../common/contract/responds.js';
import { CurrentCampaignView } from './campaign.schemas.js';
import { CampaignService } from './campaign.service.js';

@ApiTags('年度活动')
@Controller('campaigns')
export class CampaignController {
  constructor(private readonly campaigns: CampaignService) {}

  @Public()
  @Get('current')
  @ApiOperation({ summary: '当前年度活动及所处阶段' })
  @Responds(CurrentCampaignView)
  current() {
    return this.campaigns.currentView();
  }

  @Put('current/settings')
  @Access('campaign.manage')
  @ApiBearerAuth()
  @ApiBody({
    description: '整份活动设置；有误时 422 SETTINGS_INVALID，details.problems 列出全部问题；已有评分表后修改评分表 409 SETTINGS_RUBRIC_LOCKED',
    required: true,
    // Checked by the shared checkCampaignSettings (not class-validator), so the body is described by the settings' own schema.
    schema: { type: 'object', required: ['settings'], properties: { settings: { $ref: '#/components/schemas/CampaignSettings' } } },
  })
  @ApiOperation({ summary: '秘书处修改本年度活动设置（阶段时间、分值、等级比例、评分表等）' })
  @Responds(CurrentCampaignView, '已保存：修改后的当前活动')
  updateSettings(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    // Checked whole by the shared checkCampaignSettings, so the client gets every problem in one answer.
    return this.campaigns.updateSettings(principal, body);
  }
}
