import { DomainError } from '../errors/domain-error.js';
import type { ErrorCode } from '../errors/error-codes.js';
import { type Rubric, type RubricItem, rubricItems, toSteps } from './rubric.js';

/** One expert's points per rubric item id. */
export type ScoreSheet = Record<string, number>;

export interface ScoreProblem {
  itemId: string;
  code: Extract<ErrorCode, 'SCORE_OUT_OF_RANGE' | 'SCORE_NOT_ON_STEP' | 'SCORE_ITEM_UNKNOWN' | 'SCORE_ITEM_MISSING'>;
  message: string;
}

/** The problem with one item's points, or null: within 0..max and on the rubric's step. */
export function checkItemScore(item: RubricItem, value: unknown, step: number): ScoreProblem | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > item.max) {
    return { itemId: item.id, code: 'SCORE_OUT_OF_RANGE', message: `「${item.title}」的得分应在 0 到 ${item.max} 分之间` };
  }
  if (toSteps(value, step) === null) {
    return { itemId: item.id, code: 'SCORE_NOT_ON_STEP', message: `「${item.title}」的得分应以 ${step} 分为单位` };
  }
  return null;
}

/**
 * Every problem of a score sheet. A draft may leave items blank; a sheet being submitted (`complete`)
 * must score every item.
 */
export function checkScoreSheet(rubric: Rubric, sheet: ScoreSheet, options: { complete: boolean }): ScoreProblem[] {
  const items = rubricItems(rubric);
  const known = new Set(items.map((i) => i.id));
  const problems: ScoreProblem[] = [];
  for (const itemId of Object.keys(sheet)) {
    if (!known.has(itemId)) problems.push({ itemId, code: 'SCORE_ITEM_UNKNOWN', message: `评分项 ${itemId} 不在评分表中` });
  }
  for (const item of items) {
    if (!(item.id in sheet) || sheet[item.id] === undefined) {
      if (options.complete) problems.push({ itemId: item.id, code: 'SCORE_ITEM_MISSING', message: `「${item.title}」尚未打分` });
      continue;
    }
    const problem = checkItemScore(item, sheet[item.id], rubric.step);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The sheet's total, exact (summed in steps); throws when the sheet has a problem. Never exceeds the rubric's total. */
export function scoreSheetTotal(rubric: Rubric, sheet: ScoreSheet): number {
  const problems = checkScoreSheet(rubric, sheet, { complete: true });
  if (problems.length > 0) throw new DomainError(problems[0]!.code, problems[0]!.message, { problems });
  let steps = 0;
  for (const item of rubricItems(rubric)) steps += toSteps(sheet[item.id]!, rubric.step)!;
  return steps * rubric.step;
}

export type AggregationPolicy = 'mean' | 'trimmed';

export const TRIM_MIN_EXPERTS = 5;

export interface PanelScoreInput {
  /** Every expert of the panel who must score the application. */
  expertIds: string[];
  /** The totals submitted so far. */
  totals: Array<{ expertId: string; total: number }>;
  policy: AggregationPolicy;
}

export interface PanelScore {
  /** Rounded to two decimals, once, here. */
  score: number;
  /** Experts whose totals made the mean. */
  countedExpertIds: string[];
  /** With the trimmed policy and five or more experts: the single highest and single lowest. */
  droppedExpertIds: string[];
}

/** Rounds half away from zero at two decimals, robust to binary fractions (e.g. 1.005 → 1.01). */
export function roundScore(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-7) / 100;
}

/**
 * A panel's score for one application: the mean of its experts' totals; with the trimmed policy and five or
 * more experts the single highest and single lowest totals are dropped first. Every assigned expert must have
 * submitted: otherwise SCORES_MISSING names those missing.
 */
export function aggregatePanelScore(input: PanelScoreInput): PanelScore {
  const assigned = new Set(input.expertIds);
  const byExpert = new Map<string, number>();
  for (const { expertId, total } of input.totals) {
    if (!assigned.has(expertId)) throw new DomainError('GRADING_INVALID_INPUT', `专家 ${expertId} 不在该专家组中`, { expertId });
    if (byExpert.has(expertId)) throw new DomainError('GRADING_INVALID_INPUT', `专家 ${expertId} 提交了两份评分`, { expertId });
    if (!Number.isFinite(total) || total < 0) throw new DomainError('GRADING_INVALID_INPUT', `专家 ${expertId} 的总分无效`, { expertId });
    byExpert.set(expertId, total);
  }
  const missing = input.expertIds.filter((id) => !byExpert.has(id));
  if (missing.length > 0) {
    throw new DomainError('SCORES_MISSING', `还有 ${missing.length} 位专家未提交评分：${missing.join('、')}`, { missingExpertIds: missing });
  }
  if (input.expertIds.length === 0) throw new DomainError('GRADING_INVALID_INPUT', '专家组没有专家');
  // Sorted by total, then id, so which of two equal totals is dropped does not depend on submission order.
  const sorted = [...byExpert.entries()].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  const trim = input.policy === 'trimmed' && sorted.length >= TRIM_MIN_EXPERTS;
  const counted = trim ? sorted.slice(1, -1) : sorted;
  const dropped = trim ? [sorted[0]![0], sorted[sorted.length - 1]![0]] : [];
  const sum = counted.reduce((s, [, total]) => s + total, 0);
  return { score: roundScore(sum / counted.length), countedExpertIds: counted.map(([id]) => id), droppedExpertIds: dropped };
}
