import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../api/api-error';
import {
  adjustedRows,
  boundaryTies,
  capSummary,
  capWarning,
  differenceText,
  fullErrorText,
  type GradeRow,
  moveItem,
  panelState,
  parseDrawForm,
  selectTopN,
  sheetPercent,
  tieAtCut,
  unscheduled,
} from './logic';

const ranked = [
  { applicationId: 11, rank: 1 },
  { applicationId: 12, rank: 2 },
  { applicationId: 13, rank: 2 },
  { applicationId: 14, rank: 4 },
];

const row = (applicationId: number, total: number, grade: GradeRow['grade'], extra: Partial<GradeRow> = {}): GradeRow => ({
  applicationId,
  rank: 0,
  total,
  proposedGrade: grade,
  grade,
  tiedAtBoundary: false,
  adjustmentReason: null,
  ...extra,
});

describe('review pages logic', () => {
  it('shows the server message with its problems, and the network text otherwise', () => {
    const e = new ApiError({ statusCode: 422, code: 'X', message: '发布顺序有误', problems: [{ code: 'X', message: '甲 已安排在其他场次' }] });
    expect(fullErrorText(e)).toBe('发布顺序有误：甲 已安排在其他场次');
    expect(fullErrorText(new ApiError({ statusCode: 409, code: 'Y', message: '已公布' }))).toBe('已公布');
    expect(fullErrorText(new Error('x'))).toBe('网络连接失败，请检查网络后重试');
  });

  it('computes sheet percent and panel state', () => {
    expect(sheetPercent(3, 4)).toBe(75);
    expect(sheetPercent(0, 0)).toBe(0);
    expect(sheetPercent(5, 4)).toBe(100);
    const base = { applicationCount: 2, submittedSheets: 1, expectedSheets: 6, closedApplications: 0 };
    expect(panelState(base)).toBe('scoring');
    expect(panelState({ ...base, submittedSheets: 6 })).toBe('ready');
    expect(panelState({ ...base, closedApplications: 2 })).toBe('closed');
    expect(panelState({ ...base, applicationCount: 0 })).toBe('empty');
  });

  it('selects the top N by rank and reports a tie at the cut', () => {
    expect(selectTopN(ranked, 2)).toEqual([11, 12]);
    expect(selectTopN(ranked, 0)).toEqual([]);
    expect(selectTopN(ranked, 10)).toEqual([11, 12, 13, 14]);
    expect(tieAtCut(ranked, 2)).toEqual({ rank: 2, count: 2 });
    expect(tieAtCut(ranked, 3)).toBeNull();
    expect(tieAtCut(ranked, 4)).toBeNull();
  });

  it('moves an item up or down, not past the ends', () => {
    expect(moveItem([1, 2, 3], 1, -1)).toEqual([2, 1, 3]);
    expect(moveItem([1, 2, 3], 1, 1)).toEqual([1, 3, 2]);
    expect(moveItem([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moveItem([1, 2, 3], 2, 1)).toEqual([1, 2, 3]);
  });

  it('lists the invited, unscheduled teams of a panel', () => {
    const apps = [{ id: 1 }, { id: 2 }, { id: 3 }];
    expect(unscheduled(apps, new Set([1, 2, 3]), new Set([2]))).toEqual([{ id: 1 }, { id: 3 }]);
    expect(unscheduled(apps, new Set([3]), new Set())).toEqual([{ id: 3 }]);
  });

  it('summarises slots against counts', () => {
    const rows = capSummary({ excellent: 1, exemplary: 4 }, { excellent: 2, exemplary: 3, improving: 5 });
    expect(rows).toEqual([
      { grade: 'excellent', slots: 1, count: 2, over: true, free: 0 },
      { grade: 'exemplary', slots: 4, count: 3, over: false, free: 1 },
      { grade: 'improving', slots: null, count: 5, over: false, free: 0 },
    ]);
  });

  it('highlights whole tied groups at a boundary and finds adjustments', () => {
    const rows = [row(1, 95, 'excellent'), row(2, 90, 'exemplary', { tiedAtBoundary: true }), row(3, 90, 'exemplary'), row(4, 80, 'improving', { grade: 'exemplary', adjustmentReason: '并列' })];
    const ties = boundaryTies(rows);
    expect([...ties.keys()]).toEqual([2, 3]);
    expect(ties.get(2)).toBe(90);
    expect(adjustedRows(rows).map((r) => r.applicationId)).toEqual([4]);
  });

  it('warns before an adjustment exceeds a cap', () => {
    const rows = [row(1, 95, 'excellent'), row(2, 90, 'exemplary'), row(3, 85, 'improving')];
    expect(capWarning(rows, { excellent: 1, exemplary: 1 }, 2, 'excellent')).toBe('调整后卓越级 2 个，超出名额 1 个');
    expect(capWarning(rows, { excellent: 1, exemplary: 1 }, 3, 'exemplary')).toBe('调整后示范级 2 个，超出名额 1 个');
    expect(capWarning(rows, { excellent: 1, exemplary: 1 }, 2, 'improving')).toBeNull();
  });

  it('describes verify differences', () => {
    expect(differenceText({ panelNo: 2, stored: { a: 1 }, recomputed: { a: 2 } })).toBe('第 2 组：保存的 {"a":1}；重新抽取 {"a":2}');
    expect(differenceText({ panelNo: 0, stored: null, recomputed: 'DRAW_FAILED: 专家不足' })).toBe('整体结果：保存的 null；重新抽取 DRAW_FAILED: 专家不足');
    expect(differenceText({ panelNo: 1, replacementId: 7, stored: 1, recomputed: 2 })).toContain('专家替换（记录 7）');
  });

  it('parses the draw form', () => {
    expect(parseDrawForm({ panelCount: '3', panelSize: '5', seed: '  ' })).toEqual({ ok: true, value: { panelCount: 3, panelSize: 5 } });
    expect(parseDrawForm({ panelCount: '3', panelSize: '5', seed: ' abc ' })).toEqual({ ok: true, value: { panelCount: 3, panelSize: 5, seed: 'abc' } });
    expect(parseDrawForm({ panelCount: '0', panelSize: '5', seed: '' })).toEqual({ ok: false, message: '专家组数应为 1 至 100 的整数' });
    expect(parseDrawForm({ panelCount: '2', panelSize: '2.5', seed: '' })).toEqual({ ok: false, message: '每组专家人数应为 1 至 50 的整数' });
  });
});
