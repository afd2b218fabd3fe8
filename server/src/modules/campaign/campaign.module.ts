import { Global, Module } from '@nestjs/common';
import { CampaignController } from './campaign.controller.js';
import { CampaignService } from './campaign.service.js';

@Global()
@Module({ controllers: [CampaignController], providers: [CampaignService], exports: [CampaignService] })
export class CampaignModule {}
