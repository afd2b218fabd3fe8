import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { UnitsView } from '../src/admin/units/index';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
  Taro.clearStorageSync();
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

const row = (unitId: number, overrides: Record<string, unknown> = {}) => ({
  unitId,
  seq: unitId,
  name: `推荐单位${unitId}`,
  contacts: 1,
  submitted: 3,
  recommended: 2,
  declined: 1,
  statisticsFiled: false,
  packageFiled: false,
  lastFiledAt: null,
  ...overrides,
});

describe('secretariat: recommending units', () => {
  it('shows the filing table and reminds the units that have not filed', async () => {
    const request = routeRequests([
      [/\/recommending-units\/filing$/, 'GET', { statusCode: 200, data: { items: [row(1), row(2, { statisticsFiled: true, packageFiled: true })], totals: {} } }],
      [/\/recommending-units\/remind$/, 'POST', { statusCode: 200, data: { reminded: 1 } }],
    ]);
    render(<UnitsView />);
    expect(await screen.findAllByTestId('units-row')).toHaveLength(2);
    expect(screen.getAllByTestId('units-row-package').map((e) => e.textContent)).toEqual(['未报送', '已报送']);
    expect(screen.getAllByTestId('units-package')).toHaveLength(1);

    fireEvent.click(screen.getByTestId('units-remind'));
    fireEvent.click(screen.getByTestId('units-remind-confirm-ok'));
    expect((await screen.findByTestId('units-remind-result')).textContent).toContain('1 位联系人');
    expect(request.mock.calls.find((c) => c[0].method === 'POST')![0].data).toEqual({});
  });

  it('creates a contact and shows the one-time password and bind code', async () => {
    const request = routeRequests([
      [/\/recommending-units\/filing$/, 'GET', { statusCode: 200, data: { items: [row(1)], totals: {} } }],
      [/\/recommending-units\/1\/contacts$/, 'GET', { statusCode: 200, data: { items: [] } }],
      [/\/recommending-units\/1\/contacts$/, 'POST', { statusCode: 201, data: { id: 9, username: 'unit1-zhang', displayName: '张三', password: 'PW7K2M9QXA', bindCode: 'B7K2M9QX' } }],
    ]);
    render(<UnitsView />);
    fireEvent.click(await screen.findByTestId('units-contacts'));
    expect(await screen.findByTestId('units-contacts-panel')).toBeTruthy();

    fireEvent.change(screen.getByTestId('contact-display-name'), { target: { value: '张三' } });
    fireEvent.change(screen.getByTestId('contact-username'), { target: { value: 'unit1-zhang' } });
    fireEvent.click(screen.getByTestId('contact-create-submit'));

    expect((await screen.findByTestId('contact-password')).textContent).toBe('PW7K2M9QXA');
    expect(screen.getByTestId('contact-bind-code').textContent).toBe('B7K2M9QX');
    await waitFor(() => expect(request.mock.calls.some((c) => c[0].method === 'POST')).toBe(true));
    expect(request.mock.calls.find((c) => c[0].method === 'POST')![0].data).toEqual({ displayName: '张三', username: 'unit1-zhang' });
  });
});
