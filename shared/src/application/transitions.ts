import { beijingDate, type CampaignSettings } from '../campaign/campaign-settings.js';
import { DomainError } from '../errors/domain-error.js';
import { APPLICATION_STATUS_LABEL, APPLICATION_STATUSES, type ApplicationStatus } from './application-status.js';

/** Who may move an application. 'system' is the platform itself (e.g. closing a review when all scores are in). */
export type ActorRole = 'declarant' | 'recommender' | 'secretariat' | 'expert' | 'system';

export type StageWindowKey = keyof CampaignSettings['windows'];

export interface Transition {
  from: ApplicationStatus;
  to: ApplicationStatus;
  /** The workflow action, named as the service method that performs it. */
  action: string;
  roles: readonly ActorRole[];
  /** The stage window the date must fall in; null when it may happen at any time. */
  window: StageWindowKey | null;
}

const AFTER_SUBMITTED = APPLICATION_STATUSES.filter((s) => s !== 'draft' && s !== 'withdrawn' && s !== 'disqualified');

/** The one table of the application's life (第八条): every allowed move, who may make it, and when. */
export const TRANSITIONS: readonly Transition[] = [
  { from: 'draft', to: 'submitted', action: 'submit', roles: ['declarant'], window: 'registration' },
  { from: 'submitted', to: 'recommended', action: 'recommend', roles: ['recommender'], window: 'registration' },
  { from: 'submitted', to: 'declined', action: 'decline', roles: ['recommender'], window: 'registration' },
  // After the window a recommendation changes only through the secretariat, always with a reason, always audited.
  { from: 'submitted', to: 'recommended', action: 'recommendBySecretariat', roles: ['secretariat'], window: null },
  { from: 'submitted', to: 'declined', action: 'declineBySecretariat', roles: ['secretariat'], window: null },
  { from: 'recommended', to: 'declined', action: 'declineBySecretariat', roles: ['secretariat'], window: null },
  { from: 'declined', to: 'recommended', action: 'recommendBySecretariat', roles: ['secretariat'], window: null },
  // Before screening the declarant may withdraw; after the window only the secretariat changes anything.
  { from: 'draft', to: 'withdrawn', action: 'withdraw', roles: ['declarant'], window: null },
  { from: 'submitted', to: 'withdrawn', action: 'withdraw', roles: ['declarant'], window: null },
  { from: 'recommended', to: 'withdrawn', action: 'withdraw', roles: ['declarant'], window: null },
  { from: 'recommended', to: 'screened_in', action: 'passScreening', roles: ['secretariat'], window: 'materialsReview' },
  { from: 'recommended', to: 'screened_out', action: 'eliminateInScreening', roles: ['secretariat'], window: 'materialsReview' },
  { from: 'screened_in', to: 'reviewed', action: 'completeReview', roles: ['system', 'secretariat'], window: 'materialsReview' },
  { from: 'reviewed', to: 'invited', action: 'invite', roles: ['secretariat'], window: 'materialsReview' },
  { from: 'reviewed', to: 'not_invited', action: 'notInvite', roles: ['secretariat'], window: 'materialsReview' },
  { from: 'invited', to: 'presented', action: 'recordPresentation', roles: ['expert', 'secretariat'], window: 'presentations' },
  // 第十条（二）: a team that does not present is treated as having withdrawn (视同放弃).
  { from: 'invited', to: 'forfeited', action: 'forfeit', roles: ['expert', 'secretariat'], window: 'presentations' },
  { from: 'presented', to: 'graded', action: 'confirmGrades', roles: ['secretariat'], window: 'presentations' },
  { from: 'graded', to: 'certified', action: 'issueCertificate', roles: ['secretariat'], window: null },
  // 第十五条: plagiarism or fraud, once verified, disqualifies at any point after submission.
  ...AFTER_SUBMITTED.map((from) => ({ from, to: 'disqualified' as const, action: 'disqualify', roles: ['secretariat'] as const, window: null })),
];

/** The entries for a move; a move may have one entry per role when roles differ in when they may make it. */
function candidates(from: ApplicationStatus, to: ApplicationStatus): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from && t.to === to);
}

export interface TransitionContext {
  settings: CampaignSettings;
  now: Date;
}

function windowOpen(window: StageWindowKey | null, context: TransitionContext | undefined): boolean {
  if (window === null || context === undefined) return true;
  const today = beijingDate(context.now);
  const w = context.settings.windows[window];
  return today >= w.opens && today <= w.closes;
}

/**
 * Whether `role` may move an application from `from` to `to`; with a context, also whether today (Beijing time)
 * falls in the stage window the move needs.
 */
export function canTransition(from: ApplicationStatus, to: ApplicationStatus, role: ActorRole, context?: TransitionContext): boolean {
  return candidates(from, to).some((t) => t.roles.includes(role) && windowOpen(t.window, context));
}

const WINDOW_LABEL: Record<StageWindowKey, string> = { registration: '报名与推荐', materialsReview: '材料审核', presentations: '成果发布' };

/** The asserting twin of canTransition: returns the transition, or throws a DomainError saying why not. */
export function assertTransition(from: ApplicationStatus, to: ApplicationStatus, role: ActorRole, context?: TransitionContext): Transition {
  const moves = candidates(from, to);
  if (moves.length === 0) {
    throw new DomainError('TRANSITION_NOT_ALLOWED', `申报当前为「${APPLICATION_STATUS_LABEL[from]}」，不能变为「${APPLICATION_STATUS_LABEL[to]}」`, { from, to });
  }
  const forRole = moves.filter((m) => m.roles.includes(role));
  if (forRole.length === 0) throw new DomainError('TRANSITION_ROLE_FORBIDDEN', undefined, { from, to, role });
  const open = forRole.find((m) => windowOpen(m.window, context));
  if (open) return open;
  // Only windowed entries can be closed, so the first one for the role names the window.
  const window = forRole[0]!.window!;
  const w = context!.settings.windows[window];
  throw new DomainError('TRANSITION_OUTSIDE_WINDOW', `此操作只能在${WINDOW_LABEL[window]}阶段（${w.opens} 至 ${w.closes}）进行`, { from, to, window });
}

/** The moves open to `role` from a status: what the mini-program offers as buttons. */
export function transitionsFrom(from: ApplicationStatus, role?: ActorRole, context?: TransitionContext): Transition[] {
  return TRANSITIONS.filter((t) => t.from === from && (role === undefined || t.roles.includes(role)) && windowOpen(t.window, context));
}

/** No transition leaves a final status. */
export function isFinalStatus(status: ApplicationStatus): boolean {
  return !TRANSITIONS.some((t) => t.from === status);
}
