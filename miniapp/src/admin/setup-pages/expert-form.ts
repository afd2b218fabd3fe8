import type { ExpertAssessmentStatus, ExpertTrainingStatus } from '@cacem/shared';
import type { Expert, SaveExpertInput } from '../../api/console-setup';

/** 专家库's add/edit form: text fields as typed, turned into the server's whole record (PUT replaces it). */

export const TRAINING_LABEL: Record<ExpertTrainingStatus, string> = { pending: '未培训', trained: '已培训' };
export const ASSESSMENT_LABEL: Record<ExpertAssessmentStatus, string> = { pending: '未考核', passed: '考核通过', failed: '考核未通过' };

export interface ExpertForm {
  name: string;
  mobile: string;
  enterpriseName: string;
  recommendingUnitId: string;
  specialties: string;
  trainingStatus: ExpertTrainingStatus;
  trainedAt: string;
  assessmentStatus: ExpertAssessmentStatus;
  assessedAt: string;
  active: boolean;
}

export const EMPTY_EXPERT_FORM: ExpertForm = {
  name: '',
  mobile: '',
  enterpriseName: '',
  recommendingUnitId: '',
  specialties: '',
  trainingStatus: 'pending',
  trainedAt: '',
  assessmentStatus: 'pending',
  assessedAt: '',
  active: true,
};

export function expertToForm(e: Expert): ExpertForm {
  return {
    name: e.name,
    mobile: e.mobile,
    enterpriseName: e.enterpriseName,
    recommendingUnitId: String(e.recommendingUnitId),
    specialties: e.specialties.join('、'),
    trainingStatus: e.trainingStatus,
    trainedAt: e.trainedAt ?? '',
    assessmentStatus: e.assessmentStatus,
    assessedAt: e.assessedAt ?? '',
    active: e.active,
  };
}

/** 专业 typed as one line: split on 、，, ; and spaces, blanks and repeats dropped. */
export function splitSpecialties(text: string): string[] {
  return [...new Set(text.split(/[、，,;；\s]+/).map((s) => s.trim()).filter(Boolean))];
}

/** The record to send; the server checks it and names the fields that are wrong. */
export function formToExpertInput(f: ExpertForm, enterpriseId?: number | null): SaveExpertInput {
  return {
    name: f.name.trim(),
    mobile: f.mobile.replace(/[\s-]/g, ''),
    enterpriseName: f.enterpriseName.trim(),
    ...(enterpriseId !== undefined ? { enterpriseId } : {}),
    // NaN is not an integer: the server answers 请选择推荐单位 beside the field.
    recommendingUnitId: f.recommendingUnitId === '' ? Number.NaN : Number(f.recommendingUnitId),
    specialties: splitSpecialties(f.specialties),
    trainingStatus: f.trainingStatus,
    trainedAt: f.trainedAt.trim() || null,
    assessmentStatus: f.assessmentStatus,
    assessedAt: f.assessedAt.trim() || null,
    active: f.active,
  };
}
