import { formatDateTime } from '../../utils/format';
import type { SimilarityDocKind, SimilarityDocSide, SimilarityPair, SimilarityPairCounts, SimilarityRun } from '../../api/console-similarity';

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

/** What the list's filter leaves out, said in so many words; null when it shows every pair. */
export function hiddenNote(counts: SimilarityPairCounts, filter: { suspiciousOnly: boolean; includeDismissed: boolean }): string | null {
  const parts: string[] = [];
  if (filter.suspiciousOnly && counts.belowLine > 0) parts.push(`${counts.belowLine} 对相似但未达疑似线`);
  if (!filter.includeDismissed && counts.dismissed > 0) parts.push(`${counts.dismissed} 对已核实无问题`);
  return parts.length ? `另有 ${parts.join('、')}，未列出` : null;
}

/** The filter in words, with the number of pairs it shows. */
export function filterText(counts: SimilarityPairCounts, filter: { suspiciousOnly: boolean; includeDismissed: boolean }): string {
  const shown = counts.suspicious + (filter.suspiciousOnly ? 0 : counts.belowLine) + (filter.includeDismissed ? counts.dismissed : 0);
  if (filter.suspiciousOnly && !filter.includeDismissed) return `当前只列出待核查的疑似雷同 ${shown} 对`;
  if (filter.suspiciousOnly) return `当前列出疑似雷同及已核实无问题的 ${shown} 对`;
  if (!filter.includeDismissed) return `当前列出待核查的相似文件对 ${shown} 对（含未达疑似线的）`;
  return `当前列出全部相似文件对 ${shown} 对`;
}

/** The line the figures are read against, in words: 相似度 ≥ 25% 为疑似雷同，10%–25% 列为相似. */
export function thresholdText(t: { reportFrom: number; suspiciousFrom: number }): string {
  return `相似度达到 ${wholePercent(t.suspiciousFrom)}% 为疑似雷同，${wholePercent(t.reportFrom)}%–${wholePercent(t.suspiciousFrom)}% 列为相似`;
}

/** When a side's application was submitted, and whether first: 「2026-05-01 10:00 提交 · 先提交」. */
export function submittedText(side: SimilarityDocSide, label: string): string {
  const at = side.submittedAt ? `${formatDateTime(side.submittedAt)} 提交` : '尚未提交';
  return label && label !== '尚未提交' ? `${at} · ${label}` : at;
}
