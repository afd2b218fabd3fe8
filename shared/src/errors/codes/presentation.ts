// Invitations to the presentations (成果发布) and their sessions.
export const PRESENTATION_ERRORS = {
  INVITATIONS_REVIEW_INCOMPLETE: '还有申报的资料审核尚未完成，暂不能确定参加发布会的名单',
  INVITATIONS_PUBLISHED: '参加发布会的名单已经公布',
  INVITATIONS_INVALID: '邀请名单中的申报须为已完成资料审核的申报',
  SESSION_NOT_FOUND: '找不到该发布会场次',
  SESSION_CLOSED: '该场发布会已结束',
  SESSION_APPLICATIONS_INVALID: '发布顺序中的班组须是该专家组评审、已受邀且尚未安排场次的班组，每个只出现一次',
  SESSION_ABSENT: '该班组已标记为未到场，不能评分',
  SESSION_NOT_SCHEDULED: '该班组尚未安排发布会场次',
  SESSION_HAS_SCORES: '该班组已有专家提交了发布评分，不能标记为未到场',
} as const;
