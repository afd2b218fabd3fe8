import type { AggregationPolicy } from '../review/scores.js';
import { checkRubric, type Rubric } from '../review/rubric.js';
import { DomainError } from '../errors/domain-error.js';

// A campaign's settings as data (config/campaigns/<year>.json), checked by checkCampaignSettings before use.
export interface StageWindow {
  /** Inclusive ISO date, Beijing time (yyyy-mm-dd). */
  opens: string;
  /** Inclusive ISO date, Beijing time (yyyy-mm-dd). */
  closes: string;
}

export interface CampaignSettings {
  year: number;
  name: string;
  noticeRef: string;
  windows: {
    registration: StageWindow;
    materialsReview: StageWindow;
    presentations: StageWindow;
  };
  statisticsPeriod: { from: string; to: string };
  weights: { materials: number; presentation: number };
  /** Percent of graded teams: excellent and exemplary at most, improving at least. */
  gradeCaps: { excellentMax: number; exemplaryMax: number; improvingMin: number };
  rubrics: { materials: Rubric; presentation: Rubric };
  scoring: { aggregation: AggregationPolicy };
  eligibility: { minActivityRecords: number };
}

export const STAGE_LABEL: Record<keyof CampaignSettings['windows'], string> = {
  registration: '报名与推荐',
  materialsReview: '材料审核',
  presentations: '成果发布',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MONTH = /^\d{4}-\d{2}$/;

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
}

/** Returns every reason the settings are unusable; an empty list means they are valid. */
export function checkCampaignSettings(input: unknown): string[] {
  const problems: string[] = [];
  const s = input as Partial<CampaignSettings> | null;
  if (!s || typeof s !== 'object') return ['活动设置不是对象'];
  if (!Number.isInteger(s.year) || (s.year as number) < 2000) problems.push('year：年度应为四位整数');
  if (typeof s.name !== 'string' || s.name.trim() === '') problems.push('name：活动名称不能为空');
  const windows = s.windows;
  const order = ['registration', 'materialsReview', 'presentations'] as const;
  if (!windows || typeof windows !== 'object') {
    problems.push('windows：缺少各阶段时间');
  } else {
    let previousClose: string | null = null;
    for (const key of order) {
      const w = windows[key];
      if (!w || !isIsoDate(w.opens) || !isIsoDate(w.closes)) {
        problems.push(`windows.${key}：${STAGE_LABEL[key]}的起止日期应为 yyyy-mm-dd`);
        continue;
      }
      if (w.opens > w.closes) problems.push(`windows.${key}：${STAGE_LABEL[key]}的开始日期晚于结束日期`);
      if (previousClose !== null && w.opens <= previousClose) {
        problems.push(`windows.${key}：${STAGE_LABEL[key]}与上一阶段时间重叠`);
      }
      previousClose = w.closes;
    }
  }
  const period = s.statisticsPeriod;
  if (!period || !ISO_MONTH.test(period.from ?? '') || !ISO_MONTH.test(period.to ?? '') || period.from > period.to) {
    problems.push('statisticsPeriod：统计期间应为 yyyy-mm 且起不晚于止');
  }
  const weights = s.weights;
  if (!weights || !(weights.materials >= 0) || !(weights.presentation >= 0)) {
    problems.push('weights：分值应为非负数');
  } else if (weights.materials + weights.presentation !== 100) {
    problems.push('weights：资料审核与成果发布分值之和应为 100');
  }
  const caps = s.gradeCaps;
  if (!caps) {
    problems.push('gradeCaps：缺少等级比例');
  } else {
    const values = [caps.excellentMax, caps.exemplaryMax, caps.improvingMin];
    if (values.some((v) => typeof v !== 'number' || !(v >= 0 && v <= 100))) {
      problems.push('gradeCaps：比例应在 0 到 100 之间');
    } else if (caps.excellentMax + caps.exemplaryMax > 100) {
      problems.push('gradeCaps：卓越级与示范级上限之和超过 100%');
    } else if (caps.excellentMax + caps.exemplaryMax + caps.improvingMin > 100) {
      // Upper grades filled to their caps must leave at least the improving minimum.
      problems.push('gradeCaps：卓越级上限、示范级上限与改进级下限之和超过 100%');
    }
  }
  const rubrics = s.rubrics;
  if (!rubrics || typeof rubrics !== 'object') {
    problems.push('rubrics：缺少评分表');
  } else if (weights && weights.materials >= 0 && weights.presentation >= 0) {
    problems.push(...checkRubric(rubrics.materials, weights.materials, 'rubrics.materials'));
    problems.push(...checkRubric(rubrics.presentation, weights.presentation, 'rubrics.presentation'));
    if (rubrics.materials?.kind !== 'materials') problems.push('rubrics.materials.kind：应为 materials');
    if (rubrics.presentation?.kind !== 'presentation') problems.push('rubrics.presentation.kind：应为 presentation');
  }
  if (!s.scoring || !['mean', 'trimmed'].includes(s.scoring.aggregation)) {
    problems.push('scoring.aggregation：专家评分汇总方式应为 mean（平均）或 trimmed（去掉一个最高分和一个最低分后平均）');
  }
  if (!s.eligibility || !Number.isInteger(s.eligibility.minActivityRecords) || s.eligibility.minActivityRecords < 0) {
    problems.push('eligibility.minActivityRecords：现场活动记录最少条数应为非负整数');
  }
  return problems;
}

/** The stage a campaign is in on a given Beijing-time date. */
export type CampaignStage = 'before' | keyof CampaignSettings['windows'] | 'between' | 'after';

export function campaignStageOn(settings: CampaignSettings, isoDate: string): CampaignStage {
  const { registration, presentations } = settings.windows;
  if (isoDate < registration.opens) return 'before';
  if (isoDate > presentations.closes) return 'after';
  for (const key of ['registration', 'materialsReview', 'presentations'] as const) {
    const w = settings.windows[key];
    if (isoDate >= w.opens && isoDate <= w.closes) return key;
  }
  return 'between';
}

/** Today's date in Beijing (UTC+8) as yyyy-mm-dd; the activity's windows are Beijing dates. */
export function beijingDate(now: Date): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export const CAMPAIGN_STAGE_LABEL: Record<CampaignStage, string> = {
  before: '尚未开始',
  registration: '报名与推荐阶段',
  between: '阶段间隔',
  materialsReview: '材料审核阶段',
  presentations: '成果发布阶段',
  after: '本年度活动已结束',
};

/** The settings, checked; throws SETTINGS_INVALID listing every reason when they are unusable. */
export function parseCampaignSettings(input: unknown): CampaignSettings {
  const problems = checkCampaignSettings(input);
  if (problems.length > 0) throw new DomainError('SETTINGS_INVALID', `活动设置无效：${problems.join('；')}`, { problems });
  return input as CampaignSettings;
}
