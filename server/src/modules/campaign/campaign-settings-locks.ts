import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Whether the campaign's rubrics may no longer change, read in the settings update's transaction. */
export type RubricLock = (manager: EntityManager, campaignId: number) => Promise<boolean>;

/**
 * What locks parts of a campaign's settings. The modules that know (review: experts have score sheets) are higher than
 * campaign, so they register here in their onModuleInit, and the settings update asks without importing them.
 */
@Injectable()
export class CampaignSettingsLocks {
  private readonly rubricLocks: RubricLock[] = [];

  lockRubricsWhen(lock: RubricLock): void {
    this.rubricLocks.push(lock);
  }

  async rubricsLocked(manager: EntityManager, campaignId: number): Promise<boolean> {
    for (const lock of this.rubricLocks) if (await lock(manager, campaignId)) return true;
    return false;
  }
}
