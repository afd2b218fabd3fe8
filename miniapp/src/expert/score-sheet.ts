// Pure logic of the expert's score sheet: what the expert typed, per item, turned into scores, messages and totals.
// The server checks the same rules (shared checkScoreSheet); checking here first lets the message sit beside the item.
import { checkItemScore, type Rubric, type RubricItem, rubricItems, toSteps } from '@cacem/shared';

/** What the expert has typed per item id; '' (or absent) means not scored yet. */
export type ScoreTexts = Record<string, string>;

/** The number typed, null when blank, NaN when it is not a number. */
export function parseScore(text: string | undefined): number | null {
  const t = (text ?? '').trim().replace(/[,，。]/g, '.');
  if (t === '') return null;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(t)) return Number.NaN;
  return Number(t);
}

/** A score as people write it: 4.5, 5, 0. */
export function formatScore(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return String(Math.round(value * 100) / 100);
}

/** The saved scores as the texts of the form. */
export function textsFromScores(scores: Record<string, number> | null | undefined): ScoreTexts {
  const texts: ScoreTexts = {};
  for (const [id, value] of Object.entries(scores ?? {})) if (typeof value === 'number' && Number.isFinite(value)) texts[id] = formatScore(value);
  return texts;
}

/** The Chinese message for one item's text, or null when it is fine (blank is fine unless `complete`). */
export function itemMessage(item: RubricItem, text: string | undefined, step: number, complete = false): string | null {
  const value = parseScore(text);
  if (value === null) return complete ? `「${item.title}」尚未打分` : null;
  if (Number.isNaN(value)) return `「${item.title}」的得分应为数字`;
  return checkItemScore(item, value, step)?.message ?? null;
}

/** Every item's message, keyed by item id; empty when the sheet can be sent (as a draft, or `complete` to submit). */
export function sheetMessages(rubric: Rubric, texts: ScoreTexts, complete: boolean): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const item of rubricItems(rubric)) {
    const message = itemMessage(item, texts[item.id], rubric.step, complete);
    if (message) messages[item.id] = message;
  }
  return messages;
}

/** The items not scored yet, in rubric order. */
export function missingItems(rubric: Rubric, texts: ScoreTexts): RubricItem[] {
  return rubricItems(rubric).filter((item) => parseScore(texts[item.id]) === null);
}

/** The scores to send: every item with a valid number (blank and invalid items left out). */
export function scoresToSend(rubric: Rubric, texts: ScoreTexts): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const item of rubricItems(rubric)) {
    const value = parseScore(texts[item.id]);
    if (value !== null && !Number.isNaN(value) && itemMessage(item, texts[item.id], rubric.step) === null) scores[item.id] = value;
  }
  return scores;
}

/** The running total of the valid scores so far, exact (summed in steps), and how many items it counts. */
export function runningTotal(rubric: Rubric, texts: ScoreTexts): { total: number; scored: number; items: number } {
  const items = rubricItems(rubric);
  let steps = 0;
  let scored = 0;
  for (const [id, value] of Object.entries(scoresToSend(rubric, texts))) {
    if (!items.some((i) => i.id === id)) continue;
    steps += toSteps(value, rubric.step) ?? 0;
    scored += 1;
  }
  return { total: steps * rubric.step, scored, items: items.length };
}

/** The stepper's − / +: from blank, + gives one step and − gives 0; always within 0..max and on the step. */
export function stepScore(text: string | undefined, direction: 1 | -1, max: number, step: number): string {
  const current = parseScore(text);
  if (current === null || Number.isNaN(current)) return formatScore(direction > 0 ? Math.min(step, max) : 0);
  const onStep = Math.round(current / step) * step;
  const next = Math.abs(onStep - current) > 1e-9 ? (direction > 0 ? Math.ceil(current / step) * step : Math.floor(current / step) * step) : onStep + direction * step;
  return formatScore(Math.min(max, Math.max(0, next)));
}

/** Per-item messages from a server error's details (field `scores.<itemId>`). */
export function itemMessagesFromDetails(details: ReadonlyArray<{ field?: string; message: string }> | undefined): Record<string, string> {
  const messages: Record<string, string> = {};
  for (const d of details ?? []) {
    const match = /^scores\.(.+)$/.exec(d.field ?? '');
    if (match && !messages[match[1]!]) messages[match[1]!] = d.message;
  }
  return messages;
}

export type TaskGroup = 'todo' | 'submitted' | 'returned';

export const TASK_GROUP_TEXT: Record<TaskGroup, string> = { todo: '待评分', submitted: '已提交', returned: '已退回' };

interface GroupableTask {
  applicationId: number;
  materials: { status: string } | null;
  presentation: { status: string } | null;
}

/** Which group a task is in for one part; null when the part is not the expert's (no presentation slot, or void). */
export function taskGroup(status: string | undefined): TaskGroup | null {
  if (status === 'submitted') return 'submitted';
  if (status === 'returned') return 'returned';
  if (status === 'none' || status === 'draft') return 'todo';
  return null;
}

/** Tasks grouped 已退回 / 待评分 / 已提交 for one part, each group in the order given. */
export function groupTasks<T extends GroupableTask>(tasks: readonly T[], kind: 'materials' | 'presentation'): Record<TaskGroup, T[]> {
  const groups: Record<TaskGroup, T[]> = { returned: [], todo: [], submitted: [] };
  for (const task of tasks) {
    const group = taskGroup(task[kind]?.status);
    if (group) groups[group].push(task);
  }
  return groups;
}

/** The items a correction changes, before → after, for the leader's and the secretariat's screens. */
export function changedItems(items: ReadonlyArray<{ itemId: string; title: string; before: number | null; after: number | null }>) {
  return items.filter((i) => i.after !== null && i.before !== i.after).map((i) => ({ ...i, text: `${i.title}：${formatScore(i.before)} → ${formatScore(i.after)}` }));
}

/** "总分 40 → 72", or the before only while the expert has not resubmitted. */
export function changeTotalText(change: { before: { total: number }; after: { total: number | null } }): string {
  return change.after.total === null ? `总分 ${formatScore(change.before.total)}（待专家更正）` : `总分 ${formatScore(change.before.total)} → ${formatScore(change.after.total)}`;
}
