import type { EntityManager } from 'typeorm';
import { Campaign } from './campaign.entity.js';

// The campaigns' queries for other modules (they never open the table's repository); the campaign being run is
// CampaignService.current().

export function campaignById(manager: EntityManager, id: number): Promise<Campaign> {
  return manager.findOneByOrFail(Campaign, { id });
}
