// Recommending units: their contacts, statistics, preferences and recommendation packages.
export const RECOMMENDING_UNIT_ERRORS = {
  RECOMMENDING_UNIT_NOT_FOUND: '找不到该推荐单位',
  CONTACT_NOT_FOUND: '找不到该推荐单位联系人',
  BIND_CODE_INVALID: '绑定码无效、已使用或已过期，请向秘书处重新索取',
  RECOMMENDER_ONLY: '仅推荐单位联系人可进行此操作',
  PREFERENCES_INVALID: '推荐顺序应包含本单位全部已推荐的申报，且每个只出现一次',
  STATISTICS_INVALID: '统计表填写有误，请按提示修改',
  STATISTICS_COUNT_INVALID: '应为不小于 0 的整数',
  STATISTICS_AMOUNT_INVALID: '金额应为不小于 0 的数（万元），最多两位小数',
  STATISTICS_PRESENTING_EXCEEDS_REGISTERED: '发布班组数不能多于发布会报名班组数',
  STATISTICS_REVIEW_FORM_REQUIRED: '请至少选择一种评审及交流形式',
  STATISTICS_DATE_INVALID: '日期应为 yyyy-mm-dd',
  STATISTICS_NOT_FILED: '请先填写统计表',
  PACKAGE_INCOMPLETE: '推荐材料不完整：须有推荐函、统计表和优秀名单公布通知',
  PACKAGE_LETTER_MISSING: '请上传推荐函（PDF）',
  PACKAGE_STATISTICS_MISSING: '请填写统计表',
  PACKAGE_EXCELLENT_LIST_MISSING: '请上传本行业（地方）年度优秀名单的公布通知（PDF）',
} as const;
