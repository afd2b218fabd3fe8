import { assertUnreachable } from '../errors/domain-error.js';

export const APPLICATION_STATUSES = [
  'draft',
  'submitted',
  'recommended',
  'declined',
  'screened_in',
  'screened_out',
  'reviewed',
  'invited',
  'not_invited',
  'presented',
  'forfeited',
  'graded',
  'certified',
  'disqualified',
  'withdrawn',
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_STATUS_LABEL: Record<ApplicationStatus, string> = {
  draft: '填写中',
  submitted: '已提交，待推荐单位推荐',
  recommended: '已推荐',
  declined: '未获推荐',
  screened_in: '初选通过',
  screened_out: '初选未通过',
  reviewed: '资料审核已完成',
  invited: '受邀参加成果发布',
  not_invited: '未受邀参加成果发布',
  presented: '已完成成果发布',
  forfeited: '未参加发布，视同放弃',
  graded: '已评定等级',
  certified: '已颁发证书',
  disqualified: '已取消活动资格',
  withdrawn: '已撤回',
};

export function isApplicationStatus(value: unknown): value is ApplicationStatus {
  return typeof value === 'string' && (APPLICATION_STATUSES as readonly string[]).includes(value);
}

/** Where the application is in the five steps of 第八条, for timelines and filters. */
export type ApplicationStep = 'registration' | 'recommendation' | 'screening' | 'materialsReview' | 'presentation' | 'result';

export function applicationStep(status: ApplicationStatus): ApplicationStep {
  switch (status) {
    case 'draft':
    case 'withdrawn':
      return 'registration';
    case 'submitted':
    case 'declined':
      return 'recommendation';
    case 'recommended':
    case 'screened_out':
      return 'screening';
    case 'screened_in':
    case 'reviewed':
    case 'not_invited':
      return 'materialsReview';
    case 'invited':
    case 'forfeited':
      return 'presentation';
    case 'presented':
    case 'graded':
    case 'certified':
    case 'disqualified':
      return 'result';
    default:
      return assertUnreachable(status);
  }
}
