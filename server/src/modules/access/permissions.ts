import type { ErrorCode } from '@cacem/shared';
import type { Role } from './principal.js';

/**
 * Who may do what: every action a principal takes names one of these permissions, and only this table says which roles
 * hold it. The route's guard (`@Access`) and the service's first line (`requireAccess`) both read it, so the two cannot
 * disagree. `refusal` is the code a caller of another role is given.
 *
 * Permissions on a thing (a team, an application) are checked against the thing itself (see require-access.ts): the
 * role is necessary, never sufficient.
 */
export const PERMISSIONS = {
  // The season's set-up, by the secretariat (秘书处).
  'campaign.manage': { roles: ['secretariat'], what: '设置年度活动（时间窗口、评分表、比例）' },
  'cards.manage': { roles: ['secretariat'], what: '发放、重置、解锁报名卡' },
  'enterprises.manage': { roles: ['secretariat'], what: '查看和更正申报企业' },
  'units.manage': { roles: ['secretariat'], what: '管理推荐单位及其联系人' },
  'experts.manage': { roles: ['secretariat'], what: '管理专家库' },
  'accounts.manage': { roles: ['secretariat'], what: '解除账号锁定' },
  'publications.manage': { roles: ['secretariat'], what: '发布公告与邀请' },
  'console.read': { roles: ['secretariat'], what: '查看控制台的统计、日志与进度' },
  'exports.read': { roles: ['secretariat'], what: '导出 Excel' },
  // The stages, by the secretariat.
  'screening.decide': { roles: ['secretariat'], what: '初选' },
  'similarity.manage': { roles: ['secretariat'], what: '材料查重' },
  'panels.manage': { roles: ['secretariat'], what: '抽取专家、组成评审组' },
  'reviews.oversee': { roles: ['secretariat'], what: '督办评审、改分' },
  'sessions.manage': { roles: ['secretariat'], what: '安排发布会场' },
  'grading.manage': { roles: ['secretariat'], what: '评定等级、公示、发布结果' },
  'certificates.manage': { roles: ['secretariat'], what: '发放和撤销证书' },
  'discipline.manage': { roles: ['secretariat'], what: '处理违规案件' },
  'recommendations.read': { roles: ['secretariat'], what: '查看推荐单位的推荐与材料包' },
  'recommendations.decide': { roles: ['secretariat'], what: '推荐阶段结束后改定推荐结果' },
  // Enterprises (申报企业) and their teams.
  'enterprise.profile': { roles: ['declarant'], what: '维护本企业信息' },
  'team.read': { roles: ['declarant', 'member'], what: '查看本企业（本班组）的班组' },
  'team.manage': { roles: ['declarant'], what: '登记和管理本企业的班组及成员' },
  'member.self': { roles: ['member'], what: '班组成员本人的资料' },
  'application.read': { roles: ['declarant', 'member'], what: '查看本企业（本班组）的申报' },
  'application.manage': { roles: ['declarant'], what: '填写、提交本企业的申报' },
  // Recommending units (推荐单位).
  'unit.act': { roles: ['recommender'], what: '以本推荐单位的名义审核、推荐、报送', refusal: 'RECOMMENDER_ONLY' },
  'unit.read': { roles: ['recommender', 'secretariat'], what: '查看推荐单位的报送（本单位的，或秘书处看所有单位的）' },
  // Experts (评审专家).
  'review.score': { roles: ['expert'], what: '评审所在评审组的申报', refusal: 'REVIEW_EXPERT_ONLY' },
  'review.read': { roles: ['expert', 'secretariat'], what: '查看评审组的评审进度（所在组的，或秘书处看所有组的）' },
  'review.lead': { roles: ['expert', 'secretariat'], what: '主持评审组的评审：结束资料审核、标记未到场、闭会（组长，或秘书处）' },
  // Certificates: the secretariat, or the team they were given to.
  'certificate.read': { roles: ['secretariat', 'declarant', 'member'], what: '下载证书' },
} as const satisfies Record<string, { roles: readonly Role[]; what: string; refusal?: ErrorCode }>;

export type Permission = keyof typeof PERMISSIONS;

/** The roles that hold a permission. */
export type RolesOf<P extends Permission> = (typeof PERMISSIONS)[P]['roles'][number];

export function rolesOf(permission: Permission): readonly Role[] {
  return PERMISSIONS[permission].roles;
}
