// 专家评分 (资料审核 and 成果发布): the expert's tasks, score sheets, the leader's progress, and presentation sessions.
// The contract is server/src/modules/review/review.controller.ts and presentation/presentation.controller.ts.
import { call, type Schemas } from './contract';
import { newIdempotencyKey } from './idempotency';

export type ScoreKind = Schemas['ScoreSheetPage']['kind'];
export type PanelRole = Schemas['ScoreSheetPage']['role'];
/** 'none': nothing saved yet. 'returned' stays while the expert drafts the correction. */
export type SheetStatus = Schemas['ScoreSheetView']['status'];

export const SCORE_KIND_TEXT: Record<ScoreKind, string> = { materials: '资料审核', presentation: '成果发布' };
export const PANEL_ROLE_TEXT: Record<PanelRole, string> = { leader: '组长', member: '组员' };

/** The expert's own sheet state for one part, as GET /reviews/mine lists it. */
export type TaskSheetState = Schemas['ReviewSheetState'];
export type TaskSession = Schemas['ReviewTaskSession'];
export type ReviewTask = Schemas['ReviewTask'];
export type MyReviews = Schemas['MyReviews'];
export type ReviewMaterial = Schemas['ReviewMaterial'];
export type SheetView = Schemas['ScoreSheetView'];
export type ScoreChangeStatus = Schemas['ScoreChangeView']['status'];
/** 评分更正: a returned sheet of an expert who had read colleagues' sheets; the correction waits for the secretariat. */
export type ScoreChangeView = Schemas['ScoreChangeView'];
export type ScoreSheetPage = Schemas['ScoreSheetPage'];
export type ScoreSheetInput = Schemas['ScoreSheetDto'];
export type Spread = Schemas['ScoreSpread'];
export type PanelSheets = Schemas['PanelSheets'];
export type ProgressItem = Schemas['PanelProgressItem'];
export type PanelProgress = Schemas['PanelProgress'];
export type SessionSlot = Schemas['PresentationSlotView'];
/** `role` is present in GET /presentation-sessions/mine. */
export type PresentationSession = Schemas['PresentationSession'];

export const reviewApi = {
  mine: () => call('GET', '/reviews/mine'),
  sheet: (applicationId: number | string, kind: ScoreKind) => call('GET', '/reviews/{applicationId}/{kind}', { path: { applicationId: Number(applicationId), kind } }),
  saveDraft: (applicationId: number | string, kind: ScoreKind, body: ScoreSheetInput) =>
    call('PUT', '/reviews/{applicationId}/{kind}', { path: { applicationId: Number(applicationId), kind }, body }),
  submit: (applicationId: number | string, kind: ScoreKind, body: ScoreSheetInput) =>
    call('POST', '/reviews/{applicationId}/{kind}/submit', { path: { applicationId: Number(applicationId), kind }, body, idempotencyKey: newIdempotencyKey() }),
  panelSheets: (applicationId: number | string, kind: ScoreKind) =>
    call('GET', '/reviews/{applicationId}/{kind}/panel-sheets', { path: { applicationId: Number(applicationId), kind } }),
  progress: (panelNo: number | string, kind: ScoreKind) => call('GET', '/reviews/panels/{panelNo}/{kind}/progress', { path: { panelNo: Number(panelNo), kind } }),
  returnSheet: (applicationId: number | string, kind: ScoreKind, expertId: number, reason: string) =>
    call('POST', '/reviews/{applicationId}/{kind}/sheets/{expertId}/return', { path: { applicationId: Number(applicationId), kind, expertId }, body: { reason } }),
  closeMaterials: (panelNo: number | string) => call('POST', '/reviews/panels/{panelNo}/materials/close', { path: { panelNo: Number(panelNo) } }),
};

export const sessionApi = {
  mine: () => call('GET', '/presentation-sessions/mine'),
  get: (id: number | string) => call('GET', '/presentation-sessions/{id}', { path: { id: Number(id) } }),
  markAbsent: (id: number | string, applicationId: number, absent: boolean) =>
    call('POST', '/presentation-sessions/{id}/slots/{applicationId}/absent', { path: { id: Number(id), applicationId }, body: { absent } }),
  close: (id: number | string) => call('POST', '/presentation-sessions/{id}/close', { path: { id: Number(id) } }),
};
