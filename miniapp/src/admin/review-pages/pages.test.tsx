import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import GradingPage from '../grading/index';
import InvitationsPage from '../invitations/index';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
});

type Call = { url: string; method?: string; data?: unknown };
type Answer = { statusCode: number; data: unknown };

function routeRequests(routes: Array<[RegExp, string | undefined, Answer]>) {
  type RequestFn = (o: Call) => Promise<Answer>;
  return jest.spyOn(Taro as unknown as { request: RequestFn }, 'request').mockImplementation((o) => {
    const hit = routes.find(([re, method]) => re.test(o.url) && (!method || method === o.method));
    return Promise.resolve(hit ? hit[2] : { statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } });
  });
}

const item = (applicationId: number, total: number, grade: string, tied = false) => ({
  applicationId,
  teamName: `班组${applicationId}`,
  enterpriseName: '企业',
  unitName: '单位',
  materialsScore: total / 2,
  presentationScore: total / 2,
  total,
  rank: applicationId,
  proposedGrade: grade,
  proposedGradeLabel: grade,
  grade,
  gradeLabel: grade,
  tiedAtBoundary: tied,
  explanation: '说明',
  adjustmentReason: null,
  confirmedAt: null,
  publishedAt: null,
  version: 1,
});

const grading = {
  proposed: true,
  confirmed: false,
  published: false,
  publishedAt: null,
  waitingPresentations: 0,
  presented: 3,
  caps: { excellentMax: 10, exemplaryMax: 40, improvingMin: 50 },
  slots: { graded: 3, excellent: 0, exemplary: 1 },
  counts: { excellent: 0, exemplary: 1, improving: 2 },
  ties: [2],
  items: [item(1, 95, 'exemplary'), item(2, 90, 'improving', true), item(3, 90, 'improving')],
};

describe('console review pages', () => {
  it('grading: highlights the tie, shows the server refusal of an adjustment, confirms through the dialog', async () => {
    const request = routeRequests([
      [/\/grading$/, 'GET', { statusCode: 200, data: grading }],
      [/\/grading\/items\/2$/, 'PUT', { statusCode: 422, data: { code: 'GRADE_CAP_EXCEEDED', message: '调整后示范级 2 个，超出名额' } }],
      [/\/grading\/confirm$/, 'POST', { statusCode: 200, data: { ...grading, confirmed: true } }],
    ]);
    render(<GradingPage />);
    await waitFor(() => expect(screen.getAllByTestId('grading-row')).toHaveLength(3));
    expect(screen.getAllByTestId('grading-row').map((r) => r.getAttribute('data-tie'))).toEqual(['false', 'true', 'true']);

    fireEvent.click(screen.getAllByTestId('grading-adjust')[1]!);
    fireEvent.click(screen.getByTestId('grading-adjust-grade-exemplary'));
    expect(screen.getByTestId('grading-adjust-warning').textContent).toContain('超出名额');
    fireEvent.click(screen.getByTestId('grading-adjust-submit'));
    expect(screen.getByTestId('grading-adjust-error').textContent).toBe('调整等级须填写理由');
    fireEvent.change(screen.getByTestId('grading-adjust-reason'), { target: { value: '打破并列' } });
    fireEvent.click(screen.getByTestId('grading-adjust-submit'));
    await waitFor(() => expect(screen.getByTestId('grading-adjust-error').textContent).toBe('调整后示范级 2 个，超出名额'));
    fireEvent.click(screen.getByTestId('grading-adjust-panel-close'));

    fireEvent.click(screen.getByTestId('grading-confirm'));
    expect(request.mock.calls.some(([c]) => c.url.endsWith('/grading/confirm'))).toBe(false);
    fireEvent.click(screen.getByTestId('grading-confirm-confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('grading-state').getAttribute('data-state')).toBe('confirmed'));
  });

  it('invitations: selects the top N, warns of a tie at the cut, publishes after the confirmation', async () => {
    const rows = [1, 2, 3].map((id) => ({
      applicationId: id,
      rank: id === 3 ? 2 : id,
      teamName: `班组${id}`,
      enterpriseName: '企业',
      unit: null,
      materialsScore: 90 - id,
      status: 'reviewed',
      statusLabel: '资料审核已完成',
    }));
    const request = routeRequests([
      [/\/invitations$/, 'GET', { statusCode: 200, data: { published: false, publishedAt: null, underReview: 0, items: rows } }],
      [
        /\/invitations$/,
        'POST',
        { statusCode: 200, data: { published: true, publishedAt: '2026-06-01T00:00:00Z', underReview: 0, items: rows.map((r) => ({ ...r, status: r.applicationId === 1 ? 'invited' : 'not_invited' })) } },
      ],
    ]);
    render(<InvitationsPage />);
    await waitFor(() => expect(screen.getAllByTestId('invitations-row')).toHaveLength(3));
    fireEvent.change(screen.getByTestId('invitations-top-n'), { target: { value: '2' } });
    fireEvent.click(screen.getByTestId('invitations-select-top'));
    expect(screen.getByTestId('invitations-selected-count').textContent).toBe('2');
    expect(screen.getByTestId('invitations-tie-warning')).toBeTruthy();
    fireEvent.change(screen.getByTestId('invitations-top-n'), { target: { value: '1' } });
    fireEvent.click(screen.getByTestId('invitations-select-top'));
    fireEvent.click(screen.getByTestId('invitations-publish'));
    expect(screen.getByTestId('invitations-confirm').textContent).toContain('不能撤销');
    fireEvent.click(screen.getByTestId('invitations-confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('invitations-public-link').getAttribute('href')).toBe('/#/public/lists/index'));
    const post = request.mock.calls.find(([c]) => c.method === 'POST');
    expect(post?.[0].data).toEqual({ applicationIds: [1] });
  });
});
