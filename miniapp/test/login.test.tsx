import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ERROR_MESSAGES, cardNoFromBody, isWellFormedCardNo } from '@cacem/shared';
import LoginPage from '../src/pages/login/index';
import { getToken } from '../src/api';
import { mockRequest } from './helpers';

afterEach(() => {
  cleanup();
  jest.restoreAllMocks();
  Taro.clearStorageSync();
});

function fillCardLogin(cardNo: string, password: string) {
  fireEvent.change(screen.getByTestId('login-card-no'), { target: { value: cardNo } });
  fireEvent.change(screen.getByTestId('login-card-password'), { target: { value: password } });
  fireEvent.click(screen.getByTestId('login-submit'));
}

describe('login page, 报名卡登录', () => {
  it('rejects a malformed card number without calling the API', async () => {
    const request = mockRequest();
    const typo = '2026000015'; // last digit mistyped: the check digit no longer matches
    expect(isWellFormedCardNo(typo)).toBe(false);

    render(<LoginPage />);
    fillCardLogin(typo, 'ABCD234567');

    expect(await screen.findByText(ERROR_MESSAGES.CARD_NO_MALFORMED)).toBeTruthy();
    expect(ERROR_MESSAGES.CARD_NO_MALFORMED).toBe('报名卡号应为 10 位数字，请核对后重新输入');
    expect(request).not.toHaveBeenCalled();
  });

  it('sends a well-formed card number and shows the server error inline', async () => {
    const request = mockRequest({
      statusCode: 401,
      data: { statusCode: 401, code: 'LOGIN_FAILED', message: '报名卡号或密码错误' },
    });

    render(<LoginPage />);
    fillCardLogin(` ${cardNoFromBody('202600001')} `, 'WRONGPASS2');

    expect((await screen.findByTestId('login-error')).textContent).toBe('报名卡号或密码错误');
    expect(request).toHaveBeenCalledTimes(1);
    const option = request.mock.calls[0]![0];
    expect(option.url).toMatch(/\/auth\/card-login$/);
    expect(option.data).toEqual({ cardNo: '2026000014', password: 'WRONGPASS2' });
  });

  it('stores the token and sends a declarant without a credit code to the enterprise page', async () => {
    const principal = { role: 'declarant', enterpriseId: 7, cardNo: '2026000014', displayName: '示例建设集团' };
    mockRequest(
      { statusCode: 200, data: { accessToken: 'jwt-1', expiresIn: 3600, principal } },
      { statusCode: 200, data: { id: 7, name: '示例建设集团', creditCode: null, cardNo: '2026000014' } },
    );
    const redirect = jest.spyOn(Taro, 'redirectTo');

    render(<LoginPage />);
    fillCardLogin('2026000014', 'ABCD234567');

    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/declarant/enterprise/index' }));
    expect(getToken()).toBe('jwt-1');
  });
});

describe('login page, 班组成员登录 (H5 one-time code)', () => {
  it('checks the code is 6 digits before sending it', async () => {
    const request = mockRequest();
    render(<LoginPage />);

    fireEvent.click(screen.getByText('班组成员登录'));
    fireEvent.change(screen.getByTestId('login-member-code'), { target: { value: '12345' } });
    fireEvent.click(screen.getByTestId('login-submit'));

    expect(await screen.findByText('登录码为 6 位数字')).toBeTruthy();
    expect(request).not.toHaveBeenCalled();
  });

  it('logs a member in with the code and opens the home tab', async () => {
    const principal = { role: 'member', memberId: 3, teamId: 5, enterpriseId: 7, displayName: '王五' };
    const request = mockRequest({ statusCode: 200, data: { accessToken: 'jwt-m', expiresIn: 3600, principal } });
    const switchTab = jest.spyOn(Taro, 'switchTab');

    render(<LoginPage />);
    fireEvent.click(screen.getByText('班组成员登录'));
    fireEvent.change(screen.getByTestId('login-member-code'), { target: { value: '482913' } });
    fireEvent.click(screen.getByTestId('login-submit'));

    await waitFor(() => expect(switchTab).toHaveBeenCalledWith({ url: '/pages/index/index' }));
    expect(request.mock.calls[0]![0].data).toEqual({ loginCode: '482913' });
    expect(getToken()).toBe('jwt-m');
  });
});
