import { call, type QueryOf, type Schemas } from './contract';

/** The secretariat's desk console (H5 only): dashboard figures, the applications overview, the audit log and the outbox. */

export type SortOrder = NonNullable<ConsoleApplicationsQuery['order']>;

export type Dashboard = Schemas['ConsoleDashboard'];
export type ConsoleCampaign = Dashboard['campaign'];
export type FunnelStep = Schemas['ConsoleFunnelStep'];
export type StatusCount = Schemas['ConsoleStatusCount'];
export type UnitProgress = Schemas['ConsoleUnitProgress'];
/** The five numbers of one panel's scores, and their mean. */
export type PanelBox = Schemas['ConsolePanelBox'];
/** `caps` are percentages, as configured for the campaign (e.g. 10, 40, 50). */
export type GradeFigures = Schemas['ConsoleGradeFigures'];

export type ConsoleApplication = Schemas['ConsoleApplicationItem'];
export type ConsoleApplicationPage = Schemas['ConsoleApplicationPage'];

export const APPLICATION_SORT_KEYS = [
  'id',
  'submittedAt',
  'teamName',
  'enterpriseName',
  'unit',
  'status',
  'materialsScore',
  'presentationScore',
  'total',
] as const satisfies ReadonlyArray<NonNullable<ConsoleApplicationsQuery['sort']>>;
export type ApplicationSortKey = (typeof APPLICATION_SORT_KEYS)[number];

/** `status` lists several statuses (sent comma-separated, which the server reads as the list). */
export type ConsoleApplicationsQuery = NonNullable<QueryOf<'GET', '/console/applications'>>;
export type AuditQuery = NonNullable<QueryOf<'GET', '/console/audit'>>;
export type OutboxQuery = NonNullable<QueryOf<'GET', '/console/outbox'>>;

export type AuditItem = Schemas['ConsoleAuditItem'];
export type AuditPage = Schemas['ConsoleAuditPage'];
/** `reason` says how the chain is broken (null when intact) and `message` says it in Chinese. */
export type AuditVerification = Schemas['AuditVerification'];

export type OutboxItem = Schemas['ConsoleOutboxItem'];
export type OutboxPage = Schemas['ConsoleOutboxPage'];

export type BulkPassResult = Schemas['BulkPassResult'];

export const consoleApi = {
  dashboard: () => call('GET', '/console/dashboard'),
  applications: (query: ConsoleApplicationsQuery) => call('GET', '/console/applications', { query }),
  audit: (query: AuditQuery) => call('GET', '/console/audit', { query }),
  verifyAudit: () => call('GET', '/console/audit/verify'),
  outbox: (query: OutboxQuery) => call('GET', '/console/outbox', { query }),
  bulkPass: (applicationIds: number[]) => call('POST', '/screening/bulk-pass', { body: { applicationIds } }),
};

/** The path (under /api/v1) of the applications workbook, with the same filters as the table. */
export const APPLICATIONS_XLSX_PATH = '/console/exports/applications.xlsx';
