// The year's campaign and its settings.
export const CAMPAIGN_ERRORS = {
  CAMPAIGN_NOT_FOUND: '当前没有进行中的年度活动',
  SETTINGS_INVALID: '活动设置不符合规则',
  SETTINGS_RUBRIC_LOCKED: '已有专家提交或保存评分表，评分表不能再修改',
} as const;
