// Discipline: misconduct cases, removed experts and their kept score sheets.
export const DISCIPLINE_ERRORS = {
  MISCONDUCT_CASE_NOT_FOUND: '找不到该违规查处案件',
  MISCONDUCT_CASE_CLOSED: '该案件已作出处理决定，不能再次处理或补充证据',
  MISCONDUCT_REASON_REQUIRED: '处理决定须填写理由',
  MISCONDUCT_APPLICATION_NOT_SUBMITTED: '只能对已提交的申报立案查处',
  MISCONDUCT_EVIDENCE_TYPE_INVALID: '证据材料须为 PDF、图片或 Office 文档（Word、Excel、PowerPoint）',
  EXPERT_ALREADY_REMOVED: '该专家已被取消专家资格',
  KEPT_SHEETS_NOT_FOUND: '该专家没有待秘书处决定的保留评分（取消资格时相关评审阶段尚未结束，或专家从未评分）',
  KEPT_SHEETS_DECIDED: '秘书处已对该专家的保留评分作出决定，不能重复决定',
  KEPT_SHEETS_NO_REMAINING: '该申报除被取消资格的专家外没有其他专家的有效评分，不能排除其评分；请另行立案处理',
} as const;
