import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CampaignSettings } from '@cacem/shared';
import SettingsPage from '../settings/index';
import ExpertsPage from '../experts/index';
import DisciplinePage from '../discipline/index';
import CardsPage from '../cards/index';

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

const SETTINGS: CampaignSettings = {
  year: 2026,
  name: '2026年度活动',
  noticeRef: '',
  windows: {
    registration: { opens: '2026-03-01', closes: '2026-05-31' },
    materialsReview: { opens: '2026-06-01', closes: '2026-07-15' },
    presentations: { opens: '2026-08-01', closes: '2026-09-30' },
  },
  statisticsPeriod: { from: '2025-01', to: '2025-12' },
  weights: { materials: 60, presentation: 40 },
  gradeCaps: { excellentMax: 10, exemplaryMax: 40, improvingMin: 20 },
  rubrics: {
    materials: { kind: 'materials', total: 60, step: 0.5, isDefault: true, source: '', categories: [{ id: 'm1', title: '班组', items: [{ id: 'm1a', title: '组织', max: 60 }] }] },
    presentation: { kind: 'presentation', total: 40, step: 0.5, isDefault: true, source: '', categories: [{ id: 'p1', title: '发布', items: [{ id: 'p1a', title: '表达', max: 40 }] }] },
  },
  scoring: { aggregation: 'mean' },
  eligibility: { minActivityRecords: 4 },
};
const VIEW = { year: 2026, name: SETTINGS.name, stage: 'registration', stageLabel: '报名与推荐阶段', windows: SETTINGS.windows, settings: SETTINGS };

describe('console setup pages', () => {
  it('活动设置: shows every server problem beside its field, and locks the rubrics on 409', async () => {
    routeRequests([
      [/\/campaigns\/current$/, 'GET', { statusCode: 200, data: VIEW }],
      [
        /\/campaigns\/current\/settings$/,
        'PUT',
        {
          statusCode: 422,
          data: {
            code: 'SETTINGS_INVALID',
            message: '活动设置不符合规则：weights：资料审核与成果发布分值之和应为 100',
            details: { problems: [{ code: 'SETTINGS_INVALID', field: 'weights', message: 'weights：资料审核与成果发布分值之和应为 100' }] },
          },
        },
      ],
    ]);
    render(<SettingsPage />);
    fireEvent.change(await screen.findByTestId('settings-weight-materials'), { target: { value: '70' } });
    expect(screen.getByTestId('settings-rubric-materials-total').textContent).toContain('60 / 应为 70');
    fireEvent.click(screen.getByTestId('settings-save'));
    const field = await screen.findByTestId('settings-field-weights');
    await waitFor(() => expect(field.textContent).toContain('资料审核与成果发布分值之和应为 100'));
    expect(screen.getByTestId('settings-error').textContent).toContain('活动设置不符合规则');
  });

  it('活动设置: a 409 disables the rubric tables with the explanation', async () => {
    routeRequests([
      [/\/campaigns\/current$/, 'GET', { statusCode: 200, data: VIEW }],
      [/\/campaigns\/current\/settings$/, 'PUT', { statusCode: 409, data: { code: 'SETTINGS_RUBRIC_LOCKED', message: '已有专家提交或保存评分表，评分表不能再修改' } }],
    ]);
    render(<SettingsPage />);
    fireEvent.change((await screen.findAllByTestId('settings-rubric-materials-item-max'))[0]!, { target: { value: '59' } });
    fireEvent.click(screen.getByTestId('settings-save'));
    fireEvent.click(await screen.findByTestId('settings-confirm-ok'));
    await screen.findByTestId('settings-rubric-locked');
    const max = screen.getAllByTestId('settings-rubric-materials-item-max')[0] as HTMLInputElement;
    expect(max.disabled).toBe(true);
    expect(max.value).toBe('60');
  });

  it('专家库: lists experts and shows the one-time password once after confirming', async () => {
    const expert = {
      id: 5, name: '王建国', mobile: '13812345678', enterpriseName: '中建一局', enterpriseId: null, recommendingUnitId: 1, recommendingUnitName: '单位1',
      specialties: ['土建'], trainingStatus: 'trained', trainedAt: null, assessmentStatus: 'passed', assessedAt: null, active: true, drawable: true, userId: null,
      createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    };
    routeRequests([
      [/\/experts\?/, 'GET', { statusCode: 200, data: { items: [expert], total: 1, page: 1, pageSize: 20 } }],
      [/\/recommending-units$/, 'GET', { statusCode: 200, data: { items: [] } }],
      [/\/experts\/5\/account$/, 'POST', { statusCode: 200, data: { expertId: 5, userId: 8, username: '13812345678', created: true, password: 'PW7K2M9Q', bindCode: 'B7K2M9QX', bindCodeExpiresAt: '2026-03-08T00:00:00Z' } }],
    ]);
    render(<ExpertsPage />);
    expect(await screen.findAllByTestId('experts-row')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('experts-account'));
    fireEvent.click(screen.getByTestId('experts-account-confirm-ok'));
    expect((await screen.findByTestId('experts-account-password')).textContent).toBe('PW7K2M9Q');
    expect(screen.getByTestId('experts-account-bind-code').textContent).toBe('B7K2M9QX');
  });

  it('违规查处: deciding upheld goes through a confirmation that says what it does', async () => {
    const kase = {
      id: 3, campaignId: 1, application: { id: 11, status: 'screened_in', statusLabel: '初选通过', teamName: '一班', enterpriseName: '甲公司', unit: { id: 1, name: '单位1' } },
      kind: 'fraud', kindLabel: '弄虚作假', description: '线索', status: 'open', statusLabel: '查处中', decisionReason: null, decidedOn: null, decidedAt: null, decidedBy: null,
      openedAt: '2026-05-01T00:00:00Z', openedBy: 'secretariat:1',
    };
    const request = routeRequests([
      [/\/misconduct-cases$/, 'GET', { statusCode: 200, data: { items: [kase] } }],
      [/\/misconduct-cases\/3$/, 'GET', { statusCode: 200, data: { ...kase, evidence: [] } }],
      [/\/misconduct-cases\/3\/decision$/, 'POST', { statusCode: 200, data: { ...kase, status: 'upheld', statusLabel: '经查实', decisionReason: '属实', decidedOn: '2026-05-02', evidence: [] } }],
    ]);
    render(<DisciplinePage />);
    fireEvent.click((await screen.findAllByTestId('cases-row'))[0]!);
    fireEvent.change(await screen.findByTestId('case-reason'), { target: { value: '属实' } });
    fireEvent.change(screen.getByTestId('case-decided-on'), { target: { value: '2026-05-02' } });
    fireEvent.click(screen.getByTestId('case-decide'));
    expect(screen.getByTestId('case-decide-confirm').textContent).toContain('撤销证书');
    fireEvent.click(screen.getByTestId('case-decide-confirm-ok'));
    expect((await screen.findByTestId('cases-notice')).textContent).toContain('经查实');
    expect(request.mock.calls.find((c) => c[0].method === 'POST')![0].data).toEqual({ decision: 'upheld', reason: '属实', decidedOn: '2026-05-02' });
  });

  it('报名卡: bulk issue flags repeats, lists skipped rows and the list link; reset shows the new password once', async () => {
    const request = routeRequests([
      [/\/registration-cards\?/, 'GET', { statusCode: 200, data: { items: [{ id: 7, cardNo: 'QC2026-0007', enterpriseName: '甲公司', creditCode: null, issuedAt: '2026-03-01T00:00:00Z', firstLoginAt: null }], total: 1, page: 1, pageSize: 20 } }],
      [
        /\/registration-cards\/bulk$/,
        'POST',
        { statusCode: 200, data: { items: [{ cardNo: 'QC2026-0008', password: 'X', enterpriseName: '乙公司' }], skipped: [{ row: 2, enterpriseName: '乙公司', message: '与第 1 行重复' }], download: { url: '/api/v1/files/abc', filename: '清单.xlsx' } } },
      ],
      [/\/registration-cards\/7\/reset$/, 'POST', { statusCode: 200, data: { cardNo: 'QC2026-0007', password: 'NEWPW123' } }],
    ]);
    render(<CardsPage />);
    fireEvent.change(screen.getByTestId('cards-bulk-names'), { target: { value: '乙公司\n乙公司\n' } });
    expect(screen.getAllByTestId('cards-bulk-flag')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('cards-bulk-submit'));
    fireEvent.click(screen.getByTestId('cards-bulk-confirm-ok'));
    expect((await screen.findByTestId('cards-bulk-skipped')).textContent).toContain('与第 1 行重复');
    expect(screen.getByTestId('cards-bulk-download').getAttribute('href')).toMatch(/\/api\/v1\/files\/abc$/);
    expect(request.mock.calls.find((c) => /bulk$/.test(c[0].url))![0].data).toEqual({ enterpriseNames: ['乙公司', '乙公司'] });

    fireEvent.click((await screen.findAllByTestId('cards-reset'))[0]!);
    fireEvent.click(screen.getByTestId('cards-reset-confirm-ok'));
    expect((await screen.findByTestId('cards-reset-password')).textContent).toBe('NEWPW123');
  });

  it('报名卡: a card locked after wrong passwords shows until when, and 解锁 unlocks it and reloads the list', async () => {
    let locked = true;
    const card = { id: 9, cardNo: '2026000099', enterpriseName: '丙公司', creditCode: null, issuedAt: '2026-03-01T00:00:00Z', firstLoginAt: null };
    const request = jest.spyOn(Taro as unknown as { request: (o: Call) => Promise<Answer> }, 'request').mockImplementation((o) => {
      if (/\/registration-cards\/9\/unlock$/.test(o.url) && o.method === 'POST') {
        locked = false;
        return Promise.resolve({ statusCode: 200, data: { cardNo: card.cardNo, unlocked: true } });
      }
      if (/\/registration-cards\?/.test(o.url)) {
        return Promise.resolve({ statusCode: 200, data: { items: [{ ...card, lockedUntil: locked ? '2026-03-02T01:15:00Z' : null }], total: 1, page: 1, pageSize: 20 } });
      }
      return Promise.resolve({ statusCode: 404, data: { code: 'NOT_FOUND', message: '未找到' } });
    });
    render(<CardsPage />);
    expect((await screen.findByTestId('cards-locked')).textContent).toContain('已锁定至');
    fireEvent.click(screen.getByTestId('cards-unlock'));
    await waitFor(() => expect(screen.queryByTestId('cards-locked')).toBeNull());
    expect(screen.queryByTestId('cards-unlock')).toBeNull();
    expect(request.mock.calls.filter((c) => /\/unlock$/.test(c[0].url))).toHaveLength(1);
  });

  it('专家库: an expert whose login is locked shows it, and 解锁 unlocks the account', async () => {
    const LOCKED_EXPERT = {
      id: 6, name: '李专家', mobile: '13800000001', enterpriseName: '中建一局', enterpriseId: null, recommendingUnitId: 1, recommendingUnitName: '单位1',
      specialties: ['土建'], trainingStatus: 'trained', trainedAt: null, assessmentStatus: 'passed', assessedAt: null, active: true, drawable: true,
      createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
    };
    const request = routeRequests([
      [/\/experts\?/, 'GET', { statusCode: 200, data: { items: [{ ...LOCKED_EXPERT, userId: 31, loginLockedUntil: '2026-03-02T01:15:00Z' }], total: 1, page: 1, pageSize: 20 } }],
      [/\/recommending-units/, 'GET', { statusCode: 200, data: { items: [] } }],
      [/\/user-accounts\/31\/unlock$/, 'POST', { statusCode: 200, data: { username: '13800000001', unlocked: true } }],
    ]);
    render(<ExpertsPage />);
    expect((await screen.findByTestId('experts-locked')).textContent).toContain('已锁定至');
    fireEvent.click(screen.getByTestId('experts-unlock'));
    await waitFor(() => expect(request.mock.calls.some((c) => /\/user-accounts\/31\/unlock$/.test(c[0].url) && c[0].method === 'POST')).toBe(true));
  });
});
