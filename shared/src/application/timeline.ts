import { beijingDate, type CampaignSettings, type StageWindow } from '../campaign/campaign-settings.js';
import { assertUnreachable } from '../errors/domain-error.js';
import { APPLICATION_STATUS_LABEL, type ApplicationStatus } from './application-status.js';

/** The five steps of 第八条 and the result, in order. */
export const TIMELINE_STEPS = ['registration', 'recommendation', 'screening', 'materialsReview', 'presentation', 'result'] as const;
export type TimelineStepKey = (typeof TIMELINE_STEPS)[number];

export const TIMELINE_STEP_LABEL: Record<TimelineStepKey, string> = {
  registration: '报名',
  recommendation: '推荐',
  screening: '初选',
  materialsReview: '资料审核',
  presentation: '成果发布',
  result: '结果',
};

export type TimelineStepState = 'done' | 'current' | 'upcoming' | 'skipped';

export interface TimelineStep {
  key: TimelineStepKey;
  label: string;
  state: TimelineStepState;
  /** Beijing date (yyyy-mm-dd) the step was completed; null while it is not. */
  date: string | null;
  note: string | null;
}

export interface TimelineEvent {
  at: Date | string;
  from: ApplicationStatus | null;
  to: ApplicationStatus;
}

export interface Timeline {
  steps: TimelineStep[];
  /** What happens next, in a sentence a team leader understands, with the dates of this campaign. */
  next: string;
}

const STEP_WINDOW: Record<TimelineStepKey, keyof CampaignSettings['windows']> = {
  registration: 'registration',
  recommendation: 'registration',
  screening: 'materialsReview',
  materialsReview: 'materialsReview',
  presentation: 'presentations',
  result: 'presentations',
};

/** How many steps are behind an application in this status; null for the two that leave the path (withdrawn, disqualified). */
function stepsCompleted(status: ApplicationStatus): number | null {
  switch (status) {
    case 'draft':
      return 0;
    case 'submitted':
      return 1;
    case 'recommended':
    case 'declined':
      return 2;
    case 'screened_in':
    case 'reviewed':
    case 'screened_out':
      return 3;
    case 'invited':
    case 'not_invited':
      return 4;
    case 'presented':
    case 'forfeited':
      return 5;
    case 'graded':
    case 'certified':
      return 6;
    case 'withdrawn':
    case 'disqualified':
      return null;
    default:
      return assertUnreachable(status);
  }
}

/** The path ends here: the step that decided it is done, the rest are skipped. */
function endsThePath(status: ApplicationStatus): boolean {
  return ['declined', 'screened_out', 'not_invited', 'forfeited', 'withdrawn', 'disqualified'].includes(status);
}

/** '6 月 30 日' */
export function chineseDate(isoDate: string): string {
  const [, month, day] = isoDate.split('-');
  return `${Number(month)} 月 ${Number(day)} 日`;
}

function period(w: StageWindow): string {
  return `${chineseDate(w.opens)} 至 ${chineseDate(w.closes)}`;
}

function toIso(at: Date | string): string {
  return beijingDate(typeof at === 'string' ? new Date(at) : at);
}

function nextSentence(status: ApplicationStatus, settings: CampaignSettings, today: string): string {
  const { registration, materialsReview, presentations } = settings.windows;
  switch (status) {
    case 'draft':
      if (today < registration.opens) return `报名将于 ${chineseDate(registration.opens)}开始，届时可提交申报`;
      if (today > registration.closes) return `本年度报名已于 ${chineseDate(registration.closes)}截止，申报未提交`;
      return `请在 ${chineseDate(registration.closes)}前填好报名表、上传 PDF 和 PPT 申报材料并提交`;
    case 'submitted':
      return `等待推荐单位在 ${chineseDate(registration.closes)}前推荐`;
    case 'recommended':
      return `等待中施企协初选（${period(materialsReview)}）`;
    case 'screened_in':
      return `等待专家审核申报材料（${chineseDate(materialsReview.closes)}前完成）`;
    case 'reviewed':
      return `资料审核已完成，等待公布参加成果发布的班组名单（${chineseDate(materialsReview.closes)}前）`;
    case 'invited':
      return `请按通知参加成果发布会（${period(presentations)}），按报名时上传的 PPT 进行发布`;
    case 'presented':
      return `等待评定等级（${chineseDate(presentations.closes)}前公布）`;
    case 'graded':
      return '已评定等级，等待颁发证书';
    case 'certified':
      return '本年度活动已完成，证书已颁发';
    case 'declined':
      return '未获推荐单位推荐，本年度活动到此结束';
    case 'screened_out':
      return '初选未通过，本年度活动到此结束';
    case 'not_invited':
      return '未受邀参加成果发布，本年度活动到此结束';
    case 'forfeited':
      return '未参加成果发布，视同放弃，不评定等级';
    case 'withdrawn':
      return '申报已撤回，本年度不再参加评选';
    case 'disqualified':
      return '已被取消本年度活动资格';
    default:
      return assertUnreachable(status);
  }
}

/**
 * The application's way through 报名 → 推荐 → 初选 → 资料审核 → 成果发布 → 结果 (第八条): which steps are done
 * (and when, from the status events), which one is under way, which are still to come, and which no longer
 * apply because the application left the path (not recommended, eliminated, withdrawn, ...).
 */
export function buildTimeline(status: ApplicationStatus, events: readonly TimelineEvent[], settings: CampaignSettings, now: Date): Timeline {
  const sorted = [...events].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
  const today = beijingDate(now);
  // Where the application stood when it left the path: the status it was withdrawn or disqualified from.
  const leftFrom = stepsCompleted(status) === null ? [...sorted].reverse().find((e) => e.to === status)?.from ?? null : null;
  const reached = stepsCompleted(status) ?? (leftFrom ? (stepsCompleted(leftFrom) ?? 0) : 0);
  const ended = endsThePath(status);
  const endEvent = ended ? [...sorted].reverse().find((e) => e.to === status) : undefined;
  const resultIndex = TIMELINE_STEPS.length - 1;

  const completedOn = (index: number): string | null => {
    const event = sorted.find((e) => (stepsCompleted(e.to) ?? -1) > index);
    return event ? toIso(event.at) : null;
  };

  const steps = TIMELINE_STEPS.map((key, index): TimelineStep => {
    const label = TIMELINE_STEP_LABEL[key];
    const window = settings.windows[STEP_WINDOW[key]];
    if (index === resultIndex && (ended || reached > resultIndex)) {
      const at = (ended ? endEvent : [...sorted].reverse().find((e) => e.to === status))?.at;
      return { key, label, state: 'done', date: at ? toIso(at) : null, note: APPLICATION_STATUS_LABEL[status] };
    }
    if (index < reached) {
      // The step that turned an application away is done, with its outcome as the note.
      const decided = ended && index === reached - 1 && stepsCompleted(status) !== null;
      return { key, label, state: 'done', date: completedOn(index), note: decided ? APPLICATION_STATUS_LABEL[status] : null };
    }
    if (ended) {
      // Withdrawn or disqualified while this step was under way: say so where it stopped.
      const stoppedHere = index === reached && stepsCompleted(status) === null;
      return { key, label, state: 'skipped', date: null, note: stoppedHere ? APPLICATION_STATUS_LABEL[status] : null };
    }
    if (index === reached) return { key, label, state: 'current', date: null, note: period(window) };
    return { key, label, state: 'upcoming', date: null, note: `预计 ${period(window)}` };
  });
  return { steps, next: nextSentence(status, settings, today) };
}
