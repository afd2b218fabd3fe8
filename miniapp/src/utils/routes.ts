import type { Principal } from '../api/types';

export const ROUTES = {
  home: '/pages/index/index',
  login: '/pages/login/index',
  enterprise: '/declarant/enterprise/index',
  teamNew: '/declarant/team-new/index',
  status: '/declarant/status/index',
  adminCards: '/admin/cards/index',
} as const;

/** The admin pages are built into H5 only. */
export const ADMIN_AVAILABLE = process.env.TARO_ENV === 'h5';

/** Where a person lands right after logging in. */
export function landingAfterLogin(principal: Principal, hasCreditCode: boolean): string {
  if (principal.role === 'declarant') return hasCreditCode ? ROUTES.status : ROUTES.enterprise;
  if (principal.role === 'secretariat' && ADMIN_AVAILABLE) return ROUTES.adminCards;
  return ROUTES.home;
}

export const ROLE_LABEL: Record<Principal['role'], string> = {
  declarant: '申报企业',
  secretariat: '秘书处',
  recommender: '推荐单位',
  expert: '评审专家',
  member: '工作人员',
};
