import type { ExpertAssessmentStatus, ExpertTrainingStatus } from '@cacem/shared';

export interface ExpertStatusFacts {
  trainingStatus: ExpertTrainingStatus;
  trainedAt: string | null;
  assessmentStatus: ExpertAssessmentStatus;
  assessedAt: string | null;
}

export interface FieldProblem {
  field: 'trainingStatus' | 'trainedAt' | 'assessmentStatus' | 'assessedAt';
  message: string;
}

/** A calendar date written yyyy-mm-dd that exists (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** 第十一条: trained, then assessed. The dates go with the statuses and come in that order. */
export function expertStatusProblems(facts: ExpertStatusFacts): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (facts.trainedAt !== null && !isCalendarDate(facts.trainedAt)) problems.push({ field: 'trainedAt', message: '培训日期不是有效日期' });
  if (facts.assessedAt !== null && !isCalendarDate(facts.assessedAt)) problems.push({ field: 'assessedAt', message: '考核日期不是有效日期' });
  if (facts.trainingStatus === 'pending' && facts.trainedAt !== null) problems.push({ field: 'trainedAt', message: '未培训的专家不应有培训日期' });
  if (facts.assessmentStatus === 'pending' && facts.assessedAt !== null) problems.push({ field: 'assessedAt', message: '未考核的专家不应有考核日期' });
  if (facts.assessmentStatus !== 'pending' && facts.trainingStatus !== 'trained') {
    problems.push({ field: 'assessmentStatus', message: '专家须先完成培训，才能有考核结果' });
  }
  if (facts.trainedAt && facts.assessedAt && facts.assessedAt < facts.trainedAt) problems.push({ field: 'assessedAt', message: '考核日期不能早于培训日期' });
  return problems;
}
