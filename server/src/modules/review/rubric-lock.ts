import { Injectable, type OnModuleInit } from '@nestjs/common';
import { CampaignSettingsLocks } from '../campaign/index.js';
import { ScoreSheetEntity } from './score-sheet.entity.js';

/** The rubrics stay as the experts score by: locked once any expert has a score sheet (draft or submitted) for the campaign. */
@Injectable()
export class RubricLock implements OnModuleInit {
  constructor(private readonly locks: CampaignSettingsLocks) {}

  onModuleInit(): void {
    this.locks.lockRubricsWhen((manager, campaignId) => manager.existsBy(ScoreSheetEntity, { campaignId }));
  }
}
