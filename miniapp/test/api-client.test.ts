import { afterEach, describe, expect, it, jest } from '@jest/globals';
import Taro from '@tarojs/taro';
import { ApiError, authApi, enterpriseApi, getToken, saveSession, NETWORK_ERROR_MESSAGE } from '../src/api';
import { mockRequest } from './helpers';

const principal = { role: 'declarant' as const, enterpriseId: 1, cardNo: '2026000014', displayName: '示例建设集团' };

afterEach(() => {
  jest.restoreAllMocks();
  Taro.clearStorageSync();
});

describe('api client', () => {
  it('turns an error response into an ApiError carrying the server code and Chinese message', async () => {
    mockRequest({
      statusCode: 401,
      data: { statusCode: 401, code: 'LOGIN_FAILED', message: '报名卡号或密码错误' },
    });

    const error = await authApi.cardLogin('2026000014', 'wrong').catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ statusCode: 401, code: 'LOGIN_FAILED', message: '报名卡号或密码错误' });
  });

  it('keeps the field and per-field details of a validation error', async () => {
    mockRequest({
      statusCode: 422,
      data: {
        statusCode: 422,
        code: 'VALIDATION_FAILED',
        message: '提交的内容有误，请按提示修改',
        details: [{ field: 'creditCode', code: 'CREDIT_CODE_INVALID', message: '统一社会信用代码不正确' }],
      },
    });

    const error = (await enterpriseApi.recordCreditCode('X').catch((e: unknown) => e)) as ApiError;

    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details).toHaveLength(1);
    expect(error.messageFor('creditCode')).toBe('统一社会信用代码不正确');
  });

  it('falls back to the shared Chinese text when the body has no message', async () => {
    mockRequest({ statusCode: 403, data: { statusCode: 403, code: 'FORBIDDEN' } });

    await expect(enterpriseApi.mine()).rejects.toMatchObject({ code: 'FORBIDDEN', message: '没有权限进行此操作' });
  });

  it('reports a network failure in Chinese', async () => {
    mockRequest(new Error('request:fail timeout'));

    await expect(enterpriseApi.mine()).rejects.toMatchObject({ statusCode: 0, message: NETWORK_ERROR_MESSAGE });
    expect(NETWORK_ERROR_MESSAGE).toBe('网络连接失败，请检查网络后重试');
  });

  it('sends the stored token as a Bearer header', async () => {
    saveSession('token-123', principal);
    const spy = mockRequest({ statusCode: 200, data: { id: 1, name: '示例建设集团', creditCode: null, cardNo: '2026000014' } });

    const enterprise = await enterpriseApi.mine();

    expect(enterprise.name).toBe('示例建设集团');
    const option = spy.mock.calls[0]![0];
    expect(option.url).toBe('http://127.0.0.1:3000/api/v1/enterprises/me');
    expect(option.header?.Authorization).toBe('Bearer token-123');
  });

  it('forgets the token when the server answers 401', async () => {
    saveSession('expired', principal);
    mockRequest({ statusCode: 401, data: { statusCode: 401, code: 'SESSION_EXPIRED', message: '登录已过期，请重新登录' } });

    await expect(enterpriseApi.mine()).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
    expect(getToken()).toBeNull();
  });
});
