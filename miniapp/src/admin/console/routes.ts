/**
 * The secretariat's console: its pages and the left navigation, grouped by the activity's stages.
 * Plain data (no Taro import), so that the home page can link to the console without pulling the console in.
 */

export const CONSOLE_ROUTES = {
  dashboard: '/admin/dashboard/index',
  cards: '/admin/cards/index',
  units: '/admin/units/index',
  applications: '/admin/applications/index',
  audit: '/admin/audit/index',
  outbox: '/admin/outbox/index',
  settings: '/admin/settings/index',
  experts: '/admin/experts/index',
  discipline: '/admin/discipline/index',
  draws: '/admin/draws/index',
  progress: '/admin/progress/index',
  invitations: '/admin/invitations/index',
  sessions: '/admin/sessions/index',
  grading: '/admin/grading/index',
  certificates: '/admin/certificates/index',
  similarity: '/admin/similarity/index',
  /** One pair side by side (?id=); not in the navigation, it highlights 材料查重. */
  similarityPair: '/admin/similarity/pair',
  similarityCluster: '/admin/similarity/cluster',
} as const;

export type ConsolePageKey = keyof typeof CONSOLE_ROUTES;

export interface NavItem {
  key: string;
  label: string;
  /** Absent: the page is not built yet (shown disabled, 即将上线). */
  url?: string;
}

export interface NavGroup {
  key: string;
  label: string;
  items: NavItem[];
}

export const CONSOLE_NAV: readonly NavGroup[] = [
  { key: 'overview', label: '概览', items: [{ key: 'dashboard', label: '活动概览', url: CONSOLE_ROUTES.dashboard }] },
  {
    key: 'registration',
    label: '报名',
    items: [
      { key: 'settings', label: '活动设置', url: CONSOLE_ROUTES.settings },
      { key: 'cards', label: '报名卡', url: CONSOLE_ROUTES.cards },
      { key: 'units', label: '推荐单位', url: CONSOLE_ROUTES.units },
    ],
  },
  {
    key: 'screening',
    label: '推荐与初选',
    items: [
      { key: 'applications', label: '申报总览', url: CONSOLE_ROUTES.applications },
      { key: 'similarity', label: '材料查重', url: CONSOLE_ROUTES.similarity },
    ],
  },
  {
    key: 'review',
    label: '评审',
    items: [
      { key: 'experts', label: '专家库', url: CONSOLE_ROUTES.experts },
      { key: 'draws', label: '专家组抽取', url: CONSOLE_ROUTES.draws },
      { key: 'progress', label: '评审进度', url: CONSOLE_ROUTES.progress },
      { key: 'invitations', label: '发布会名单', url: CONSOLE_ROUTES.invitations },
      { key: 'sessions', label: '发布会', url: CONSOLE_ROUTES.sessions },
    ],
  },
  {
    key: 'results',
    label: '结果',
    items: [
      { key: 'grading', label: '等级评定', url: CONSOLE_ROUTES.grading },
      { key: 'certificates', label: '证书', url: CONSOLE_ROUTES.certificates },
      { key: 'discipline', label: '违规查处', url: CONSOLE_ROUTES.discipline },
    ],
  },
  {
    key: 'system',
    label: '系统',
    items: [
      { key: 'outbox', label: '通知发送', url: CONSOLE_ROUTES.outbox },
      { key: 'audit', label: '审计日志', url: CONSOLE_ROUTES.audit },
    ],
  },
];

/** The navigation group and item of a page key, for the header's breadcrumb. */
export function navTrail(key: string): { group: NavGroup; item: NavItem } | null {
  for (const group of CONSOLE_NAV) {
    const item = group.items.find((i) => i.key === key);
    if (item) return { group, item };
  }
  return null;
}
