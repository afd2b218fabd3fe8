import type { ApplicationDeclarations } from '../api/types';

/** The four declarations of 第六条 the enterprise makes explicitly. */
export const DECLARATIONS: Array<{ key: keyof ApplicationDeclarations; text: string }> = [
  { key: 'isBasicFormalUnit', text: '本班组是企业最基础的正式组织单元' },
  { key: 'declaresNoAccidentsInThreeYears', text: '本班组近三年无质量、安全、环保事故' },
  { key: 'hasActivityPlan', text: '已制定班组活动计划' },
  { key: 'hasImplementationPlan', text: '已制定班组活动实施方案' },
];
