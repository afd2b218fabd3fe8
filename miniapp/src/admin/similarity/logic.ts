import type { SimilarityDocKind, SimilarityDocSide, SimilarityPair, SimilarityRun } from '../../api/console-similarity';

/** The 材料查重 pages' plain helpers (no Taro, no React): figures, page labels, the case description. */

/** A fraction 0..1 as a percent, one decimal: 0.8234 → 82.3%. */
export function pct(fraction: number, digits = 1): string {
  if (!Number.isFinite(fraction)) return '—';
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** Whole percent for prose: 0.8261 → 83. */
export function wholePercent(fraction: number): number {
  return Math.round(fraction * 100);
}

/** A run still to be finished: the page polls and the run button waits. */
export function runActive(run: SimilarityRun | null | undefined): boolean {
  return run?.status === 'queued' || run?.status === 'running';
}

/** Where a passage lies: 第 3 页, 第 3–4 页; for a PPT 第 5 张幻灯片, 第 5–6 张幻灯片. */
export function pageText(kind: SimilarityDocKind, fromPage: number, toPage: number): string {
  const range = fromPage === toPage || toPage < fromPage ? `${fromPage}` : `${fromPage}–${toPage}`;
  return kind === 'ppt' ? `第 ${range} 张幻灯片` : `第 ${range} 页`;
}

/** The team of a document, or its application's number when the team has no name. */
export function teamText(side: SimilarityDocSide): string {
  return side.teamName ?? `申报 ${side.applicationId}`;
}

export type Side = 'a' | 'b';

/** The prefilled 情况说明 of a case against one side: it names the other side's team and year. */
export function caseDescription(pair: SimilarityPair, against: Side, passageCount: number = pair.passageCount): string {
  const other = against === 'a' ? pair.b : pair.a;
  return `材料查重：与「${teamText(other)}」（${other.campaignYear} 年）的申报材料相似度 ${wholePercent(pair.score)}%，匹配段落 ${passageCount} 处`;
}

/** The tag colour of a run's status. */
export const RUN_TONE: Record<SimilarityRun['status'], string> = { queued: 'orange', running: 'blue', done: 'green', failed: 'red' };
