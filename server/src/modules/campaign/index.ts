// The campaign module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { Campaign } from './campaign.entity.js';
export { CampaignService } from './campaign.service.js';
export { campaignById } from './campaign.queries.js';
export { allCampaigns } from './campaign.queries.js';
export { earlierCampaignIds } from './campaign.queries.js';
export { CampaignSettingsLocks, type RubricLock } from './campaign-settings-locks.js';
export { lockedCampaign } from './campaign.queries.js';
