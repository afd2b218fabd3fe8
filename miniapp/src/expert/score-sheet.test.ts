import { describe, expect, it } from '@jest/globals';
import type { Rubric } from '@cacem/shared';
import {
  changedItems,
  changeTotalText,
  formatScore,
  groupTasks,
  itemMessage,
  itemMessagesFromDetails,
  missingItems,
  parseScore,
  runningTotal,
  scoresToSend,
  sheetMessages,
  stepScore,
  textsFromScores,
} from './score-sheet';

const rubric: Rubric = {
  kind: 'materials',
  total: 15,
  step: 0.5,
  isDefault: true,
  source: 'test',
  categories: [
    { id: 'A', title: '计划', items: [{ id: 'a1', title: '目标明确', max: 5 }, { id: 'a2', title: '措施具体', max: 5 }] },
    { id: 'B', title: '成果', items: [{ id: 'b1', title: '效果显著', max: 5, guidance: '有数据' }] },
  ],
};

describe('parseScore and formatScore', () => {
  it('reads blanks, numbers, Chinese punctuation and rejects text', () => {
    expect(parseScore('')).toBeNull();
    expect(parseScore('  ')).toBeNull();
    expect(parseScore(undefined)).toBeNull();
    expect(parseScore('4.5')).toBe(4.5);
    expect(parseScore('4。5')).toBe(4.5);
    expect(parseScore('.5')).toBe(0.5);
    expect(parseScore('abc')).toBeNaN();
    expect(parseScore('1e3')).toBeNaN();
  });
  it('formats like people write scores', () => {
    expect(formatScore(4.5)).toBe('4.5');
    expect(formatScore(5)).toBe('5');
    expect(formatScore(null)).toBe('—');
    expect(textsFromScores({ a1: 4, b1: 2.5 })).toEqual({ a1: '4', b1: '2.5' });
  });
});

describe('per-item messages before sending', () => {
  const item = rubric.categories[0]!.items[0]!;
  it('accepts blank in a draft, refuses it when submitting', () => {
    expect(itemMessage(item, '', 0.5)).toBeNull();
    expect(itemMessage(item, '', 0.5, true)).toBe('「目标明确」尚未打分');
  });
  it('names the range and the step in Chinese', () => {
    expect(itemMessage(item, '6', 0.5)).toBe('「目标明确」的得分应在 0 到 5 分之间');
    expect(itemMessage(item, '-1', 0.5)).toBe('「目标明确」的得分应在 0 到 5 分之间');
    expect(itemMessage(item, '4.3', 0.5)).toBe('「目标明确」的得分应以 0.5 分为单位');
    expect(itemMessage(item, '分', 0.5)).toBe('「目标明确」的得分应为数字');
    expect(itemMessage(item, '5', 0.5)).toBeNull();
    expect(itemMessage(item, '0', 0.5)).toBeNull();
  });
  it('lists every problem of the sheet by item id', () => {
    expect(sheetMessages(rubric, { a1: '9', a2: '' }, false)).toEqual({ a1: '「目标明确」的得分应在 0 到 5 分之间' });
    expect(Object.keys(sheetMessages(rubric, { a1: '9', a2: '' }, true))).toEqual(['a1', 'a2', 'b1']);
    expect(sheetMessages(rubric, { a1: '1', a2: '2', b1: '3' }, true)).toEqual({});
  });
});

describe('missing items, scores to send and the running total', () => {
  it('lists the unscored items in rubric order', () => {
    expect(missingItems(rubric, { a2: '3' }).map((i) => i.id)).toEqual(['a1', 'b1']);
    expect(missingItems(rubric, { a1: '1', a2: '2', b1: '0' })).toEqual([]);
  });
  it('sends only valid numbers', () => {
    expect(scoresToSend(rubric, { a1: '4.5', a2: '9', b1: '' })).toEqual({ a1: 4.5 });
  });
  it('adds exactly, ignoring invalid items', () => {
    expect(runningTotal(rubric, { a1: '4.5', a2: '0.5', b1: '99' })).toEqual({ total: 5, scored: 2, items: 3 });
    expect(runningTotal(rubric, {})).toEqual({ total: 0, scored: 0, items: 3 });
    const tenths = { a1: '0.5', a2: '0.5', b1: '0.5' };
    expect(runningTotal(rubric, tenths).total).toBe(1.5);
  });
});

describe('the stepper', () => {
  it('starts from blank and stays in 0..max on the step', () => {
    expect(stepScore('', 1, 5, 0.5)).toBe('0.5');
    expect(stepScore('', -1, 5, 0.5)).toBe('0');
    expect(stepScore('4.5', 1, 5, 0.5)).toBe('5');
    expect(stepScore('5', 1, 5, 0.5)).toBe('5');
    expect(stepScore('0', -1, 5, 0.5)).toBe('0');
    expect(stepScore('3', -1, 5, 0.5)).toBe('2.5');
    expect(stepScore('9', -1, 5, 0.5)).toBe('5');
    expect(stepScore('4.3', 1, 5, 0.5)).toBe('4.5');
    expect(stepScore('4.3', -1, 5, 0.5)).toBe('4');
  });
});

describe('server details', () => {
  it('maps scores.<itemId> to the item and ignores other fields', () => {
    expect(
      itemMessagesFromDetails([
        { field: 'scores.a1', message: 'A' },
        { field: 'scores.a1', message: 'again' },
        { field: 'comments.a1', message: 'C' },
        { field: 'scores.M1.2', message: 'dotted id' },
      ]),
    ).toEqual({ a1: 'A', 'M1.2': 'dotted id' });
    expect(itemMessagesFromDetails(undefined)).toEqual({});
  });
});

describe('grouping tasks', () => {
  const task = (applicationId: number, materials: string, presentation: string | null = null) => ({
    applicationId,
    materials: { status: materials },
    presentation: presentation === null ? null : { status: presentation },
  });
  it('groups by the sheet status of one part', () => {
    const tasks = [task(1, 'none'), task(2, 'draft'), task(3, 'submitted', 'none'), task(4, 'returned'), task(5, 'void')];
    const m = groupTasks(tasks, 'materials');
    expect(m.todo.map((t) => t.applicationId)).toEqual([1, 2]);
    expect(m.submitted.map((t) => t.applicationId)).toEqual([3]);
    expect(m.returned.map((t) => t.applicationId)).toEqual([4]);
    const p = groupTasks(tasks, 'presentation');
    expect(p.todo.map((t) => t.applicationId)).toEqual([3]);
    expect(p.submitted).toEqual([]);
  });
});

describe('a held correction, before → after', () => {
  it('lists only the items the correction changes, and the totals', () => {
    const items = [
      { itemId: 'm-1', title: '活动策划', before: 0, after: 9 },
      { itemId: 'm-2', title: '质量成果', before: 5, after: 5 },
      { itemId: 'm-3', title: '推广应用', before: 2.5, after: null },
    ];
    expect(changedItems(items).map((i) => i.text)).toEqual(['活动策划：0 → 9']);
    expect(changeTotalText({ before: { total: 7.5 }, after: { total: 14 } })).toBe('总分 7.5 → 14');
    expect(changeTotalText({ before: { total: 7.5 }, after: { total: null } })).toBe('总分 7.5（待专家更正）');
  });
});
