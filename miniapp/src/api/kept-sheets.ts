import { call, type Schemas } from './contract';

/**
 * 保留评分的处理决定: an expert removed after a review stage closed keeps their sheets of that stage; the secretariat
 * decides whether the scores stand or are excluded. The contract is server/src/modules/discipline/kept-sheets.service.ts.
 */

export type KeptSheetDecisionView = Schemas['KeptSheetDecisionView'];
export type KeptSheetDecisionStatus = KeptSheetDecisionView['status'];
/** One kept sheet: its status now (void once excluded), the total as used at the removal, the panel's score now. */
export type KeptSheet = KeptSheetDecisionView['sheets'][number];
export type KeptSheetEffects = Schemas['KeptSheetEffects'];
export type KeptSheetDecisionInput = Schemas['DecideKeptSheetsDto'];

export const keptSheetsApi = {
  list: (status?: KeptSheetDecisionStatus) => call('GET', '/kept-sheet-decisions', { query: status ? { status } : {} }),
  get: (expertId: number) => call('GET', '/experts/{id}/kept-sheets', { path: { id: expertId } }),
  decide: (expertId: number, input: KeptSheetDecisionInput) => call('POST', '/experts/{id}/kept-sheets/decision', { path: { id: expertId }, body: input }),
};
