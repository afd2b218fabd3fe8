// Teams, their members and their activity records.
export const TEAM_ERRORS = {
  TEAM_NAME_TAKEN: '本企业已有同名班组',
  TEAM_NOT_FOUND: '找不到该班组',
  TEAM_KIND_INVALID: '班组类型应为：施工班组、项目部、职能部门或其他',
  MEMBER_NOT_FOUND: '找不到该班组成员',
  INVITE_CODE_INVALID: '邀请码无效或已过期，请向申报企业重新索取',
  LOGIN_CODE_INVALID: '登录码无效、已使用或已过期，请向申报企业重新索取',
  ACTIVITY_RECORD_NOT_FOUND: '找不到该活动记录',
  ACTIVITY_ATTENDEE_UNKNOWN: '参加人员须是本班组成员',
  ACTIVITY_PHOTOS_FULL: '每条活动记录最多 9 张照片',
  PHOTO_NOT_IMAGE: '照片须为 JPEG、PNG 或 WebP 图片',
  CLIENT_KEY_REUSED: '该记录编号已用于另一条内容不同的记录',
} as const;
