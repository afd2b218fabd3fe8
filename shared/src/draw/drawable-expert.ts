import type { DrawExpert } from './draw-panels.js';

/** 培训 (第十一条): an expert is trained before entering the pool. */
export const EXPERT_TRAINING_STATUSES = ['pending', 'trained'] as const;
export type ExpertTrainingStatus = (typeof EXPERT_TRAINING_STATUSES)[number];

/** 考核 (第十一条): and assessed; only a pass counts. */
export const EXPERT_ASSESSMENT_STATUSES = ['pending', 'passed', 'failed'] as const;
export type ExpertAssessmentStatus = (typeof EXPERT_ASSESSMENT_STATUSES)[number];

export interface ExpertQualification {
  active: boolean;
  trainingStatus: ExpertTrainingStatus;
  assessmentStatus: ExpertAssessmentStatus;
}

/**
 * 第十一、十二条: experts are recommended, trained and assessed, then in the pool, and panels are drawn from it.
 * An expert may be drawn only while active, trained and with a passed assessment.
 */
export function isDrawableExpert(expert: ExpertQualification): boolean {
  return expert.active && expert.trainingStatus === 'trained' && expert.assessmentStatus === 'passed';
}

export interface PooledExpert {
  id: number | string;
  enterpriseId?: number | string | null;
  recommendingUnitId?: number | string | null;
}

/** The draw's view of a pool expert: ids as strings; an unknown enterprise or unit is left out (no conflict can be found). */
export function toDrawExpert(expert: PooledExpert): DrawExpert {
  return {
    id: String(expert.id),
    ...(expert.enterpriseId != null ? { enterpriseId: String(expert.enterpriseId) } : {}),
    ...(expert.recommendingUnitId != null ? { unitId: String(expert.recommendingUnitId) } : {}),
  };
}
