// 专家评分 (资料审核 and 成果发布): the expert's tasks, score sheets, the leader's progress, and presentation sessions.
// The contract is server/src/modules/review/review.controller.ts and presentation/presentation.controller.ts.
import type { Rubric } from '@cacem/shared';
import { request } from './client';
import { newIdempotencyKey } from './idempotency';

export type ScoreKind = 'materials' | 'presentation';
export type PanelRole = 'leader' | 'member';
/** 'none': nothing saved yet. 'returned' stays while the expert drafts the correction. */
export type SheetStatus = 'none' | 'draft' | 'submitted' | 'returned' | 'void';

export const SCORE_KIND_TEXT: Record<ScoreKind, string> = { materials: '资料审核', presentation: '成果发布' };
export const PANEL_ROLE_TEXT: Record<PanelRole, string> = { leader: '组长', member: '组员' };

/** The expert's own sheet state for one part, as GET /reviews/mine lists it. */
export interface TaskSheetState {
  status: SheetStatus;
  total: number | null;
  returnReason: string | null;
  canEdit: boolean;
}

export interface TaskSession {
  id: number;
  title: string;
  date: string;
  venue: string;
  position: number;
  status: 'scheduled' | 'closed';
  outcome: 'pending' | 'presented' | 'absent' | 'forfeited' | string;
}

export interface ReviewTask {
  applicationId: number;
  teamName: string;
  enterpriseName: string;
  specialty: string | null;
  status: string;
  panelNo: number;
  role: PanelRole;
  materials: TaskSheetState;
  presentation: TaskSheetState | null;
  session: TaskSession | null;
}

export interface MyReviews {
  stage: string;
  panels: Array<{ panelNo: number; role: PanelRole; applicationCount: number }>;
  items: ReviewTask[];
}

export interface ReviewMaterial {
  id: number;
  kind: 'pdf' | 'ppt';
  originalName: string;
  size: number;
  url: string;
}

export interface SheetView {
  id: number | null;
  status: SheetStatus;
  scores: Record<string, number>;
  comments: Record<string, string>;
  overallComment: string | null;
  total: number | null;
  submittedAt: string | null;
  returnReason: string | null;
  returnedAt: string | null;
  version: number;
}

export type ScoreChangeStatus = 'returned' | 'pending' | 'approved' | 'rejected';

/** 评分更正: a returned sheet of an expert who had read colleagues' sheets; the correction waits for the secretariat. */
export interface ScoreChangeView {
  id: number;
  applicationId: number;
  teamName: string;
  expertId: number;
  expertName: string;
  kind: ScoreKind;
  kindLabel: string;
  panelNo: number;
  status: ScoreChangeStatus;
  statusLabel: string;
  returnReason: string;
  returnedAt: string;
  resubmittedAt: string | null;
  before: { total: number };
  after: { total: number | null };
  items: Array<{ itemId: string; title: string; before: number | null; after: number | null }>;
  decidedAt: string | null;
  decidedBy: string | null;
  decisionNote: string | null;
}

export interface ScoreSheetPage {
  application: {
    id: number;
    teamName: string;
    enterpriseName: string;
    specialty: string | null;
    projectName: string | null;
    introduction: string | null;
    status: string;
    materials: ReviewMaterial[];
  };
  kind: ScoreKind;
  kindLabel: string;
  panelNo: number;
  role: PanelRole;
  rubric: Rubric;
  sheet: SheetView;
  canEdit: boolean;
  closedReason: string | null;
  /** The latest correction held for the secretariat, if the expert had read colleagues' sheets before a return. */
  change: { id: number; status: ScoreChangeStatus; statusLabel: string; beforeTotal: number; afterTotal: number | null; decisionNote: string | null } | null;
}

export interface ScoreSheetInput {
  scores: Record<string, number>;
  comments?: Record<string, string>;
  overallComment?: string;
  version?: number;
}

export interface Spread {
  min: number;
  max: number;
  range: number;
  mean: number;
}

export interface PanelSheets {
  applicationId: number;
  kind: ScoreKind;
  sheets: Array<{ expertId: number; expertName: string; role: PanelRole; status: SheetStatus; total: number | null }>;
  spread: Spread | null;
}

export interface ProgressItem {
  applicationId: number;
  teamName: string;
  status: string;
  expertCount: number;
  submittedCount: number;
  outcome: string | null;
  sheets: Array<{ expertId: number; expertName: string; status: SheetStatus; total: number | null; returnReason: string | null; change: ScoreChangeView | null }>;
  spread: Spread | null;
  score: { score: number; droppedExpertIds: number[] } | null;
}

export interface PanelProgress {
  panelNo: number;
  kind: ScoreKind;
  kindLabel: string;
  leader: { id: number; name: string };
  experts: Array<{ id: number; name: string; role: PanelRole }>;
  submittedSheets: number;
  expectedSheets: number;
  closed: boolean;
  items: ProgressItem[];
}

export interface SessionSlot {
  position: number;
  applicationId: number;
  teamName: string;
  enterpriseName: string;
  status: string | null;
  outcome: string;
  outcomeLabel: string;
  submittedCount: number;
  score: number | null;
  mySheet?: { status: SheetStatus; total: number | null };
}

export interface PresentationSession {
  id: number;
  title: string;
  date: string;
  venue: string;
  drawId: number;
  panelNo: number;
  status: 'scheduled' | 'closed';
  statusLabel: string;
  closedAt: string | null;
  version: number;
  slots: SessionSlot[];
  /** Present in GET /presentation-sessions/mine. */
  role?: PanelRole;
}

export const reviewApi = {
  mine: () => request<MyReviews>('GET', '/reviews/mine'),
  sheet: (applicationId: number | string, kind: ScoreKind) => request<ScoreSheetPage>('GET', `/reviews/${applicationId}/${kind}`),
  saveDraft: (applicationId: number | string, kind: ScoreKind, body: ScoreSheetInput) =>
    request<SheetView>('PUT', `/reviews/${applicationId}/${kind}`, { body }),
  submit: (applicationId: number | string, kind: ScoreKind, body: ScoreSheetInput) =>
    request<SheetView>('POST', `/reviews/${applicationId}/${kind}/submit`, { body, idempotencyKey: newIdempotencyKey() }),
  panelSheets: (applicationId: number | string, kind: ScoreKind) => request<PanelSheets>('GET', `/reviews/${applicationId}/${kind}/panel-sheets`),
  progress: (panelNo: number | string, kind: ScoreKind) => request<PanelProgress>('GET', `/reviews/panels/${panelNo}/${kind}/progress`),
  returnSheet: (applicationId: number | string, kind: ScoreKind, expertId: number, reason: string) =>
    request<SheetView>('POST', `/reviews/${applicationId}/${kind}/sheets/${expertId}/return`, { body: { reason } }),
  closeMaterials: (panelNo: number | string) =>
    request<{ panelNo: number; reviewed: Array<{ applicationId: number; score: number }> }>('POST', `/reviews/panels/${panelNo}/materials/close`),
};

export const sessionApi = {
  mine: () => request<{ items: PresentationSession[] }>('GET', '/presentation-sessions/mine'),
  get: (id: number | string) => request<PresentationSession>('GET', `/presentation-sessions/${id}`),
  markAbsent: (id: number | string, applicationId: number, absent: boolean) =>
    request<PresentationSession>('POST', `/presentation-sessions/${id}/slots/${applicationId}/absent`, { body: { absent } }),
  close: (id: number | string) =>
    request<{ session: PresentationSession }>('POST', `/presentation-sessions/${id}/close`),
};
