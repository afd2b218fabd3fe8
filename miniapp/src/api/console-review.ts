import type { Grade } from '@cacem/shared';
import { request } from './client';
import type { PanelProgress, PresentationSession, ScoreChangeView, ScoreKind } from './review';
import type { Page } from './types';

/**
 * The secretariat console's review-stage calls: 专家组抽取, 评审进度, 发布会名单, 发布会, 等级评定 and 证书.
 * The contracts are server/src/modules/{panel,review,invitation,presentation,grading,certificate}.
 */

export type { PanelProgress, PresentationSession, ScoreChangeView, ScoreKind, SessionSlot, ProgressItem } from './review';

// — 专家组抽取 —

export interface DrawInput {
  panelCount: number;
  panelSize: number;
  /** Absent: the server makes a random 128-bit hex seed. */
  seed?: string;
}

export interface DrawSummary {
  id: number;
  campaignId: number;
  seed: string;
  panelCount: number;
  panelSize: number;
  expertCount: number;
  applicationCount: number;
  drawnAt: string;
  drawnBy: string;
  verifiedAt: string | null;
}

/** `replacement: true`: drawn in place of a removed expert (第十六条). */
export interface PanelExpert {
  id: number;
  name: string | null;
  replacement?: true;
}

export interface DrawPanel {
  panelNo: number;
  leader: PanelExpert;
  members: PanelExpert[];
  applications: Array<{ id: number; teamName: string | null }>;
}

export interface DrawReplacement {
  id: number;
  panelNo: number;
  removedExpert: { id: number; name: string | null };
  replacementExpert: { id: number; name: string | null } | null;
  reason: string;
  seed: string;
  replacedAt: string;
  replacedBy: string;
}

export interface DrawView extends DrawSummary {
  panels: DrawPanel[];
  replacements: DrawReplacement[];
}

export interface VerifyDifference {
  /** 1-based; 0 when the re-run failed or the number of panels differs. */
  panelNo: number;
  replacementId?: number;
  stored: unknown;
  recomputed: unknown;
}

export interface VerifyResult {
  verified: boolean;
  differences?: VerifyDifference[];
}

// — 评审进度 —

export interface PanelOverview {
  panelNo: number;
  leader: string;
  expertCount: number;
  applicationCount: number;
  submittedSheets: number;
  expectedSheets: number;
  returnedSheets: number;
  closedApplications: number;
  /** Corrections awaiting the secretariat's decision. */
  pendingChanges: number;
  /** Corrections by experts who had read colleagues' sheets, before → after, decided or not. */
  changes: ScoreChangeView[];
}

export interface ReviewOverview {
  kind: ScoreKind;
  panels: PanelOverview[];
}

export interface CloseMaterialsResult {
  panelNo: number;
  reviewed: Array<{ applicationId: number; score: number }>;
}

// — 发布会名单 —

export interface InvitationRow {
  applicationId: number;
  rank: number;
  teamName: string;
  enterpriseName: string;
  unit: { id: number; seq: number; name: string } | null;
  materialsScore: number | null;
  status: string;
  statusLabel: string;
}

export interface InvitationList {
  published: boolean;
  publishedAt: string | null;
  /** Applications still in the materials review: the list cannot be decided while any is. */
  underReview: number;
  items: InvitationRow[];
}

export const INVITATIONS_XLSX_PATH = '/invitations/export.xlsx';

// — 发布会 —

export interface SessionInput {
  title: string;
  /** yyyy-mm-dd, Beijing time. */
  date: string;
  venue: string;
  panelNo: number;
  /** In presentation order. */
  applicationIds: number[];
}

export interface CloseSessionResult {
  presented: Array<{ applicationId: number; score: number }>;
  forfeited: number[];
  session: PresentationSession;
}

// — 等级评定 —

export interface GradingItem {
  applicationId: number;
  teamName: string;
  enterpriseName: string;
  unitName: string;
  materialsScore: number;
  presentationScore: number;
  total: number;
  rank: number;
  proposedGrade: Grade;
  proposedGradeLabel: string;
  grade: Grade;
  gradeLabel: string;
  tiedAtBoundary: boolean;
  explanation: string;
  adjustmentReason: string | null;
  confirmedAt: string | null;
  publishedAt: string | null;
  /** A panel score behind the row changed by a secretariat decision (a removed expert's sheets excluded). */
  rescoreRequired: boolean;
  rescoreNote: string | null;
  version: number;
}

export interface GradingView {
  proposed: boolean;
  confirmed: boolean;
  published: boolean;
  publishedAt: string | null;
  /** Invited teams whose presentation has not ended. */
  waitingPresentations: number;
  presented: number;
  /** Percentages, as configured. */
  caps: { excellentMax: number; exemplaryMax: number; improvingMin: number };
  slots: { graded: number; excellent: number; exemplary: number };
  counts: Record<Grade, number>;
  ties: number[];
  /** Re-propose (before confirmation) or re-confirm (after) before anything else. */
  rescoreRequired: boolean;
  items: GradingItem[];
}

export interface AdjustGradeInput {
  grade: Grade;
  reason: string;
  version?: number;
}

// — 证书 —

export interface CertificateItem {
  id: number;
  certificateNo: string;
  applicationId: number;
  year: number;
  team: { id: number; name: string };
  enterprise: { id: number; name: string };
  unit: { id: number; seq: number; name: string } | null;
  grade: Grade;
  gradeLabel: string;
  total: number | null;
  issuedAt: string;
  revoked: boolean;
  revokedAt: string | null;
  revokedReason: string | null;
}

export interface CertificateQuery {
  page: number;
  pageSize: number;
  grade?: Grade;
  /** 'true': revoked only, 'false': valid only. */
  revoked?: 'true' | 'false';
}

export const ONWARD_XLSX_PATH = '/certificates/onward.xlsx';
export const certificatePdfPath = (no: string) => `/certificates/${encodeURIComponent(no)}/pdf`;

export const consoleReviewApi = {
  draws: () => request<{ items: DrawSummary[] }>('GET', '/draws'),
  draw: (id: number) => request<DrawView>('GET', `/draws/${id}`),
  createDraw: (input: DrawInput) => request<DrawView>('POST', '/draws', { body: input }),
  verifyDraw: (id: number) => request<VerifyResult>('POST', `/draws/${id}/verify`),

  overview: (kind: ScoreKind) => request<ReviewOverview>('GET', `/reviews/overview/${kind}`),
  panelProgress: (panelNo: number, kind: ScoreKind) => request<PanelProgress>('GET', `/reviews/panels/${panelNo}/${kind}/progress`),
  closeMaterials: (panelNo: number) => request<CloseMaterialsResult>('POST', `/reviews/panels/${panelNo}/materials/close`),
  decideChange: (id: number, decision: 'approved' | 'rejected', note: string) =>
    request<ScoreChangeView>('POST', `/reviews/changes/${id}/decision`, { body: { decision, note } }),

  invitations: () => request<InvitationList>('GET', '/invitations'),
  publishInvitations: (applicationIds: number[]) => request<InvitationList>('POST', '/invitations', { body: { applicationIds } }),

  sessions: () => request<{ items: PresentationSession[] }>('GET', '/presentation-sessions'),
  createSession: (input: SessionInput) => request<PresentationSession>('POST', '/presentation-sessions', { body: input }),
  reorderSession: (id: number, applicationIds: number[]) => request<PresentationSession>('PUT', `/presentation-sessions/${id}/order`, { body: { applicationIds } }),
  markAbsent: (id: number, applicationId: number, absent: boolean) =>
    request<PresentationSession>('POST', `/presentation-sessions/${id}/slots/${applicationId}/absent`, { body: { absent } }),
  closeSession: (id: number) => request<CloseSessionResult>('POST', `/presentation-sessions/${id}/close`),

  grading: () => request<GradingView>('GET', '/grading'),
  propose: () => request<GradingView>('POST', '/grading/proposal'),
  adjustGrade: (applicationId: number, input: AdjustGradeInput) => request<GradingView>('PUT', `/grading/items/${applicationId}`, { body: input }),
  confirmGrades: () => request<GradingView>('POST', '/grading/confirm'),
  publishGrades: () => request<GradingView>('POST', '/grading/publish'),
  reconfirmGrades: (reason: string) => request<GradingView>('POST', '/grading/reconfirmation', { body: { reason } }),

  issueCertificates: () => request<{ issued: number; items: CertificateItem[] }>('POST', '/certificates/issue'),
  certificates: (query: CertificateQuery) => request<Page<CertificateItem>>('GET', '/certificates', { query: { ...query } }),
  revokeCertificate: (no: string, reason: string) => request<CertificateItem>('POST', `/certificates/${encodeURIComponent(no)}/revoke`, { body: { reason } }),
};
