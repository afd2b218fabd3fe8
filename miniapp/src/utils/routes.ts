import Taro from '@tarojs/taro';
import type { Principal } from '../api/types';

export const ROUTES = {
  home: '/pages/index/index',
  records: '/pages/records/index',
  inbox: '/pages/inbox/index',
  login: '/pages/login/index',
  join: '/pages/join/index',
  recordNew: '/records/new/index',
  recordDetail: '/records/detail/index',
  enterprise: '/declarant/enterprise/index',
  teamNew: '/declarant/team-new/index',
  status: '/declarant/status/index',
  members: '/declarant/members/index',
  registration: '/declarant/registration/index',
  timeline: '/progress/timeline/index',
  adminCards: '/admin/cards/index',
  adminDashboard: '/admin/dashboard/index',
  adminUnits: '/admin/units/index',
  recommenderHome: '/recommender/home/index',
  expertHome: '/expert/home/index',
  recommenderList: '/recommender/applications/index',
  recommenderDetail: '/recommender/application/index',
  recommenderPreferences: '/recommender/preferences/index',
  recommenderStatistics: '/recommender/statistics/index',
  recommenderPackage: '/recommender/package/index',
  verify: '/public/verify/index',
  publicLists: '/public/lists/index',
} as const;

/** The tabBar pages: reached with switchTab, which takes no query string. */
export const TAB_PAGES: readonly string[] = [ROUTES.home, ROUTES.records, ROUTES.inbox];

export function isTabPage(url: string): boolean {
  return TAB_PAGES.includes(url.split('?')[0]!);
}

/** Opens a page the way the mini-program allows: switchTab for tab pages, otherwise navigate or redirect. */
export function openPage(url: string, how: 'navigate' | 'redirect' = 'navigate'): Promise<unknown> {
  if (isTabPage(url)) return Taro.switchTab({ url: url.split('?')[0]! });
  return how === 'redirect' ? Taro.redirectTo({ url }) : Taro.navigateTo({ url });
}

/** The admin pages are built into H5 only. */
export const ADMIN_AVAILABLE = process.env.TARO_ENV === 'h5';

/** Where a person lands right after logging in. */
export function landingAfterLogin(principal: Principal, hasCreditCode: boolean): string {
  if (principal.role === 'declarant') return hasCreditCode ? ROUTES.status : ROUTES.enterprise;
  if (principal.role === 'secretariat' && ADMIN_AVAILABLE) return ROUTES.adminDashboard;
  if (principal.role === 'recommender') return ROUTES.recommenderHome;
  return ROUTES.home;
}

export const ROLE_LABEL: Record<Principal['role'], string> = {
  declarant: '申报企业',
  secretariat: '秘书处',
  recommender: '推荐单位',
  expert: '评审专家',
  member: '班组成员',
};
