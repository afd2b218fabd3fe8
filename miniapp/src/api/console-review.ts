import type { ScoreKind } from './review';
import { call, type QueryOf, type Schemas } from './contract';

/**
 * The secretariat console's review-stage calls: 专家组抽取, 评审进度, 发布会名单, 发布会, 等级评定 and 证书.
 * The contracts are server/src/modules/{panel,review,invitation,presentation,grading,certificate}.
 */

export type { PanelProgress, PresentationSession, ScoreChangeView, ScoreKind, SessionSlot, ProgressItem } from './review';

// — 专家组抽取 —

export type DrawInput = Schemas['CreateDrawDto'];
export type DrawSummary = Schemas['DrawSummary'];
/** `replacement: true`: drawn in place of a removed expert (第十六条). */
export type PanelExpert = Schemas['PanelExpertView'];
export type DrawPanel = Schemas['PanelView'];
export type DrawReplacement = Schemas['DrawReplacementView'];
export type DrawView = Schemas['DrawView'];
export type VerifyDifference = Schemas['DrawVerifyDifference'];
export type VerifyResult = Schemas['DrawVerifyResult'];

// — 评审进度 —

/** `pendingChanges`: corrections awaiting the secretariat; `changes`: every correction, before → after, decided or not. */
export type PanelOverview = Schemas['ReviewOverviewPanel'];
export type ReviewOverview = Schemas['ReviewOverview'];
export type CloseMaterialsResult = Schemas['CloseMaterialsResult'];

// — 发布会名单 —

export type InvitationRow = Schemas['InvitationRow'];
export type InvitationList = Schemas['InvitationList'];

export const INVITATIONS_XLSX_PATH = '/invitations/export.xlsx';

// — 发布会 —

/** `date`: yyyy-mm-dd, Beijing time; `applicationIds` in presentation order. */
export type SessionInput = Schemas['CreateSessionDto'];
export type CloseSessionResult = Schemas['CloseSessionResult'];

// — 等级评定 —

export type GradingItem = Schemas['GradingItem'];
export type GradingView = Schemas['GradingView'];
export type AdjustGradeInput = Schemas['AdjustGradeDto'];

// — 证书 —

export type CertificateItem = Schemas['CertificateItem'];
export type CertificatePage = Schemas['CertificatePage'];
/** `revoked`: true, revoked only; false, valid only. */
export type CertificateQuery = NonNullable<QueryOf<'GET', '/certificates'>>;

export const ONWARD_XLSX_PATH = '/certificates/onward.xlsx';
export const certificatePdfPath = (no: string) => `/certificates/${encodeURIComponent(no)}/pdf`;

export const consoleReviewApi = {
  draws: () => call('GET', '/draws'),
  draw: (id: number) => call('GET', '/draws/{id}', { path: { id } }),
  createDraw: (input: DrawInput) => call('POST', '/draws', { body: input }),
  verifyDraw: (id: number) => call('POST', '/draws/{id}/verify', { path: { id } }),

  overview: (kind: ScoreKind) => call('GET', '/reviews/overview/{kind}', { path: { kind } }),
  panelProgress: (panelNo: number, kind: ScoreKind) => call('GET', '/reviews/panels/{panelNo}/{kind}/progress', { path: { panelNo, kind } }),
  closeMaterials: (panelNo: number) => call('POST', '/reviews/panels/{panelNo}/materials/close', { path: { panelNo } }),
  decideChange: (id: number, decision: Schemas['DecideScoreChangeDto']['decision'], note: string) =>
    call('POST', '/reviews/changes/{id}/decision', { path: { id }, body: { decision, note } }),

  invitations: () => call('GET', '/invitations'),
  publishInvitations: (applicationIds: number[]) => call('POST', '/invitations', { body: { applicationIds } }),

  sessions: () => call('GET', '/presentation-sessions'),
  createSession: (input: SessionInput) => call('POST', '/presentation-sessions', { body: input }),
  reorderSession: (id: number, applicationIds: number[]) => call('PUT', '/presentation-sessions/{id}/order', { path: { id }, body: { applicationIds } }),
  markAbsent: (id: number, applicationId: number, absent: boolean) =>
    call('POST', '/presentation-sessions/{id}/slots/{applicationId}/absent', { path: { id, applicationId }, body: { absent } }),
  closeSession: (id: number) => call('POST', '/presentation-sessions/{id}/close', { path: { id } }),

  grading: () => call('GET', '/grading'),
  propose: () => call('POST', '/grading/proposal'),
  adjustGrade: (applicationId: number, input: AdjustGradeInput) => call('PUT', '/grading/items/{applicationId}', { path: { applicationId }, body: input }),
  confirmGrades: () => call('POST', '/grading/confirm'),
  publishGrades: () => call('POST', '/grading/publish'),
  reconfirmGrades: (reason: string) => call('POST', '/grading/reconfirmation', { body: { reason } }),

  issueCertificates: () => call('POST', '/certificates/issue'),
  certificates: (query: CertificateQuery) => call('GET', '/certificates', { query }),
  revokeCertificate: (no: string, reason: string) => call('POST', '/certificates/{no}/revoke', { path: { no }, body: { reason } }),
};
