import type { ApplicationStatus } from '@cacem/shared';

/** The steps of the dashboard's funnel, in order, each with the status that marks reaching it. */
export const FUNNEL_STEPS = [
  { key: 'submitted', status: 'submitted', label: '已提交' },
  { key: 'recommended', status: 'recommended', label: '已推荐' },
  { key: 'screenedIn', status: 'screened_in', label: '初选通过' },
  { key: 'reviewed', status: 'reviewed', label: '资料审核完成' },
  { key: 'invited', status: 'invited', label: '受邀成果发布' },
  { key: 'presented', status: 'presented', label: '已成果发布' },
  { key: 'graded', status: 'graded', label: '已评定等级' },
  { key: 'certified', status: 'certified', label: '已颁发证书' },
] as const satisfies ReadonlyArray<{ key: string; status: ApplicationStatus; label: string }>;
export type FunnelKey = (typeof FUNNEL_STEPS)[number]['key'];
