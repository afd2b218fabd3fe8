import type { CampaignSettings, ExpertAssessmentStatus, ExpertTrainingStatus } from '@cacem/shared';
import { request } from './client';
import type { Page } from './types';
import { UPLOAD_MAX_BYTES, uploadFile } from './upload';
import { newIdempotencyKey } from './idempotency';

/** The secretariat console's setup and discipline pages: campaign settings, bulk cards, the expert pool, misconduct cases. */

export type Query = Record<string, string | number | undefined>;

// — 活动设置 —

/** GET /campaigns/current. `settings` is the whole CampaignSettings when the server sends it (needed to edit the form). */
export interface CampaignView {
  year: number;
  name: string;
  stage: string;
  stageLabel: string;
  windows: CampaignSettings['windows'];
  weights?: CampaignSettings['weights'];
  gradeCaps?: CampaignSettings['gradeCaps'];
  settings?: CampaignSettings;
}

// — 报名卡 —

export interface BulkIssueResult {
  items: Array<{ cardNo: string; password: string; enterpriseName: string }>;
  /** row: 1-based position in the list sent. */
  skipped: Array<{ row: number; enterpriseName: string; message: string }>;
  /** A signed link valid for 10 minutes; null when no card was issued. */
  download: { url: string; filename: string } | null;
}

export interface ResetPasswordResult {
  cardNo: string;
  password: string;
}

// — 专家库 —

export interface Expert {
  id: number;
  name: string;
  mobile: string;
  enterpriseName: string;
  enterpriseId: number | null;
  recommendingUnitId: number;
  recommendingUnitName: string | null;
  specialties: string[];
  trainingStatus: ExpertTrainingStatus;
  trainedAt: string | null;
  assessmentStatus: ExpertAssessmentStatus;
  assessedAt: string | null;
  active: boolean;
  drawable: boolean;
  userId: number | null;
  /** Set (in the list) while the expert's login is locked after wrong passwords: when it unlocks by itself. */
  loginLockedUntil?: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface SaveExpertInput {
  name: string;
  mobile: string;
  enterpriseName: string;
  enterpriseId?: number | null;
  recommendingUnitId: number;
  specialties: string[];
  trainingStatus: ExpertTrainingStatus;
  trainedAt?: string | null;
  assessmentStatus: ExpertAssessmentStatus;
  assessedAt?: string | null;
  active?: boolean;
}

export interface ImportRowError {
  field?: string;
  column?: string;
  message: string;
}

export interface ImportReport {
  total: number;
  imported: number;
  updated: number;
  rejected: Array<{ row: number; errors: ImportRowError[] }>;
}

export interface ExpertAccount {
  expertId: number;
  userId: number;
  username: string;
  created: boolean;
  password: string;
  bindCode: string;
  bindCodeExpiresAt: string;
}

export interface RemovalResult {
  expert: { id: number; name: string; active: boolean; removedAt: string | null; removalReason: string | null };
  replacement: {
    id: number;
    drawId: number;
    panelNo: number;
    role: 'leader' | 'member';
    roleLabel: string;
    seed: string;
    candidateCount: number;
    replacementExpert: { id: number; name: string } | null;
  } | null;
  voidedSheetIds: number[];
  /** The expert's panel had finished its work: no replacement was drawn. */
  panelClosed: boolean;
  /** Sheets of stages already closed: kept with the scores already used; reconsidering them is the secretariat's own decision. */
  keptSheets: Array<{ sheetId: number; applicationId: number; teamName: string; kind: 'materials' | 'presentation'; status: string; total: number | null }>;
}

// — 违规查处 —

export type CaseStatus = 'open' | 'upheld' | 'dismissed';
export type MisconductKind = 'plagiarism' | 'fraud';
export const CASE_STATUS_LABEL: Record<CaseStatus, string> = { open: '查处中', upheld: '经查实', dismissed: '不予认定' };
export const KIND_LABEL: Record<MisconductKind, string> = { plagiarism: '剽窃', fraud: '弄虚作假' };

export interface CaseView {
  id: number;
  campaignId: number;
  application: {
    id: number;
    status: string;
    statusLabel: string;
    teamName: string | null;
    enterpriseName: string | null;
    unit: { id: number; name: string } | null;
  };
  kind: MisconductKind;
  kindLabel: string;
  description: string;
  status: CaseStatus;
  statusLabel: string;
  decisionReason: string | null;
  decidedOn: string | null;
  decidedAt: string | null;
  decidedBy: string | null;
  openedAt: string;
  openedBy: string;
}

export interface Evidence {
  id: number;
  fileName: string;
  size: number;
  sha256: string;
  mimeType: string;
  uploadedAt: string;
  uploadedBy: string;
  url: string;
}

export interface CaseDetail extends CaseView {
  evidence: Evidence[];
}

export interface UnitWarning {
  id: number;
  campaignId: number;
  unit: { id: number; name: string } | null;
  application: { id: number; teamName: string | null; enterpriseName: string | null };
  caseId: number;
  kind: MisconductKind | null;
  kindLabel: string | null;
  reason: string;
  issuedAt: string;
}

export const setupApi = {
  campaign: () => request<CampaignView>('GET', '/campaigns/current'),
  saveSettings: (settings: CampaignSettings) => request<CampaignView>('PUT', '/campaigns/current/settings', { body: { settings } }),

  bulkIssueCards: (enterpriseNames: string[]) => request<BulkIssueResult>('POST', '/registration-cards/bulk', { body: { enterpriseNames } }),
  resetCardPassword: (id: number | string) => request<ResetPasswordResult>('POST', `/registration-cards/${id}/reset`),
  /** 解锁: a card or a user account locked after wrong passwords may log in again at once (audited). */
  unlockCard: (id: number | string) => request<{ cardNo: string; unlocked: boolean }>('POST', `/registration-cards/${id}/unlock`),
  unlockAccount: (userId: number | string) => request<{ username: string; unlocked: boolean }>('POST', `/user-accounts/${userId}/unlock`),

  experts: (query: Query) => request<Page<Expert>>('GET', '/experts', { query }),
  createExpert: (input: SaveExpertInput) => request<Expert>('POST', '/experts', { body: input }),
  updateExpert: (id: number, input: SaveExpertInput) => request<Expert>('PUT', `/experts/${id}`, { body: input }),
  importExperts: (file: Blob, fileName: string, onProgress?: (percent: number) => void) =>
    uploadFile<ImportReport>({ path: '/experts/import', fileField: 'file', file, fileName, maxBytes: UPLOAD_MAX_BYTES.sheet, ...(onProgress ? { onProgress } : {}) }),
  openExpertAccount: (id: number, username?: string) => request<ExpertAccount>('POST', `/experts/${id}/account`, { body: username ? { username } : {} }),
  removeExpert: (id: number, reason: string) => request<RemovalResult>('POST', `/experts/${id}/removal`, { body: { reason } }),

  cases: (status?: CaseStatus) => request<{ items: CaseView[] }>('GET', '/misconduct-cases', { query: { status } }),
  caseDetail: (id: number) => request<CaseDetail>('GET', `/misconduct-cases/${id}`),
  openCase: (input: { applicationId: number; kind: MisconductKind; description: string }) => request<CaseDetail>('POST', '/misconduct-cases', { body: input, idempotencyKey: newIdempotencyKey() }),
  uploadEvidence: (id: number, file: Blob, fileName: string, onProgress?: (percent: number) => void) =>
    uploadFile<Evidence>({ path: `/misconduct-cases/${id}/evidence`, fileField: 'file', file, fileName, maxBytes: UPLOAD_MAX_BYTES.pdf, idempotencyKey: newIdempotencyKey(), ...(onProgress ? { onProgress } : {}) }),
  decideCase: (id: number, input: { decision: 'upheld' | 'dismissed'; reason: string; decidedOn: string }) =>
    request<CaseDetail>('POST', `/misconduct-cases/${id}/decision`, { body: input }),
  unitWarnings: (unitId?: number) => request<{ items: UnitWarning[] }>('GET', '/unit-warnings', { query: { unitId } }),
};
