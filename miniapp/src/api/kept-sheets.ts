import { request } from './client';

/**
 * 保留评分的处理决定: an expert removed after a review stage closed keeps their sheets of that stage; the secretariat
 * decides whether the scores stand or are excluded. The contract is server/src/modules/discipline/kept-sheets.service.ts.
 */

export type KeptSheetDecisionStatus = 'pending' | 'stand' | 'exclude';

export interface KeptSheet {
  sheetId: number;
  applicationId: number;
  teamName: string;
  kind: 'materials' | 'presentation';
  kindLabel: string;
  /** The sheet's status now (void once excluded). */
  status: string;
  /** The total as used when the expert was removed. */
  total: number | null;
  /** The panel's current score of that application and part. */
  panelScore: number | null;
}

export interface KeptSheetEffects {
  voidedSheetIds: number[];
  scores: Array<{ applicationId: number; teamName: string; kind: 'materials' | 'presentation'; before: number; after: number }>;
  gradingFlagged: number[];
}

export interface KeptSheetDecisionView {
  id: number;
  expert: { id: number; name: string; removedAt: string | null; removalReason: string | null };
  status: KeptSheetDecisionStatus;
  statusLabel: string;
  openedAt: string;
  sheets: KeptSheet[];
  decision: null | { decision: 'stand' | 'exclude'; reason: string; decidedAt: string; decidedBy: string; effects: KeptSheetEffects | null };
  version: number;
}

export const keptSheetsApi = {
  list: (status?: KeptSheetDecisionStatus) =>
    request<{ pending: number; items: KeptSheetDecisionView[] }>('GET', '/kept-sheet-decisions', { query: status ? { status } : {} }),
  get: (expertId: number) => request<KeptSheetDecisionView>('GET', `/experts/${expertId}/kept-sheets`),
  decide: (expertId: number, input: { decision: 'stand' | 'exclude'; reason: string; version?: number }) =>
    request<KeptSheetDecisionView>('POST', `/experts/${expertId}/kept-sheets/decision`, { body: input }),
};
