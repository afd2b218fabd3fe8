// Applications: eligibility, their status transitions, and their materials.
export const APPLICATION_ERRORS = {
  APPLICATION_NOT_FOUND: '该班组本年度尚未申报',
  APPLICATION_NOT_DRAFT: '申报已提交，不能再修改',
  APPLICATION_CHANGED: '申报状态已被修改，请刷新后重试',
  ELIGIBILITY_FAILED: '申报不符合参加活动的条件，请按提示补充后再提交',
  ELIGIBILITY_NOT_BASIC_UNIT: '参加活动的班组须为企业最基础的正式组织单元',
  ELIGIBILITY_ACCIDENT: '班组近三年须无质量、安全、环保事故',
  ELIGIBILITY_NO_ACTIVITY_PLAN: '须提供班组活动计划',
  ELIGIBILITY_NO_IMPLEMENTATION_PLAN: '须提供班组活动实施方案',
  ELIGIBILITY_ACTIVITY_RECORDS: '现场活动记录不齐全',
  ELIGIBILITY_NO_REGISTRATION_FORM: '须填写并提交报名表',
  ELIGIBILITY_NO_PDF: '须上传 PDF 版申报材料',
  ELIGIBILITY_NO_PPT: '须上传 PPT 版申报材料（成果发布时使用）',
  TRANSITION_NOT_ALLOWED: '当前状态下不能进行此操作',
  TRANSITION_ROLE_FORBIDDEN: '您的角色不能进行此操作',
  TRANSITION_OUTSIDE_WINDOW: '不在规定的时间范围内，不能进行此操作',
  MATERIAL_KIND_INVALID: '申报材料类型应为 pdf 或 ppt',
} as const;
