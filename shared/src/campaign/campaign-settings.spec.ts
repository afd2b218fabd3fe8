import { describe, expect, it } from '@jest/globals';
import { beijingDate, type CampaignSettings, campaignStageOn, checkCampaignSettings } from './campaign-settings.js';

const settings2026: CampaignSettings = {
  year: 2026,
  name: '2026年工程建设质量信得过班组活动',
  noticeRef: '中施企协字〔2026〕16号',
  windows: {
    registration: { opens: '2026-06-01', closes: '2026-06-30' },
    materialsReview: { opens: '2026-07-01', closes: '2026-07-31' },
    presentations: { opens: '2026-08-01', closes: '2026-09-30' },
  },
  statisticsPeriod: { from: '2025-05', to: '2026-06' },
  weights: { materials: 80, presentation: 20 },
  gradeCaps: { excellentMax: 10, exemplaryMax: 40, improvingMin: 50 },
};

describe('campaign settings', () => {
  it('accepts the 2026 notice: 80 + 20 points, 10% / 40% / 50%', () => {
    expect(checkCampaignSettings(settings2026)).toEqual([]);
  });

  it('rejects weights that do not sum to 100', () => {
    expect(checkCampaignSettings({ ...settings2026, weights: { materials: 80, presentation: 30 } })).toEqual([
      'weights：资料审核与成果发布分值之和应为 100',
    ]);
  });

  it('rejects overlapping stage windows', () => {
    const windows = { ...settings2026.windows, materialsReview: { opens: '2026-06-20', closes: '2026-07-31' } };
    expect(checkCampaignSettings({ ...settings2026, windows })).toContain('windows.materialsReview：材料审核与上一阶段时间重叠');
  });

  it('rejects caps over 100%', () => {
    const problems = checkCampaignSettings({ ...settings2026, gradeCaps: { excellentMax: 70, exemplaryMax: 40, improvingMin: 50 } });
    expect(problems).toContain('gradeCaps：卓越级与示范级上限之和超过 100%');
  });

  it('tells the stage on a Beijing date, inclusive of both ends', () => {
    expect(campaignStageOn(settings2026, '2026-05-31')).toBe('before');
    expect(campaignStageOn(settings2026, '2026-06-01')).toBe('registration');
    expect(campaignStageOn(settings2026, '2026-06-30')).toBe('registration');
    expect(campaignStageOn(settings2026, '2026-07-15')).toBe('materialsReview');
    expect(campaignStageOn(settings2026, '2026-09-30')).toBe('presentations');
    expect(campaignStageOn(settings2026, '2026-10-01')).toBe('after');
  });

  it('takes the date in Beijing: 16:30 UTC on 31 May is already 1 June there', () => {
    expect(beijingDate(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06-01');
  });
});
