import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { beijingDate, CAMPAIGN_STAGE_LABEL, campaignStageOn } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound } from '../../common/domain.exception.js';
import { Campaign } from './campaign.entity.js';

@Injectable()
export class CampaignService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The newest campaign is the one being run. */
  async current(manager: EntityManager = this.dataSource.manager): Promise<Campaign> {
    const [campaign] = await manager.getRepository(Campaign).find({ order: { year: 'DESC' }, take: 1 });
    if (!campaign) throw notFound('CAMPAIGN_NOT_FOUND');
    return campaign;
  }

  async currentView(now = new Date()) {
    const campaign = await this.current();
    const stage = campaignStageOn(campaign.settings, beijingDate(now));
    return {
      year: campaign.year,
      name: campaign.name,
      stage,
      stageLabel: CAMPAIGN_STAGE_LABEL[stage],
      windows: campaign.settings.windows,
      weights: campaign.settings.weights,
      gradeCaps: campaign.settings.gradeCaps,
    };
  }
}
