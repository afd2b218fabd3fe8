import type { CampaignSettings } from '@cacem/shared';
import { type Answer, call, fillPath, type QueryOf, type Schemas } from './contract';
import { UPLOAD_MAX_BYTES, uploadFile } from './upload';
import { newIdempotencyKey } from './idempotency';

/** The secretariat console's setup and discipline pages: campaign settings, bulk cards, the expert pool, misconduct cases. */

export type Query = Record<string, string | number | undefined>;

// — 活动设置 —

/** GET /campaigns/current: the campaign, its stage today, and the whole settings (needed to edit the form). */
export type CampaignView = Schemas['CurrentCampaignView'];

// — 报名卡 —

export type BulkIssueResult = Schemas['BulkIssueResult'];
export type ResetPasswordResult = Schemas['CardPasswordReset'];

// — 专家库 —

export type Expert = Schemas['ExpertView'];
export type SaveExpertInput = Schemas['SaveExpertDto'];
export type ImportReport = Schemas['ExpertImportReport'];
export type ImportRowError = ImportReport['rejected'][number]['errors'][number];
export type ExpertAccount = Schemas['ExpertAccountView'];
export type RemovalResult = Schemas['ExpertRemovalResult'];

// — 违规查处 —

export type CaseView = Schemas['MisconductCaseView'];
export type CaseDetail = Schemas['MisconductCaseDetail'];
export type Evidence = Schemas['MisconductEvidenceView'];
export type UnitWarning = Schemas['UnitWarningView'];
export type CaseStatus = CaseView['status'];
export type MisconductKind = CaseView['kind'];
export const CASE_STATUS_LABEL: Record<CaseStatus, string> = { open: '查处中', upheld: '经查实', dismissed: '不予认定' };
export const KIND_LABEL: Record<MisconductKind, string> = { plagiarism: '剽窃', fraud: '弄虚作假' };

export const setupApi = {
  campaign: () => call('GET', '/campaigns/current'),
  saveSettings: (settings: CampaignSettings) => call('PUT', '/campaigns/current/settings', { body: { settings } }),

  bulkIssueCards: (enterpriseNames: string[]) => call('POST', '/registration-cards/bulk', { body: { enterpriseNames } }),
  resetCardPassword: (id: number) => call('POST', '/registration-cards/{id}/reset', { path: { id } }),
  /** 解锁: a card or a user account locked after wrong passwords may log in again at once (audited). */
  unlockCard: (id: number) => call('POST', '/registration-cards/{id}/unlock', { path: { id } }),
  unlockAccount: (userId: number) => call('POST', '/user-accounts/{id}/unlock', { path: { id: userId } }),

  // The console's table query is text (page, pageSize, q, unitId, drawable, active as the URL carries them).
  experts: (query: Query) => call('GET', '/experts', { query: query as QueryOf<'GET', '/experts'> }),
  createExpert: (input: SaveExpertInput) => call('POST', '/experts', { body: input }),
  updateExpert: (id: number, input: SaveExpertInput) => call('PUT', '/experts/{id}', { path: { id }, body: input }),
  importExperts: (file: Blob, fileName: string, onProgress?: (percent: number) => void) =>
    uploadFile<Answer<'POST', '/experts/import'>>({ path: '/experts/import', fileField: 'file', file, fileName, maxBytes: UPLOAD_MAX_BYTES.sheet, ...(onProgress ? { onProgress } : {}) }),
  openExpertAccount: (id: number, username?: string) => call('POST', '/experts/{id}/account', { path: { id }, body: username ? { username } : {} }),
  removeExpert: (id: number, reason: string) => call('POST', '/experts/{id}/removal', { path: { id }, body: { reason } }),

  cases: (status?: CaseStatus) => call('GET', '/misconduct-cases', { query: { status } }),
  caseDetail: (id: number) => call('GET', '/misconduct-cases/{id}', { path: { id } }),
  openCase: (input: Schemas['OpenCaseDto']) => call('POST', '/misconduct-cases', { body: input, idempotencyKey: newIdempotencyKey() }),
  uploadEvidence: (id: number, file: Blob, fileName: string, onProgress?: (percent: number) => void) =>
    uploadFile<Answer<'POST', '/misconduct-cases/{id}/evidence'>>({
      path: fillPath('/misconduct-cases/{id}/evidence', { id }),
      fileField: 'file',
      file,
      fileName,
      maxBytes: UPLOAD_MAX_BYTES.pdf,
      idempotencyKey: newIdempotencyKey(),
      ...(onProgress ? { onProgress } : {}),
    }),
  decideCase: (id: number, input: Schemas['DecideCaseDto']) => call('POST', '/misconduct-cases/{id}/decision', { path: { id }, body: input }),
  unitWarnings: (unitId?: number) => call('GET', '/unit-warnings', { query: { unitId } }),
};
