import { DomainError } from '../errors/index.js';
import type { GradeCaps } from './grade.js';

/** One team's scores as aggregated from the experts: materials 0–80, presentation 0–20 (第九条). */
export interface GradingEntry {
  id: string;
  materials: number;
  presentation: number;
}

const MATERIALS_MAX = 80;
const PRESENTATION_MAX = 20;
// An input with thousands of bad rows should not produce a thousand-row error body.
const ISSUES_REPORTED_MAX = 20;

interface GradingIssue {
  field: string;
  message: string;
}

function isScore(value: unknown, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;
}

function isFraction(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1;
}

/** Throws GRADING_INVALID_INPUT listing every problem found (the first 20 in details), or returns nothing. */
export function assertValidGradingInput(entries: unknown, caps: unknown): asserts entries is readonly GradingEntry[] {
  const issues: GradingIssue[] = [];
  const c = caps as Partial<GradeCaps> | null;
  if (!c || typeof c !== 'object') {
    issues.push({ field: 'caps', message: '名额比例应包含卓越级和示范级两项' });
  } else {
    if (!isFraction(c.excellent)) issues.push({ field: 'caps.excellent', message: `卓越级名额比例应为 0–1 之间的小数，实为 ${String(c.excellent)}` });
    if (!isFraction(c.exemplary)) issues.push({ field: 'caps.exemplary', message: `示范级名额比例应为 0–1 之间的小数，实为 ${String(c.exemplary)}` });
    if (isFraction(c.excellent) && isFraction(c.exemplary) && c.excellent + c.exemplary > 1 + 1e-9) {
      issues.push({ field: 'caps', message: '卓越级与示范级名额比例之和不能超过 1' });
    }
  }
  if (!Array.isArray(entries)) {
    issues.push({ field: 'entries', message: '参评班组应为列表' });
  } else {
    const seen = new Set<string>();
    entries.forEach((raw: unknown, i) => {
      const at = `第 ${i + 1} 个参评班组`;
      const e = raw as Partial<GradingEntry> | null;
      if (!e || typeof e !== 'object') {
        issues.push({ field: `entries[${i}]`, message: `${at}应包含编号、资料审核得分和成果发布得分` });
        return;
      }
      if (typeof e.id !== 'string' || e.id === '') {
        issues.push({ field: `entries[${i}].id`, message: `${at}缺少班组编号` });
      } else if (seen.has(e.id)) {
        issues.push({ field: `entries[${i}].id`, message: `${at}的编号 ${e.id} 重复` });
      } else {
        seen.add(e.id);
      }
      if (!isScore(e.materials, MATERIALS_MAX)) {
        issues.push({ field: `entries[${i}].materials`, message: `${at}的资料审核得分应在 0–${MATERIALS_MAX} 分之间，实为 ${String(e.materials)}` });
      }
      if (!isScore(e.presentation, PRESENTATION_MAX)) {
        issues.push({ field: `entries[${i}].presentation`, message: `${at}的成果发布得分应在 0–${PRESENTATION_MAX} 分之间，实为 ${String(e.presentation)}` });
      }
    });
  }
  if (issues.length === 0) return;
  const more = issues.length > 1 ? `（共 ${issues.length} 处问题）` : '';
  throw new DomainError('GRADING_INVALID_INPUT', `评定等级的数据有误：${issues[0]!.message}${more}`, {
    issues: issues.slice(0, ISSUES_REPORTED_MAX),
    issueCount: issues.length,
  });
}
