import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ERROR_MESSAGES } from '@cacem/shared';
import { RegistrationView } from '../src/declarant/registration/index';
import { mockRequest } from './helpers';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
  Taro.clearStorageSync();
});

const ALL_PROBLEMS = [
  { code: 'ELIGIBILITY_NOT_BASIC_UNIT', message: ERROR_MESSAGES.ELIGIBILITY_NOT_BASIC_UNIT },
  { code: 'ELIGIBILITY_ACCIDENT', message: ERROR_MESSAGES.ELIGIBILITY_ACCIDENT },
  { code: 'ELIGIBILITY_NO_ACTIVITY_PLAN', message: ERROR_MESSAGES.ELIGIBILITY_NO_ACTIVITY_PLAN },
  { code: 'ELIGIBILITY_NO_IMPLEMENTATION_PLAN', message: ERROR_MESSAGES.ELIGIBILITY_NO_IMPLEMENTATION_PLAN },
  { code: 'ELIGIBILITY_ACTIVITY_RECORDS', message: '现场活动记录不齐全：至少需要 3 条，目前只有 0 条' },
  { code: 'ELIGIBILITY_NO_PDF', message: ERROR_MESSAGES.ELIGIBILITY_NO_PDF },
  { code: 'ELIGIBILITY_NO_PPT', message: ERROR_MESSAGES.ELIGIBILITY_NO_PPT },
];

function draft(overrides: Record<string, unknown> = {}) {
  return {
    id: 12,
    campaignYear: 2026,
    teamId: 5,
    status: 'draft',
    statusLabel: '填写中',
    recommendingUnit: { id: 3, seq: 3, name: '中国建筑集团有限公司' },
    profile: { leaderName: '张三', leaderMobile: '13800138000', memberCount: 12, specialty: '钢筋工', projectName: '某项目', introduction: '简介' },
    declarations: { isBasicFormalUnit: false, declaresNoAccidentsInThreeYears: false, hasActivityPlan: false, hasImplementationPlan: false },
    materials: { pdf: null, ppt: null },
    activityRecordCount: 0,
    eligibility: ALL_PROBLEMS,
    allowedActions: ['save', 'uploadMaterials', 'submit'],
    submittedAt: null,
    updatedAt: '2026-06-02T02:00:00.000Z',
    ...overrides,
  };
}

/** Answers by URL, since the page loads several things at once. */
function routeRequests(routes: Array<[RegExp, string | undefined, { statusCode: number; data: unknown }]>) {
  type RequestFn = (o: { url: string; method?: string }) => Promise<{ statusCode: number; data: unknown }>;
  return jest.spyOn(Taro as unknown as { request: RequestFn }, 'request').mockImplementation((o) => {
    const hit = routes.find(([re, method]) => re.test(o.url) && (!method || method === o.method));
    return Promise.resolve(hit ? hit[2] : { statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } });
  });
}

const units = { statusCode: 200, data: { items: [{ id: 3, seq: 3, name: '中国建筑集团有限公司' }] } };

describe('registration page', () => {
  it('lists every eligibility problem, in Chinese, before submitting', async () => {
    routeRequests([
      [/\/teams\/5\/application$/, 'GET', { statusCode: 200, data: draft() }],
      [/\/materials$/, 'GET', { statusCode: 200, data: { items: [] } }],
      [/\/recommending-units$/, 'GET', units],
    ]);

    render(<RegistrationView teamId="5" teamName="钢筋一班" />);

    const items = await screen.findAllByTestId('reg-eligibility-item');
    expect(items.map((i) => i.textContent)).toEqual(ALL_PROBLEMS.map((p) => `· ${p.message}`));
    expect(screen.getByTestId('reg-eligibility').textContent).toContain('7 项');
    expect(screen.getByTestId('reg-material-pdf-missing')).toBeTruthy();
  });

  it('shows the current material with its version, and earlier versions', async () => {
    const pdf = { id: 9, kind: 'pdf', version: 2, originalName: '申报材料.pdf', size: 2 * 1024 * 1024, sha256: 'x', uploadedAt: '2026-06-02T02:00:00.000Z', url: '/files/t', current: true };
    routeRequests([
      [/\/teams\/5\/application$/, 'GET', { statusCode: 200, data: draft({ materials: { pdf, ppt: null } }) }],
      [/\/materials$/, 'GET', { statusCode: 200, data: { items: [pdf, { ...pdf, id: 8, version: 1, current: false }] } }],
      [/\/recommending-units$/, 'GET', units],
    ]);

    render(<RegistrationView teamId="5" teamName="钢筋一班" />);

    await waitFor(() => expect(screen.getByTestId('reg-material-pdf-current').textContent).toContain('另有 1 个早先版本'));
    expect(screen.getByTestId('reg-material-pdf-current').textContent).toContain('第 2 版 · 2.0 MB');
  });

  it('asks for confirmation, then shows the server refusal and every problem it lists', async () => {
    routeRequests([
      [/\/teams\/5\/application$/, 'GET', { statusCode: 200, data: draft({ eligibility: [] }) }],
      [/\/materials$/, 'GET', { statusCode: 200, data: { items: [] } }],
      [/\/recommending-units$/, 'GET', units],
      [
        /\/applications\/12\/submit$/,
        'POST',
        {
          statusCode: 422,
          data: { statusCode: 422, code: 'ELIGIBILITY_FAILED', message: '尚不符合申报条件', details: { problems: ALL_PROBLEMS.slice(0, 2) } },
        },
      ],
    ]);

    render(<RegistrationView teamId="5" teamName="钢筋一班" />);
    fireEvent.click(await screen.findByTestId('reg-submit'));
    fireEvent.click(await screen.findByTestId('reg-confirm-ok'));

    expect((await screen.findByTestId('reg-error')).textContent).toBe('尚不符合申报条件');
    expect(screen.getAllByTestId('reg-eligibility-item')).toHaveLength(2);
  });

  it('shows the window refusal in the server words', async () => {
    const outside = '此操作只能在报名与推荐阶段（2026-06-01 至 2026-06-30）进行';
    routeRequests([
      [/\/teams\/5\/application$/, 'GET', { statusCode: 200, data: draft({ eligibility: [] }) }],
      [/\/materials$/, 'GET', { statusCode: 200, data: { items: [] } }],
      [/\/recommending-units$/, 'GET', units],
      [/\/applications\/12\/submit$/, 'POST', { statusCode: 409, data: { statusCode: 409, code: 'TRANSITION_OUTSIDE_WINDOW', message: outside } }],
    ]);

    render(<RegistrationView teamId="5" teamName="钢筋一班" />);
    fireEvent.click(await screen.findByTestId('reg-submit'));
    fireEvent.click(await screen.findByTestId('reg-confirm-ok'));

    expect((await screen.findByTestId('reg-error')).textContent).toBe(outside);
  });

  it('offers the form without eligibility before the first save', async () => {
    mockRequest(
      { statusCode: 404, data: { statusCode: 404, code: 'APPLICATION_NOT_FOUND', message: '本届尚未申报' } },
      units,
    );

    render(<RegistrationView teamId="5" teamName="钢筋一班" />);

    expect(await screen.findByTestId('reg-form')).toBeTruthy();
    expect(screen.getByTestId('reg-status').textContent).toContain('尚未填写报名表');
    expect(screen.queryByTestId('reg-submit')).toBeNull();
  });
});
