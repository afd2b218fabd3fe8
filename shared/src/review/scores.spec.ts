import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import type { CampaignSettings } from '../campaign/campaign-settings.js';
import { type DomainError } from '../errors/domain-error.js';
import { rubricItems } from './rubric.js';
import { aggregatePanelScore, checkScoreSheet, roundScore, type ScoreSheet, scoreSheetTotal } from './scores.js';

const settings = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../config/campaigns/2026.json'), 'utf8')) as CampaignSettings;
const materials = settings.rubrics.materials;
const presentation = settings.rubrics.presentation;
const full = (rubric = materials, fraction = 1): ScoreSheet => Object.fromEntries(rubricItems(rubric).map((i) => [i.id, Math.floor(i.max * fraction * 2) / 2]));

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('score sheets', () => {
  it('totals a full sheet exactly: every maximum gives 80 for materials and 20 for presentation', () => {
    expect(scoreSheetTotal(materials, full())).toBe(80);
    expect(scoreSheetTotal(presentation, full(presentation))).toBe(20);
    // three quarters of each maximum, rounded down to the step: 6 items of 5 → 3.5, 5 of 6 → 4.5, 5 of 4 → 3
    expect(scoreSheetTotal(materials, full(materials, 0.75))).toBe(58.5);
  });

  it('rejects points above the item maximum or below zero, and off the 0.5 step', () => {
    const problems = checkScoreSheet(materials, { ...full(), 'M1.1': 5.5, 'M1.2': -1, 'M2.1': 3.3 }, { complete: true });
    expect(problems.map((p) => [p.itemId, p.code])).toEqual([
      ['M1.1', 'SCORE_OUT_OF_RANGE'],
      ['M1.2', 'SCORE_OUT_OF_RANGE'],
      ['M2.1', 'SCORE_NOT_ON_STEP'],
    ]);
    expect(problems[0]!.message).toBe('「班组活动计划目标明确、可测量」的得分应在 0 到 5 分之间');
  });

  it('lets a draft leave items blank, but a submission must score every item', () => {
    expect(checkScoreSheet(materials, { 'M1.1': 4.5 }, { complete: false })).toEqual([]);
    const missing = checkScoreSheet(materials, { 'M1.1': 4.5 }, { complete: true });
    expect(missing).toHaveLength(rubricItems(materials).length - 1);
    expect(missing.every((p) => p.code === 'SCORE_ITEM_MISSING')).toBe(true);
  });

  it('rejects items the rubric does not have', () => {
    expect(checkScoreSheet(materials, { X9: 1 }, { complete: false })).toEqual([{ itemId: 'X9', code: 'SCORE_ITEM_UNKNOWN', message: '评分项 X9 不在评分表中' }]);
    expect(thrown(() => scoreSheetTotal(materials, { ...full(), X9: 1 })).code).toBe('SCORE_ITEM_UNKNOWN');
  });
});

describe('a panel’s score for an application', () => {
  const experts = ['e1', 'e2', 'e3', 'e4', 'e5'];

  it('is the mean of the experts’ totals, rounded to two decimals once at the end', () => {
    const result = aggregatePanelScore({
      expertIds: ['e1', 'e2', 'e3'],
      totals: [
        { expertId: 'e1', total: 70 },
        { expertId: 'e2', total: 71.5 },
        { expertId: 'e3', total: 72 },
      ],
      policy: 'trimmed',
    });
    // (70 + 71.5 + 72) / 3 = 71.1666… → 71.17; fewer than five experts, so nothing is dropped.
    expect(result).toEqual({ score: 71.17, countedExpertIds: ['e1', 'e2', 'e3'], droppedExpertIds: [] });
  });

  it('drops the single highest and single lowest with five or more experts under the trimmed policy', () => {
    const totals = [60, 70, 71, 72, 79.5].map((total, i) => ({ expertId: experts[i]!, total }));
    const trimmed = aggregatePanelScore({ expertIds: experts, totals, policy: 'trimmed' });
    expect(trimmed.score).toBe(71);
    expect(trimmed.droppedExpertIds).toEqual(['e1', 'e5']);
    expect(aggregatePanelScore({ expertIds: experts, totals, policy: 'mean' }).score).toBe(70.5);
  });

  it('drops only one of two equal highest totals, the same one whatever the submission order', () => {
    const totals = [70, 70, 75, 75, 60].map((total, i) => ({ expertId: experts[i]!, total }));
    const a = aggregatePanelScore({ expertIds: experts, totals, policy: 'trimmed' });
    const b = aggregatePanelScore({ expertIds: experts, totals: [...totals].reverse(), policy: 'trimmed' });
    expect(a).toEqual(b);
    expect(a.score).toBe(roundScore((70 + 70 + 75) / 3));
  });

  it('refuses to aggregate while experts are missing, naming them', () => {
    const error = thrown(() => aggregatePanelScore({ expertIds: experts, totals: [{ expertId: 'e2', total: 70 }], policy: 'mean' }));
    expect(error.code).toBe('SCORES_MISSING');
    expect(error.details).toEqual({ missingExpertIds: ['e1', 'e3', 'e4', 'e5'] });
    expect(error.message).toBe('还有 4 位专家未提交评分：e1、e3、e4、e5');
  });

  it('refuses totals from experts outside the panel and duplicates', () => {
    expect(thrown(() => aggregatePanelScore({ expertIds: ['e1'], totals: [{ expertId: 'x', total: 1 }], policy: 'mean' })).code).toBe('GRADING_INVALID_INPUT');
    const twice = [
      { expertId: 'e1', total: 1 },
      { expertId: 'e1', total: 2 },
    ];
    expect(thrown(() => aggregatePanelScore({ expertIds: ['e1'], totals: twice, policy: 'mean' })).code).toBe('GRADING_INVALID_INPUT');
  });

  it('rounds half away from zero, robust to binary fractions', () => {
    expect(roundScore(71.165)).toBe(71.17);
    expect(roundScore(1.005)).toBe(1.01);
    expect(roundScore(70)).toBe(70);
  });
});
