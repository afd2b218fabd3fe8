import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import LoginPage from '../src/pages/login/index';
import { BindUnitAccount } from '../src/pages/login/bind-unit-account';
import { mockRequest } from './helpers';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
  Taro.clearStorageSync();
});

const principal = { role: 'recommender', userId: 4, displayName: '张三', recommendingUnitId: 3 };

describe('recommender login', () => {
  it('sends a recommender from 账号登录 to the recommender home', async () => {
    mockRequest({ statusCode: 200, data: { accessToken: 'jwt-r', expiresIn: 3600, principal } });
    const redirect = jest.spyOn(Taro, 'redirectTo');
    render(<LoginPage />);
    fireEvent.click(screen.getByText('账号登录'));
    fireEvent.change(screen.getByTestId('login-username'), { target: { value: 'unit3-zhang' } });
    fireEvent.change(screen.getByTestId('login-password'), { target: { value: 'PW7K2M9QXA' } });
    fireEvent.click(screen.getByTestId('login-submit'));
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/recommender/home/index' }));
  });

  it('binds an unbound WeChat with the bind code', async () => {
    const request = mockRequest({ statusCode: 200, data: { accessToken: 'jwt-b', expiresIn: 3600, principal } });
    const onBound = jest.fn(() => Promise.resolve());
    render(<BindUnitAccount ticket="wt-1" onBound={onBound} />);
    fireEvent.click(screen.getByTestId('login-unbound-bind'));
    fireEvent.click(screen.getByTestId('login-bind-submit'));
    expect(screen.getByTestId('login-bind-error').textContent).toBe('请输入绑定码');
    fireEvent.change(screen.getByTestId('login-bind-code'), { target: { value: ' B7K2M9QX ' } });
    fireEvent.click(screen.getByTestId('login-bind-submit'));
    await waitFor(() => expect(onBound).toHaveBeenCalled());
    expect(request.mock.calls[0]![0].url).toMatch(/\/auth\/bind$/);
    expect(request.mock.calls[0]![0].data).toEqual({ bindCode: 'B7K2M9QX', wechatTicket: 'wt-1' });
  });
});
