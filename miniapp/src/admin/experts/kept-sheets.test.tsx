import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { KeptSheetDecisions } from './kept-sheets';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

type Call = { url: string; method?: string; data?: unknown };
type Answer = { statusCode: number; data: unknown };

const pending = {
  id: 1,
  expert: { id: 7, name: '张专家', removedAt: '2026-09-01T02:00:00Z', removalReason: '收受礼品' },
  status: 'pending',
  statusLabel: '待秘书处决定',
  openedAt: '2026-09-01T02:00:00Z',
  sheets: [
    { sheetId: 11, applicationId: 3, teamName: '钢筋班组', kind: 'materials', kindLabel: '资料审核', status: 'submitted', total: 72, panelScore: 70.5 },
    { sheetId: 12, applicationId: 3, teamName: '钢筋班组', kind: 'presentation', kindLabel: '成果发布', status: 'submitted', total: 18, panelScore: 17 },
  ],
  decision: null,
  version: 1,
};

describe('kept sheets of a removed expert (console)', () => {
  it('lists the pending decision, requires a reason, and shows what excluding did', async () => {
    const excluded = {
      ...pending,
      status: 'exclude',
      statusLabel: '评分不予采用（已作废并重新汇总）',
      sheets: pending.sheets.map((s) => ({ ...s, status: 'void' })),
      decision: {
        decision: 'exclude',
        reason: '评分受影响',
        decidedAt: '2026-09-02T02:00:00Z',
        decidedBy: 'user:1',
        effects: { voidedSheetIds: [11, 12], scores: [{ applicationId: 3, teamName: '钢筋班组', kind: 'materials', before: 70.5, after: 69.75 }], gradingFlagged: [3] },
      },
      version: 2,
    };
    let decided = false;
    // The list answers empty once the decision is made; the decision answers what it did.
    type RequestFn = (o: Call) => Promise<Answer>;
    const request = jest.spyOn(Taro as unknown as { request: RequestFn }, 'request').mockImplementation((o) => {
      if (/\/kept-sheet-decisions\?status=pending$/.test(o.url)) return Promise.resolve({ statusCode: 200, data: decided ? { pending: 0, items: [] } : { pending: 1, items: [pending] } });
      if (/\/experts\/7\/kept-sheets\/decision$/.test(o.url) && o.method === 'POST') {
        decided = true;
        return Promise.resolve({ statusCode: 200, data: excluded });
      }
      return Promise.resolve({ statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } });
    });
    render(<KeptSheetDecisions refreshKey={0} />);
    expect(await screen.findAllByTestId('kept-sheets-row')).toHaveLength(2);
    expect(screen.getByTestId('kept-sheets').textContent).toContain('钢筋班组');
    fireEvent.click(screen.getByTestId('kept-sheets-exclude'));
    fireEvent.click(screen.getByTestId('kept-sheets-confirm-ok'));
    expect(await screen.findByText('请填写决定理由')).toBeTruthy();
    expect(request.mock.calls.some(([c]) => c.method === 'POST')).toBe(false);
    fireEvent.change(screen.getByTestId('kept-sheets-reason'), { target: { value: '评分受影响' } });
    fireEvent.click(screen.getByTestId('kept-sheets-confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('kept-sheets-result').textContent).toContain('70.50 → 69.75'));
    const post = request.mock.calls.find(([c]) => c.method === 'POST')![0];
    expect(post.data).toEqual({ decision: 'exclude', reason: '评分受影响', version: 1 });
    await waitFor(() => expect(screen.queryAllByTestId('kept-sheets-item')).toHaveLength(0));
  });
});
