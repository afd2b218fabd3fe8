import type { EntityManager } from 'typeorm';
import { Campaign } from './campaign.entity.js';
import { writeLock } from '../../common/unique-violation.js';
import { LessThan } from 'typeorm';

// The campaigns' queries for other modules (they never open the table's repository); the campaign being run is
// CampaignService.current().

export function campaignById(manager: EntityManager, id: number): Promise<Campaign> {
  return manager.findOneByOrFail(Campaign, { id });
}

/** Every campaign, past ones too. */
export function allCampaigns(manager: EntityManager): Promise<Campaign[]> {
  return manager.find(Campaign);
}

/** The ids of the campaigns of the years before this one. */
export async function earlierCampaignIds(manager: EntityManager, year: number): Promise<number[]> {
  const earlier = await manager.find(Campaign, { where: { year: LessThan(year) }, select: { id: true } });
  return earlier.map((c) => c.id);
}

/** The campaign row, read under its write lock (where the database takes one): callers queue on it, e.g. for the next card serial. */
export function lockedCampaign(manager: EntityManager, id: number): Promise<Campaign | null> {
  return manager.findOne(Campaign, { where: { id }, ...writeLock(manager) });
}
