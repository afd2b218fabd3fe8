import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../errors/domain-error.js';
import { rubricItems } from '../review/rubric.js';
import { beijingDate, type CampaignSettings, campaignStageOn, checkCampaignSettings, parseCampaignSettings } from './campaign-settings.js';

/** The settings the platform ships for 2026, read from config/ as the server reads them. */
const settings2026 = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../config/campaigns/2026.json'), 'utf8')) as CampaignSettings;
const variant = (patch: (s: CampaignSettings) => void): CampaignSettings => {
  const copy = structuredClone(settings2026);
  patch(copy);
  return copy;
};

describe('campaign settings', () => {
  it('accepts the shipped 2026 settings: the notice windows, 80 + 20 points, 10% / 40% / 50%', () => {
    expect(checkCampaignSettings(settings2026)).toEqual([]);
    expect(settings2026.windows.registration).toEqual({ opens: '2026-06-01', closes: '2026-06-30' });
    expect(settings2026.weights).toEqual({ materials: 80, presentation: 20 });
    expect(settings2026.gradeCaps).toEqual({ excellentMax: 10, exemplaryMax: 40, improvingMin: 50 });
  });

  it('ships default rubrics built from 第六条, marked as defaults the secretariat replaces', () => {
    const { materials, presentation } = settings2026.rubrics;
    expect(materials.isDefault).toBe(true);
    expect(presentation.isDefault).toBe(true);
    expect(materials.source).toContain('第六条');
    expect(rubricItems(materials).reduce((s, i) => s + i.max, 0)).toBe(80);
    expect(rubricItems(presentation).reduce((s, i) => s + i.max, 0)).toBe(20);
    expect(materials.categories.map((c) => c.title)).toEqual([
      '活动计划与实施方案',
      '基础管理与现场管理',
      '质量意识、服务意识与业务技能',
      '质量改进活动与方法运用',
      '活动成果与顾客确认',
      '管理特色与推广价值',
    ]);
  });

  it('rejects a rubric whose items do not sum to its total, naming both figures', () => {
    const s = variant((c) => (c.rubrics.materials.categories[0]!.items[0]!.max = 6));
    expect(checkCampaignSettings(s)).toEqual(['rubrics.materials：资料审核评分表各项分值之和为 81，应等于总分 80']);
  });

  it('rejects a rubric total that disagrees with the weight, and items off the 0.5 step', () => {
    const total = variant((c) => (c.rubrics.presentation.total = 25));
    expect(checkCampaignSettings(total)).toContain('rubrics.presentation.total：成果发布评分表总分应为 20，实际为 25');
    const step = variant((c) => (c.rubrics.presentation.categories[3]!.items[0]!.max = 1.25));
    expect(checkCampaignSettings(step).join()).toContain('的分值应为正数且是 0.5 的整数倍');
  });

  it('rejects duplicate item ids', () => {
    const s = variant((c) => (c.rubrics.materials.categories[1]!.items[0]!.id = 'M1.1'));
    expect(checkCampaignSettings(s).join()).toContain('评分项编号缺失或重复');
  });

  it('rejects weights that do not sum to 100', () => {
    const s = variant((c) => (c.weights = { materials: 80, presentation: 30 }));
    expect(checkCampaignSettings(s)).toContain('weights：资料审核与成果发布分值之和应为 100');
  });

  it('rejects overlapping stage windows', () => {
    const s = variant((c) => (c.windows.materialsReview = { opens: '2026-06-20', closes: '2026-07-31' }));
    expect(checkCampaignSettings(s)).toEqual(['windows.materialsReview：材料审核与上一阶段时间重叠']);
  });

  it('rejects caps over 100%', () => {
    expect(checkCampaignSettings(variant((c) => (c.gradeCaps = { excellentMax: 70, exemplaryMax: 40, improvingMin: 50 })))).toEqual([
      'gradeCaps：卓越级与示范级上限之和超过 100%',
    ]);
    expect(checkCampaignSettings(variant((c) => (c.gradeCaps = { excellentMax: 20, exemplaryMax: 40, improvingMin: 50 })))).toEqual([
      'gradeCaps：卓越级上限、示范级上限与改进级下限之和超过 100%',
    ]);
  });

  it('rejects an unknown aggregation policy', () => {
    const s = variant((c) => ((c.scoring as { aggregation: string }).aggregation = 'median'));
    expect(checkCampaignSettings(s)[0]).toMatch(/^scoring\.aggregation/);
  });

  it('throws SETTINGS_INVALID with every reason from parseCampaignSettings', () => {
    const bad = variant((c) => {
      c.weights = { materials: 70, presentation: 20 };
      c.windows.presentations.opens = '2026-07-15';
    });
    expect(() => parseCampaignSettings(bad)).toThrow(DomainError);
    try {
      parseCampaignSettings(bad);
    } catch (e) {
      expect((e as DomainError).code).toBe('SETTINGS_INVALID');
      expect(((e as DomainError).details!.problems as string[]).length).toBeGreaterThanOrEqual(3);
    }
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
