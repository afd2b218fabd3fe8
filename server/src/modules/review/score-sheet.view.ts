import type { ScoreSpread } from './review-panel.schemas.js';
import type { ScoreSheetView } from './review.schemas.js';
import type { ScoreKind, ScoreSheetEntity } from './score-sheet.entity.js';

export const SCORE_KIND_LABEL: Record<ScoreKind, string> = { materials: '资料审核', presentation: '成果发布' };

function emptySheet(): ScoreSheetView {
  return { id: null, status: 'none', scores: {}, comments: {}, overallComment: null, total: null, submittedAt: null, returnReason: null, returnedAt: null, version: 0 };
}

/** A sheet as its expert (or the leader returning it) sees it; no sheet yet reads as an empty one. */
export function sheetView(sheet: ScoreSheetEntity | undefined): ScoreSheetView {
  if (!sheet) return emptySheet();
  return {
    id: sheet.id,
    status: sheet.status,
    scores: sheet.scores,
    comments: sheet.comments,
    overallComment: sheet.overallComment,
    total: sheet.total,
    submittedAt: sheet.submittedAt,
    returnReason: sheet.returnReason,
    returnedAt: sheet.returnedAt,
    version: sheet.version,
  };
}

/** How far a panel's totals lie apart, shown once every expert has submitted. */
export function spreadOf(totals: number[]): ScoreSpread | null {
  if (totals.length === 0) return null;
  const min = Math.min(...totals);
  const max = Math.max(...totals);
  const mean = Math.round((totals.reduce((s, t) => s + t, 0) / totals.length) * 100) / 100;
  return { min, max, range: Math.round((max - min) * 100) / 100, mean };
}
