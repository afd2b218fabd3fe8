// 现场活动记录: what a team logs on site, week by week.
export const ACTIVITY_KINDS = ['pre_shift_meeting', 'quality_inspection', 'technical_briefing', 'qc_activity', 'training', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const ACTIVITY_KIND_LABEL: Record<ActivityKind, string> = {
  pre_shift_meeting: '班前会',
  quality_inspection: '质量检查',
  technical_briefing: '技术交底',
  qc_activity: 'QC 活动',
  training: '培训',
  other: '其他',
};

export function isActivityKind(value: unknown): value is ActivityKind {
  return typeof value === 'string' && (ACTIVITY_KINDS as readonly string[]).includes(value);
}

export const ACTIVITY_CONTENT_MAX = 2000;
export const ACTIVITY_PLACE_MAX = 100;
export const ACTIVITY_PHOTOS_MAX = 9;
