// The states of a decision on kept sheets, read by the entity, the API's schemas and the query DTO alike.

export const KEPT_SHEET_DECISION_STATUSES = ['pending', 'stand', 'exclude'] as const;
/** pending: awaits the secretariat; stand: the scores stand as used; exclude: the sheets were voided by the decision. */
export type KeptSheetDecisionStatus = (typeof KEPT_SHEET_DECISION_STATUSES)[number];
export const KEPT_SHEET_DECISION_LABEL: Record<KeptSheetDecisionStatus, string> = {
  pending: '待秘书处决定',
  stand: '评分维持有效',
  exclude: '评分不予采用（已作废并重新汇总）',
};
