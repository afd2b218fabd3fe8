import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { checkUnitStatistics } from '@cacem/shared';
import { recommendationQuery } from '../src/api';
import { ApplicationsView } from '../src/recommender/applications/index';
import { ApplicationDetailView } from '../src/recommender/application/index';
import { PreferencesView } from '../src/recommender/preferences/index';
import { StatisticsForm } from '../src/recommender/statistics/index';
import { valuesFrom, draftFrom } from '../src/recommender/statistics/statistics-draft';
import { RecommendationPackage } from '../src/recommender/package/index';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
  Taro.clearStorageSync();
});

type Call = { url: string; method?: string; data?: unknown };
type Answer = { statusCode: number; data: unknown };

/** Answers by URL and method; records every call. */
function routeRequests(routes: Array<[RegExp, string | undefined, Answer | ((c: Call) => Answer)]>) {
  type RequestFn = (o: Call) => Promise<Answer>;
  return jest.spyOn(Taro as unknown as { request: RequestFn }, 'request').mockImplementation((o) => {
    const hit = routes.find(([re, method]) => re.test(o.url) && (!method || method === o.method));
    if (!hit) return Promise.resolve({ statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } });
    return Promise.resolve(typeof hit[2] === 'function' ? hit[2](o) : hit[2]);
  });
}

const WINDOW = { opens: '2026-05-31T16:00:00.000Z', closes: '2026-06-30T15:59:59.000Z', open: true };

function item(overrides: Record<string, unknown> = {}) {
  return {
    id: 7,
    teamName: '钢筋一班',
    teamKindLabel: '施工班组',
    enterpriseName: '示例建设集团',
    status: 'submitted',
    statusLabel: '待推荐',
    submittedAt: '2026-06-02T02:00:00.000Z',
    preference: null,
    decisionReason: null,
    materials: { pdf: { url: '/api/v1/files/t1', size: 2048, originalName: '申报材料.pdf' }, ppt: null },
    ...overrides,
  };
}

const listOf = (items: unknown[]) => ({ statusCode: 200, data: { items, total: items.length, page: 1, pageSize: 20, window: WINDOW } });

describe('recommender applications list', () => {
  it('leaves empty search text and "all" out of the query', () => {
    expect(recommendationQuery({ q: '  ', page: 1, pageSize: 20 })).toEqual({ status: undefined, q: undefined, page: 1, pageSize: 20 });
    expect(recommendationQuery({ q: ' 钢筋 ', status: 'declined' })).toMatchObject({ status: 'declined', q: '钢筋' });
  });

  it('asks the server with the chosen status chip and the search text', async () => {
    const request = routeRequests([[/\/recommendation\/applications\?/, 'GET', listOf([item()])]]);
    render(<ApplicationsView />);

    expect((await screen.findAllByTestId('rec-item'))).toHaveLength(1);
    expect(screen.getByTestId('rec-window').textContent).toContain('现在可以推荐');
    const first = request.mock.calls[0]![0].url;
    expect(first).toMatch(/\/recommendation\/applications\?page=1&pageSize=20$/);

    fireEvent.click(screen.getByTestId('rec-filter-recommended'));
    await waitFor(() => expect(request).toHaveBeenCalledTimes(2));
    expect(request.mock.calls[1]![0].url).toMatch(/status=recommended/);
    expect(request.mock.calls[1]![0].url).not.toMatch(/q=/);

    fireEvent.change(screen.getByTestId('rec-search'), { target: { value: ' 钢筋 ' } });
    fireEvent.click(screen.getByTestId('rec-search-submit'));
    await waitFor(() => expect(request).toHaveBeenCalledTimes(3));
    const third = request.mock.calls[2]![0].url;
    expect(third).toContain('status=recommended');
    expect(third).toContain(`q=${encodeURIComponent('钢筋')}`);

    fireEvent.click(screen.getByTestId('rec-filter-all'));
    await waitFor(() => expect(request).toHaveBeenCalledTimes(4));
    expect(request.mock.calls[3]![0].url).not.toContain('status=');
  });

  it('shows each card with its team, enterprise, status and preference', async () => {
    routeRequests([[/\/recommendation\/applications\?/, 'GET', listOf([item({ status: 'recommended', statusLabel: '已推荐', preference: 2 })])]]);
    render(<ApplicationsView />);
    expect((await screen.findByTestId('rec-item-team')).textContent).toBe('钢筋一班');
    expect(screen.getByTestId('rec-item-enterprise').textContent).toContain('示例建设集团 · 施工班组');
    expect(screen.getByTestId('rec-item-status').textContent).toBe('已推荐');
    expect(screen.getByTestId('rec-item-preference').textContent).toContain('第 2 位');
  });
});

describe('recommender application detail', () => {
  const detail = { ...item(), profile: { leaderName: '张三', memberCount: 12, introduction: '简介' }, declarations: { isBasicFormalUnit: true }, activityRecordCount: 5 };

  it('will not decline without a reason, then sends the reason', async () => {
    const request = routeRequests([
      [/\/recommendation\/applications\/7$/, 'GET', { statusCode: 200, data: detail }],
      [/\/applications\/7\/decline$/, 'POST', { statusCode: 200, data: item({ status: 'declined', statusLabel: '未推荐', decisionReason: '活动记录不足' }) }],
    ]);
    render(<ApplicationDetailView id="7" />);

    expect((await screen.findByTestId('rec-detail-records')).textContent).toBe('5 条');
    fireEvent.click(screen.getByTestId('rec-decline'));
    fireEvent.click(screen.getByTestId('rec-confirm-ok'));
    expect(screen.getByTestId('rec-decline-reason-error').textContent).toContain('请填写不推荐的理由');
    expect(request.mock.calls.filter((c) => c[0].method === 'POST')).toHaveLength(0);

    fireEvent.change(screen.getByTestId('rec-decline-reason'), { target: { value: '  活动记录不足  ' } });
    fireEvent.click(screen.getByTestId('rec-confirm-ok'));

    await waitFor(() => expect(screen.getByTestId('rec-detail-status').textContent).toBe('未推荐'));
    const post = request.mock.calls.find((c) => c[0].method === 'POST')![0];
    expect(post.data).toEqual({ reason: '活动记录不足' });
    expect(screen.getByTestId('rec-detail-reason').textContent).toBe('活动记录不足');
    expect(screen.queryByTestId('rec-recommend')).toBeNull();
  });

  it('shows the window refusal in the server words', async () => {
    const outside = '此操作只能在报名与推荐阶段（2026-06-01 至 2026-06-30）进行';
    routeRequests([
      [/\/recommendation\/applications\/7$/, 'GET', { statusCode: 200, data: detail }],
      [/\/applications\/7\/recommend$/, 'POST', { statusCode: 409, data: { statusCode: 409, code: 'TRANSITION_OUTSIDE_WINDOW', message: outside } }],
    ]);
    render(<ApplicationDetailView id="7" />);
    fireEvent.click(await screen.findByTestId('rec-recommend'));
    fireEvent.click(screen.getByTestId('rec-confirm-ok'));
    expect((await screen.findByTestId('rec-action-error')).textContent).toBe(outside);
  });

  it('links the materials to their signed addresses', async () => {
    routeRequests([[/\/recommendation\/applications\/7$/, 'GET', { statusCode: 200, data: detail }]]);
    render(<ApplicationDetailView id="7" />);
    expect(await screen.findByTestId('rec-material-pdf')).toBeTruthy();
    expect(screen.getByTestId('rec-material-ppt-missing')).toBeTruthy();
  });
});

describe('recommender preference order', () => {
  it('moves a team up and saves the new order', async () => {
    const a = item({ id: 1, teamName: '甲班', status: 'recommended', preference: 1 });
    const b = item({ id: 2, teamName: '乙班', status: 'recommended', preference: 2 });
    const request = routeRequests([
      [/\/recommendation\/applications\?/, 'GET', listOf([b, a])],
      [/\/recommendation\/preferences$/, 'PUT', { statusCode: 200, data: { items: [{ ...b, preference: 1 }, { ...a, preference: 2 }] } }],
    ]);
    render(<PreferencesView />);
    await waitFor(() => expect(screen.getAllByTestId('pref-team').map((t) => t.textContent)).toEqual(['甲班', '乙班']));
    fireEvent.click(screen.getAllByTestId('pref-up')[1]!);
    expect(screen.getAllByTestId('pref-team').map((t) => t.textContent)).toEqual(['乙班', '甲班']);
    fireEvent.click(screen.getByTestId('pref-save-submit'));
    await waitFor(() => expect(request.mock.calls.some((c) => c[0].method === 'PUT')).toBe(true));
    expect(request.mock.calls.find((c) => c[0].method === 'PUT')![0].data).toEqual({ applicationIds: [2, 1] });
  });
});

const STATS_VIEW = {
  period: { from: '2025-05', to: '2026-06' },
  values: null,
  prefill: { teamsRecommended: 3, cumulativeTrustedTeams: 11 },
  edited: { teamsRecommended: false, cumulativeTrustedTeams: false },
  updatedAt: null,
  problems: [],
};

const FILLED = {
  enterprisesThisYear: 4,
  teamsThisYear: 20,
  cumulativeTrustedTeams: 12,
  staffParticipations: 300,
  teamsRecommended: 3,
  trainingSpending: 12.5,
  rewardSpending: 3,
  featuresAndProblems: '特点与问题',
  reviewForms: ['materials_review'],
  meetingHeld: false,
  meetingRegisteredTeams: null,
  meetingPresentingTeams: null,
  meetingDate: null,
  meetingPlace: null,
  meetingAttendance: null,
  department: '质量部',
  departmentHead: '李四',
  contactPerson: '王五',
  mobile: '13800138000',
  email: 'qa@example.com',
};

describe('statistics return (附件3)', () => {
  it('prefills the known counts and shows every problem under its field without sending', async () => {
    const request = routeRequests([[/\/recommendation\/statistics$/, 'GET', { statusCode: 200, data: STATS_VIEW }]]);
    render(<StatisticsForm />);

    expect(((await screen.findByTestId('stat-teamsRecommended')) as HTMLInputElement).value).toBe('3');
    expect(screen.getByTestId('stat-period').textContent).toBe('统计期间：2025 年 5 月 至 2026 年 6 月');
    expect((screen.getByTestId('stat-cumulativeTrustedTeams') as HTMLInputElement).value).toBe('11');
    expect(screen.queryByTestId('stat-edited-teamsRecommended')).toBeNull();

    fireEvent.change(screen.getByTestId('stat-trainingSpending'), { target: { value: '1.234' } });
    fireEvent.click(screen.getByTestId('stat-meetingHeld'));
    expect(await screen.findByTestId('stat-meeting')).toBeTruthy();
    fireEvent.click(screen.getByTestId('stat-save-submit'));

    const expected = checkUnitStatistics(valuesFrom({ ...draftFrom(STATS_VIEW as never), trainingSpending: '1.234', meetingHeld: true }));
    expect(expected.length).toBeGreaterThan(10);
    const shown = await screen.findAllByTestId('stat-problem');
    expect(shown.map((s) => s.textContent)).toEqual(expected.map((p) => `· ${p.message}`));
    for (const p of expected) {
      expect(screen.getAllByTestId(`stat-problem-${p.field}`).map((e) => e.textContent)).toContain(p.message);
    }
    expect(screen.getByTestId('stat-problem-trainingSpending').textContent).toContain('最多两位小数');
    expect(screen.getByTestId('stat-problem-meetingDate')).toBeTruthy();
    expect(request.mock.calls.filter((c) => c[0].method === 'PUT')).toHaveLength(0);
  });

  it('tags 已修改 when the saved return differs from the count, or when the person changes it', async () => {
    routeRequests([
      [
        /\/recommendation\/statistics$/,
        'GET',
        { statusCode: 200, data: { ...STATS_VIEW, values: { ...FILLED, cumulativeTrustedTeams: 12 }, edited: { teamsRecommended: false, cumulativeTrustedTeams: true }, updatedAt: '2026-06-10T02:00:00.000Z' } },
      ],
    ]);
    render(<StatisticsForm />);
    expect(await screen.findByTestId('stat-edited-cumulativeTrustedTeams')).toBeTruthy();
    expect(screen.queryByTestId('stat-edited-teamsRecommended')).toBeNull();
    expect(screen.getByTestId('stat-saved')).toBeTruthy();

    fireEvent.change(screen.getByTestId('stat-teamsRecommended'), { target: { value: '4' } });
    expect(await screen.findByTestId('stat-edited-teamsRecommended')).toBeTruthy();
    fireEvent.change(screen.getByTestId('stat-teamsRecommended'), { target: { value: '3' } });
    await waitFor(() => expect(screen.queryByTestId('stat-edited-teamsRecommended')).toBeNull());
  });

  it('sends a valid return and shows every problem the server lists under its field', async () => {
    const serverProblems = [
      { field: 'teamsRecommended', code: 'STATISTICS_COUNT_INVALID', message: '本年度推荐班组数与已推荐班组不符' },
      { field: 'email', code: 'EMAIL_INVALID', message: '邮箱格式不正确' },
    ];
    const request = routeRequests([
      [/\/recommendation\/statistics$/, 'GET', { statusCode: 200, data: { ...STATS_VIEW, values: FILLED, updatedAt: '2026-06-10T02:00:00.000Z' } }],
      [/\/recommendation\/statistics$/, 'PUT', { statusCode: 422, data: { statusCode: 422, code: 'STATISTICS_INVALID', message: '统计表填写有误', details: { problems: serverProblems } } }],
    ]);
    render(<StatisticsForm />);
    fireEvent.click(await screen.findByTestId('stat-review-presentation_review'));
    fireEvent.click(screen.getByTestId('stat-save-submit'));

    expect((await screen.findByTestId('stat-save-error')).textContent).toBe('统计表填写有误');
    const put = request.mock.calls.find((c) => c[0].method === 'PUT')![0];
    expect(put.data).toMatchObject({ ...FILLED, reviewForms: ['presentation_review', 'materials_review'] });
    expect(screen.getAllByTestId('stat-problem')).toHaveLength(2);
    expect(screen.getByTestId('stat-problem-teamsRecommended').textContent).toBe('本年度推荐班组数与已推荐班组不符');
    expect(screen.getByTestId('stat-problem-email').textContent).toBe('邮箱格式不正确');
  });
});

describe('recommendation package', () => {
  it('lists what is missing when the server refuses, and links the built PDF', async () => {
    const built = { version: 1, fileName: '中国建筑集团有限公司.pdf', size: 204800, pageCount: 4, builtAt: '2026-06-20T02:00:00.000Z', url: '/api/v1/files/pkg1' };
    let built1 = false;
    routeRequests([
      [/\/recommendation\/package$/, 'GET', () => ({ statusCode: 200, data: { letter: { originalName: '推荐函.pdf', size: 1000 }, excellentList: null, current: built1 ? built : null, history: built1 ? [built] : [] } })],
      [/\/recommendation\/statistics$/, 'GET', { statusCode: 200, data: { ...STATS_VIEW, values: FILLED, updatedAt: '2026-06-10T02:00:00.000Z' } }],
      [
        /\/recommendation\/package$/,
        'POST',
        () => {
          if (built1) return { statusCode: 200, data: built };
          built1 = true;
          return { statusCode: 422, data: { statusCode: 422, code: 'PACKAGE_INCOMPLETE', message: '推荐材料不齐全', details: { problems: [{ code: 'EXCELLENT_LIST_MISSING', message: '尚未上传优秀名单公布通知' }] } } };
        },
      ],
    ]);
    render(<RecommendationPackage />);
    expect(await screen.findByTestId('pkg-letter-current')).toBeTruthy();
    expect(screen.getByTestId('pkg-excellent-list-missing')).toBeTruthy();
    expect(await screen.findByTestId('pkg-statistics-filed')).toBeTruthy();

    fireEvent.click(screen.getByTestId('pkg-build-submit'));
    expect((await screen.findByTestId('pkg-build-error')).textContent).toBe('推荐材料不齐全');
    expect(screen.getByTestId('pkg-build-problem').textContent).toContain('尚未上传优秀名单公布通知');

    fireEvent.click(screen.getByTestId('pkg-build-submit'));
    expect((await screen.findByTestId('pkg-current-name')).textContent).toBe('中国建筑集团有限公司.pdf');
    expect(screen.getByTestId('pkg-current').textContent).toContain('4 页');
    expect(screen.getByTestId('package-download')).toBeTruthy();
  });
});
