import { request } from './client';
import type { Page } from './types';

/** The secretariat's desk console (H5 only): dashboard figures, the applications overview, the audit log and the outbox. */

export type SortOrder = 'asc' | 'desc';

export interface ConsoleCampaign {
  year: number;
  name: string;
  stage: string;
  stageLabel: string;
}

export interface FunnelStep {
  key: string;
  label: string;
  count: number;
}

export interface StatusCount {
  status: string;
  label: string;
  count: number;
}

export interface UnitProgress {
  unitId: number;
  seq: number;
  name: string;
  submitted: number;
  recommended: number;
  screenedIn: number;
  graded: number;
}

/** The five numbers of one panel's scores, and their mean. */
export interface PanelBox {
  panelNo: number;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
}

export interface GradeFigures {
  graded: number;
  /** Percentages, as configured for the campaign (e.g. 10, 40, 50). */
  caps: { excellentMax: number; exemplaryMax: number; improvingMin: number };
  slots: { excellent: number; exemplary: number };
  counts: { excellent: number; exemplary: number; improving: number };
}

export interface Dashboard {
  campaign: ConsoleCampaign;
  funnel: FunnelStep[];
  statusCounts: StatusCount[];
  perUnit: UnitProgress[];
  scoreBoxes: { materials: PanelBox[]; presentation: PanelBox[] };
  grades: GradeFigures;
}

export interface ConsoleApplication {
  id: number;
  teamName: string;
  enterpriseName: string;
  unit: { id: number; seq: number; name: string } | null;
  status: string;
  statusLabel: string;
  submittedAt: string | null;
  materialsScore: number | null;
  presentationScore: number | null;
  total: number | null;
  grade: string | null;
  gradeLabel: string | null;
  certificateNo: string | null;
}

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
] as const;
export type ApplicationSortKey = (typeof APPLICATION_SORT_KEYS)[number];

/** Query parameters as sent: multi-valued filters are comma-separated. */
export type ConsoleQuery = Record<string, string | number | undefined>;

export interface AuditItem {
  id: number;
  at: string;
  actor: string;
  actorLabel: string;
  action: string;
  entity: string;
  entityId: string;
  /** The caller's role in that request and the request's id (as in the server log); null for older entries. */
  role?: string | null;
  requestId?: string | null;
  before: unknown;
  after: unknown;
}

export interface AuditVerification {
  intact: boolean;
  /** The first entry that does not verify (for a cut-off end, the id after the last one left). */
  firstBrokenId: number | null;
  entries: number;
  /** modified: an entry's content changed; link: an entry before it removed or changed; truncated: the end cut off;
   * head_missing / head_rewound: the head row deleted or set back; anchor_rewritten / anchor_shorter: the chain
   * differs from, or is shorter than, an anchor kept outside the database; anchor_forged: an anchor that is not signed
   * with the platform's key. The message says which, in Chinese. */
  reason?: 'modified' | 'link' | 'truncated' | 'head_missing' | 'head_rewound' | 'anchor_rewritten' | 'anchor_shorter' | 'anchor_forged' | null;
  /** The server's account of it, in Chinese. */
  message?: string;
  /** The newest anchor the chain matches (null before the first one). */
  anchor?: { lastId: number; entries: number; at: string } | null;
}

export interface OutboxItem {
  id: number;
  recipientType: string;
  recipientId: number;
  template: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  sentAt: string | null;
}

export interface OutboxPage extends Page<OutboxItem> {
  counts: Record<string, number>;
}

export interface BulkPassResult {
  passed: number[];
  skipped: Array<{ id: number; problems: Array<{ code: string; message: string; field?: string }> }>;
}

export const consoleApi = {
  dashboard: () => request<Dashboard>('GET', '/console/dashboard'),
  applications: (query: ConsoleQuery) => request<Page<ConsoleApplication>>('GET', '/console/applications', { query }),
  audit: (query: ConsoleQuery) => request<Page<AuditItem>>('GET', '/console/audit', { query }),
  verifyAudit: () => request<AuditVerification>('GET', '/console/audit/verify'),
  outbox: (query: ConsoleQuery) => request<OutboxPage>('GET', '/console/outbox', { query }),
  bulkPass: (applicationIds: number[]) => request<BulkPassResult>('POST', '/screening/bulk-pass', { body: { applicationIds } }),
};

/** The path (under /api/v1) of the applications workbook, with the same filters as the table. */
export const APPLICATIONS_XLSX_PATH = '/console/exports/applications.xlsx';
