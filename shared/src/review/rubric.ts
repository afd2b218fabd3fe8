// A scoring rubric (评分表): categories of items, each with a maximum, scored in steps (0.5 points).
export type RubricKind = 'materials' | 'presentation';

export interface RubricItem {
  id: string;
  title: string;
  max: number;
  /** What the expert looks for; shown beside the item. */
  guidance?: string;
}

export interface RubricCategory {
  id: string;
  title: string;
  items: RubricItem[];
}

export interface Rubric {
  kind: RubricKind;
  total: number;
  step: number;
  /** True for the default the platform ships; the secretariat replaces it with the standard's own table. */
  isDefault: boolean;
  source: string;
  categories: RubricCategory[];
}

export const RUBRIC_KIND_LABEL: Record<RubricKind, string> = { materials: '资料审核评分表', presentation: '成果发布评分表' };

/** Points as whole multiples of the step, so sums and comparisons are exact. */
export function toSteps(value: number, step: number): number | null {
  const steps = value / step;
  const rounded = Math.round(steps);
  return Math.abs(steps - rounded) < 1e-9 ? rounded : null;
}

export function rubricItems(rubric: Rubric): RubricItem[] {
  return rubric.categories.flatMap((c) => c.items);
}

/** Every reason the rubric is unusable, in Chinese, prefixed with where; empty when valid. */
export function checkRubric(rubric: Rubric, expectedTotal: number, where = 'rubric'): string[] {
  const problems: string[] = [];
  const label = RUBRIC_KIND_LABEL[rubric?.kind] ?? '评分表';
  if (!rubric || typeof rubric !== 'object' || !Array.isArray(rubric.categories)) return [`${where}：缺少${label}`];
  if (!(rubric.step > 0)) problems.push(`${where}.step：评分步长应为正数`);
  if (rubric.total !== expectedTotal) problems.push(`${where}.total：${label}总分应为 ${expectedTotal}，实际为 ${rubric.total}`);
  if (typeof rubric.isDefault !== 'boolean') problems.push(`${where}.isDefault：应标明是否为默认评分表`);
  const ids = new Set<string>();
  let sumSteps = 0;
  if (rubric.categories.length === 0) problems.push(`${where}.categories：至少需要一个评分类别`);
  for (const [ci, category] of rubric.categories.entries()) {
    const at = `${where}.categories[${ci}]`;
    if (!category.id || ids.has(category.id)) problems.push(`${at}.id：类别编号缺失或重复`);
    ids.add(category.id);
    if (!category.title?.trim()) problems.push(`${at}.title：类别名称不能为空`);
    if (!Array.isArray(category.items) || category.items.length === 0) {
      problems.push(`${at}.items：类别「${category.title ?? ''}」没有评分项`);
      continue;
    }
    for (const [ii, item] of category.items.entries()) {
      const itemAt = `${at}.items[${ii}]`;
      if (!item.id || ids.has(item.id)) problems.push(`${itemAt}.id：评分项编号缺失或重复`);
      ids.add(item.id);
      if (!item.title?.trim()) problems.push(`${itemAt}.title：评分项名称不能为空`);
      const steps = rubric.step > 0 && typeof item.max === 'number' ? toSteps(item.max, rubric.step) : null;
      if (!(item.max > 0) || steps === null) {
        problems.push(`${itemAt}.max：评分项「${item.title ?? ''}」的分值应为正数且是 ${rubric.step} 的整数倍`);
      } else {
        sumSteps += steps;
      }
    }
  }
  const sum = sumSteps * rubric.step;
  if (problems.length === 0 && Math.abs(sum - rubric.total) > 1e-9) {
    problems.push(`${where}：${label}各项分值之和为 ${sum}，应等于总分 ${rubric.total}`);
  }
  return problems;
}
