import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
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
}
