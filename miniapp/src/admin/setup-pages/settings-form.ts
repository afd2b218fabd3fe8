import { checkCampaignSettings, type CampaignSettings, type Rubric, type RubricKind } from '@cacem/shared';

/**
 * 活动设置 as a form: every number is kept as the text typed, so a half-typed value stays on screen; the form turns
 * back into CampaignSettings on save. Problems (the server's or the shared checker's) are keyed by the form's fields.
 */

export const STAGE_KEYS = ['registration', 'materialsReview', 'presentations'] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export interface RubricItemForm {
  id: string;
  title: string;
  max: string;
  guidance: string;
}

export interface RubricCategoryForm {
  id: string;
  title: string;
  items: RubricItemForm[];
}

export interface RubricForm {
  kind: RubricKind;
  step: number;
  isDefault: boolean;
  source: string;
  categories: RubricCategoryForm[];
}

export interface SettingsForm {
  year: number;
  noticeRef: string;
  name: string;
  windows: Record<StageKey, { opens: string; closes: string }>;
  statisticsFrom: string;
  statisticsTo: string;
  weightMaterials: string;
  weightPresentation: string;
  excellentMax: string;
  exemplaryMax: string;
  improvingMin: string;
  aggregation: 'mean' | 'trimmed';
  minActivityRecords: string;
  rubrics: { materials: RubricForm; presentation: RubricForm };
}

const text = (n: number | undefined | null) => (typeof n === 'number' && Number.isFinite(n) ? String(n) : '');

/** A number typed in a field; NaN when it is not one (the checker then names the field). */
export function parseNumber(value: string): number {
  const t = value.trim();
  return t === '' ? Number.NaN : Number(t);
}

function rubricToForm(r: Rubric): RubricForm {
  return {
    kind: r.kind,
    step: r.step,
    isDefault: r.isDefault,
    source: r.source,
    categories: r.categories.map((c) => ({
      id: c.id,
      title: c.title,
      items: c.items.map((i) => ({ id: i.id, title: i.title, max: text(i.max), guidance: i.guidance ?? '' })),
    })),
  };
}

export function settingsToForm(s: CampaignSettings): SettingsForm {
  return {
    year: s.year,
    noticeRef: s.noticeRef,
    name: s.name,
    windows: {
      registration: { ...s.windows.registration },
      materialsReview: { ...s.windows.materialsReview },
      presentations: { ...s.windows.presentations },
    },
    statisticsFrom: s.statisticsPeriod.from,
    statisticsTo: s.statisticsPeriod.to,
    weightMaterials: text(s.weights.materials),
    weightPresentation: text(s.weights.presentation),
    excellentMax: text(s.gradeCaps.excellentMax),
    exemplaryMax: text(s.gradeCaps.exemplaryMax),
    improvingMin: text(s.gradeCaps.improvingMin),
    aggregation: s.scoring.aggregation,
    minActivityRecords: text(s.eligibility.minActivityRecords),
    rubrics: { materials: rubricToForm(s.rubrics.materials), presentation: rubricToForm(s.rubrics.presentation) },
  };
}

function rubricFromForm(f: RubricForm, total: number): Rubric {
  return {
    kind: f.kind,
    total,
    step: f.step,
    isDefault: f.isDefault,
    source: f.source,
    categories: f.categories.map((c) => ({
      id: c.id,
      title: c.title.trim(),
      items: c.items.map((i) => ({ id: i.id, title: i.title.trim(), max: parseNumber(i.max), ...(i.guidance.trim() ? { guidance: i.guidance.trim() } : {}) })),
    })),
  };
}

/** The form as CampaignSettings; each rubric's total is its weight (the checker wants them equal). */
export function formToSettings(f: SettingsForm): CampaignSettings {
  const materials = parseNumber(f.weightMaterials);
  const presentation = parseNumber(f.weightPresentation);
  return {
    year: f.year,
    name: f.name.trim(),
    noticeRef: f.noticeRef,
    windows: {
      registration: { ...f.windows.registration },
      materialsReview: { ...f.windows.materialsReview },
      presentations: { ...f.windows.presentations },
    },
    statisticsPeriod: { from: f.statisticsFrom.trim(), to: f.statisticsTo.trim() },
    weights: { materials, presentation },
    gradeCaps: { excellentMax: parseNumber(f.excellentMax), exemplaryMax: parseNumber(f.exemplaryMax), improvingMin: parseNumber(f.improvingMin) },
    rubrics: { materials: rubricFromForm(f.rubrics.materials, materials), presentation: rubricFromForm(f.rubrics.presentation, presentation) },
    scoring: { aggregation: f.aggregation },
    eligibility: { minActivityRecords: parseNumber(f.minActivityRecords) },
  };
}

/** The rubrics as the form holds them, for comparing with what was loaded (editing them is refused once scoring began). */
export function rubricsChanged(a: SettingsForm, b: SettingsForm): boolean {
  return JSON.stringify(a.rubrics) !== JSON.stringify(b.rubrics);
}

// — rubric totals —

export interface RubricTotals {
  /** Sum of the items' maxima; null while some maximum is not a number. */
  sum: number | null;
  required: number | null;
  perCategory: Array<number | null>;
  ok: boolean;
}

/** Sums points without binary-fraction noise (0.1 + 0.2 is 0.3 here). */
const addExact = (values: number[]) => Number(values.reduce((acc, v) => acc + v, 0).toFixed(6));

export function rubricTotals(r: RubricForm, requiredText: string): RubricTotals {
  const required = parseNumber(requiredText);
  const perCategory = r.categories.map((c) => {
    const values = c.items.map((i) => parseNumber(i.max));
    return values.every((v) => Number.isFinite(v)) ? addExact(values) : null;
  });
  const sum = perCategory.every((v) => v !== null) ? addExact(perCategory as number[]) : null;
  const req = Number.isFinite(required) ? required : null;
  return { sum, required: req, perCategory, ok: sum !== null && req !== null && Math.abs(sum - req) < 1e-9 };
}

/** A fresh id not used in the rubric: `${prefix}${n}`. */
export function nextId(r: RubricForm, prefix: string): string {
  const used = new Set(r.categories.flatMap((c) => [c.id, ...c.items.map((i) => i.id)]));
  let n = 1;
  while (used.has(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
}

// — problems → fields —

export interface FieldProblem {
  field: string;
  message: string;
}

/** A server problem: its `field` is the part before the first '：' of the message (e.g. `rubrics.materials.categories[0].items[1].max`). */
export function problemFromMessage(message: string): FieldProblem {
  const at = message.indexOf('：');
  if (at <= 0) return { field: 'settings', message };
  return { field: message.slice(0, at), message: message.slice(at + 1) };
}

/**
 * The form field a problem belongs beside. Rubric paths keep their category/item indexes
 * (`rubrics.materials.c0.i1.max`, `rubrics.materials.c0.title`, or the rubric itself `rubrics.materials`).
 */
export function formFieldOf(field: string): string {
  const rubric = /^rubrics\.(materials|presentation)(?:\.categories\[(\d+)\](?:\.items\[(\d+)\])?(?:\.(\w+))?)?/.exec(field);
  if (rubric) {
    const [, kind, c, i, leaf] = rubric;
    if (c === undefined) return `rubrics.${kind}`;
    if (i === undefined) return leaf === 'items' || leaf === undefined ? `rubrics.${kind}.c${c}` : `rubrics.${kind}.c${c}.${leaf}`;
    return `rubrics.${kind}.c${c}.i${i}.${leaf ?? 'title'}`;
  }
  const window = /^windows\.(registration|materialsReview|presentations)/.exec(field);
  if (window) return `windows.${window[1]}`;
  const head = field.split('.')[0] ?? field;
  const known = ['name', 'year', 'windows', 'statisticsPeriod', 'weights', 'gradeCaps', 'scoring', 'eligibility', 'rubrics'];
  return known.includes(head) ? (head === 'scoring' ? 'scoring.aggregation' : head === 'eligibility' ? 'eligibility.minActivityRecords' : head) : 'settings';
}

/** Problems grouped by form field: { field: [messages] }. Accepts the server's `{field, message}` or bare messages. */
export function problemsByField(problems: ReadonlyArray<string | { field?: string; message: string }>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of problems) {
    const parsed = problemFromMessage(typeof p === 'string' ? p : p.message);
    const field = formFieldOf(typeof p !== 'string' && p.field ? p.field : parsed.field);
    (out[field] ??= []).push(parsed.message);
  }
  return out;
}

/** The shared checker's problems for the form as it stands (client-side hints before saving). */
export function checkForm(f: SettingsForm): Record<string, string[]> {
  return problemsByField(checkCampaignSettings(formToSettings(f)));
}
