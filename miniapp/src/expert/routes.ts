import type { ScoreKind } from '../api/review';

/** The expert subpackage's pages (kept here so the shared routes file stays untouched by this package). */
export const EXPERT_ROUTES = {
  home: '/expert/home/index',
  score: '/expert/score/index',
  progress: '/expert/progress/index',
  sessions: '/expert/sessions/index',
} as const;

export const scoreUrl = (applicationId: number | string, kind: ScoreKind) => `${EXPERT_ROUTES.score}?applicationId=${applicationId}&kind=${kind}`;
export const progressUrl = (panelNo: number | string, kind: ScoreKind) => `${EXPERT_ROUTES.progress}?panelNo=${panelNo}&kind=${kind}`;
