/**
 * Pure helpers of the console's review-stage pages (专家组抽取 … 证书): no Taro, no React, tested in logic.test.ts.
 */
import { GRADE_LABEL, gradeCapBreach } from '@cacem/shared';

// The one text of a failure, shared with the hooks of every page (api/api-error.ts).
export { fullErrorText } from '../../api/api-error';

// — 评审进度 —

/** Whole percent of submitted sheets; 0 when nothing is expected. */
export function sheetPercent(submitted: number, expected: number): number {
  if (expected <= 0) return 0;
  return Math.min(100, Math.floor((submitted / expected) * 100));
}

export type PanelState = 'empty' | 'scoring' | 'ready' | 'closed';

/**
 * A panel's state in one part: closed when every application left the part, ready to close when every expected
 * sheet is in, otherwise scoring (empty: nothing to score).
 */
export function panelState(p: { applicationCount: number; submittedSheets: number; expectedSheets: number; closedApplications: number }): PanelState {
  if (p.applicationCount === 0) return 'empty';
  if (p.closedApplications >= p.applicationCount) return 'closed';
  if (p.expectedSheets > 0 && p.submittedSheets >= p.expectedSheets) return 'ready';
  return 'scoring';
}

export const PANEL_STATE_TEXT: Record<PanelState, string> = { empty: '无申报', scoring: '评分中', ready: '评分已收齐', closed: '已结束' };

// — 发布会名单 —

export interface Ranked {
  applicationId: number;
  rank: number;
}

/** The first n rows in ranking order (the server's order), as application ids. */
export function selectTopN<T extends Ranked>(rows: readonly T[], n: number): number[] {
  const count = Math.max(0, Math.min(rows.length, Math.floor(n)));
  return [...rows]
    .sort((a, b) => a.rank - b.rank)
    .slice(0, count)
    .map((r) => r.applicationId);
}

/**
 * When the cut after n rows falls inside a tie (the n-th and the (n+1)-th share a rank), that rank and how many rows
 * hold it; otherwise null.
 */
export function tieAtCut<T extends Ranked>(rows: readonly T[], n: number): { rank: number; count: number } | null {
  const sorted = [...rows].sort((a, b) => a.rank - b.rank);
  if (n <= 0 || n >= sorted.length) return null;
  const last = sorted[n - 1]!;
  const next = sorted[n]!;
  if (last.rank !== next.rank) return null;
  return { rank: last.rank, count: sorted.filter((r) => r.rank === last.rank).length };
}

// — 发布会 —

/** The list with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveItem<T>(list: readonly T[], index: number, direction: -1 | 1): T[] {
  const target = index + direction;
  const out = [...list];
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return out;
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}

/** The invited teams of one panel that no session has taken yet, in the panel's order. */
export function unscheduled<T extends { id: number }>(panelApplications: readonly T[], invitedIds: ReadonlySet<number>, scheduledIds: ReadonlySet<number>): T[] {
  return panelApplications.filter((a) => invitedIds.has(a.id) && !scheduledIds.has(a.id));
}

// — 等级评定 —

export type GradeKey = 'excellent' | 'exemplary' | 'improving';

export interface CapRow {
  grade: GradeKey;
  /** The most this grade may have; null for 改进级 (everyone else). */
  slots: number | null;
  count: number;
  over: boolean;
  /** Slots left unused (0 for 改进级). */
  free: number;
}

/** 卓越级 / 示范级 / 改进级: slots against decided counts. */
export function capSummary(slots: { excellent: number; exemplary: number }, counts: Record<GradeKey, number>): CapRow[] {
  const row = (grade: 'excellent' | 'exemplary'): CapRow => ({
    grade,
    slots: slots[grade],
    count: counts[grade],
    over: counts[grade] > slots[grade],
    free: Math.max(0, slots[grade] - counts[grade]),
  });
  return [row('excellent'), row('exemplary'), { grade: 'improving', slots: null, count: counts.improving, over: false, free: 0 }];
}

export interface GradeRow {
  applicationId: number;
  rank: number;
  total: number;
  proposedGrade: GradeKey;
  grade: GradeKey;
  tiedAtBoundary: boolean;
  adjustmentReason: string | null;
}

/**
 * The rows to highlight as a tie at a grade boundary: those the server flagged, and any row sharing their total
 * (so the whole tied group shows), as a set of application ids; each group's key is its total.
 */
export function boundaryTies(rows: readonly GradeRow[]): Map<number, number> {
  const tiedTotals = new Set(rows.filter((r) => r.tiedAtBoundary).map((r) => r.total));
  const out = new Map<number, number>();
  for (const r of rows) if (tiedTotals.has(r.total)) out.set(r.applicationId, r.total);
  return out;
}

/** The rows whose decided grade differs from the proposal (what re-proposing discards). */
export function adjustedRows<T extends GradeRow>(rows: readonly T[]): T[] {
  return rows.filter((r) => r.grade !== r.proposedGrade || r.adjustmentReason !== null);
}

/**
 * Would this adjustment exceed a cap (shared gradeCapBreach, the rule the server refuses on)? This only warns before
 * sending. Returns the message the page shows, or null.
 */
export function capWarning(rows: readonly GradeRow[], slots: { excellent: number; exemplary: number }, applicationId: number, grade: GradeKey): string | null {
  const breach = gradeCapBreach(rows, slots, { applicationId, grade });
  if (!breach) return null;
  return `调整后${GRADE_LABEL[breach.over]} ${breach[breach.over]} 个，超出名额 ${slots[breach.over]} 个`;
}

// — 专家组抽取 —

/** A readable line for one verify difference. */
export function differenceText(d: { panelNo: number; replacementId?: number; stored: unknown; recomputed: unknown }): string {
  const where = d.replacementId !== undefined ? `第 ${d.panelNo} 组的专家替换（记录 ${d.replacementId}）` : d.panelNo === 0 ? '整体结果' : `第 ${d.panelNo} 组`;
  const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));
  return `${where}：保存的 ${show(d.stored)}；重新抽取 ${show(d.recomputed)}`;
}

/** Parses the draw form; returns the input or the first problem in Chinese. */
export function parseDrawForm(form: { panelCount: string; panelSize: string; seed: string }): { ok: true; value: { panelCount: number; panelSize: number; seed?: string } } | { ok: false; message: string } {
  const count = Number(form.panelCount);
  const size = Number(form.panelSize);
  if (!Number.isInteger(count) || count < 1 || count > 100) return { ok: false, message: '专家组数应为 1 至 100 的整数' };
  if (!Number.isInteger(size) || size < 1 || size > 50) return { ok: false, message: '每组专家人数应为 1 至 50 的整数' };
  const seed = form.seed.trim();
  if (seed.length > 100) return { ok: false, message: '抽取种子不能超过 100 个字符' };
  return { ok: true, value: seed ? { panelCount: count, panelSize: size, seed } : { panelCount: count, panelSize: size } };
}
