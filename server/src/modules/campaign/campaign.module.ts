import { Global, Module } from '@nestjs/common';
import { CampaignSettingsLocks } from './campaign-settings-locks.js';
import { CampaignController } from './campaign.controller.js';
import { CampaignService } from './campaign.service.js';

@Global()
@Module({ controllers: [CampaignController], providers: [CampaignService, CampaignSettingsLocks], exports: [CampaignService, CampaignSettingsLocks] })
export class CampaignModule {}
