import { afterEach, describe, expect, it, jest } from '@jest/globals';
import Taro from '@tarojs/taro';
import { ApiError, applicationApi, authApi, endSession, enterpriseApi, getPrincipal, getRefreshToken, getToken, saveSession, NETWORK_ERROR_MESSAGE, uploadFile } from '../src/api';
import { isRetriable, newIdempotencyKey, RETRY_DELAYS_MS } from '../src/api/idempotency';
import { mockRequest } from './helpers';

const principal = { role: 'declarant' as const, cardId: 1, enterpriseId: 1, cardNo: '2026000014', displayName: '示例建设集团' };

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

  describe('renewing the session with the refresh token', () => {
    const expired = { statusCode: 401, data: { statusCode: 401, code: 'SESSION_EXPIRED', message: '登录已过期，请重新登录' } };
    const renewed = {
      statusCode: 200,
      data: { accessToken: 'access-2', expiresIn: 1800, refreshToken: 'refresh-2', refreshExpiresIn: 604800, principal: { ...principal, displayName: '示例建设集团（新名）' } },
    };
    const enterprise = { statusCode: 200, data: { id: 1, name: '示例建设集团', creditCode: null, cardNo: '2026000014' } };

    it('stores the refresh token a login returns', () => {
      saveSession('access-1', principal, { refreshToken: 'refresh-1', expiresIn: 1800 });
      expect(getRefreshToken()).toBe('refresh-1');
    });

    it('on 401 SESSION_EXPIRED refreshes once, stores the new pair and repeats the request with the new token', async () => {
      saveSession('access-1', principal, { refreshToken: 'refresh-1', expiresIn: 1800 });
      const spy = mockRequest(expired, renewed, enterprise);

      await expect(enterpriseApi.mine()).resolves.toMatchObject({ name: '示例建设集团' });

      expect(spy).toHaveBeenCalledTimes(3);
      const [first, refresh, retry] = spy.mock.calls.map((c) => c[0]);
      expect(first!.header?.Authorization).toBe('Bearer access-1');
      expect(refresh).toMatchObject({ url: 'http://127.0.0.1:3000/api/v1/auth/refresh', method: 'POST', data: { refreshToken: 'refresh-1' } });
      expect(refresh!.header?.Authorization).toBeUndefined();
      expect(retry!.header?.Authorization).toBe('Bearer access-2');
      expect(getToken()).toBe('access-2');
      expect(getRefreshToken()).toBe('refresh-2');
      expect(getPrincipal()?.displayName).toBe('示例建设集团（新名）');
    });

    it('shares one refresh between requests that find the token expired at the same time', async () => {
      saveSession('access-1', principal, { refreshToken: 'refresh-1', expiresIn: 1800 });
      const spy = mockRequest(expired, expired, renewed, enterprise, enterprise);

      await Promise.all([enterpriseApi.mine(), enterpriseApi.mine()]);

      const refreshes = spy.mock.calls.filter((c) => c[0].url.endsWith('/auth/refresh'));
      expect(refreshes).toHaveLength(1);
    });

    it('forgets the session and throws the 401 when the refresh is refused, so the page goes to login', async () => {
      saveSession('access-1', principal, { refreshToken: 'refresh-1', expiresIn: 1800 });
      const spy = mockRequest(expired, { statusCode: 401, data: { statusCode: 401, code: 'REFRESH_TOKEN_INVALID', message: '登录已失效，请重新登录' } });

      await expect(enterpriseApi.mine()).rejects.toMatchObject({ statusCode: 401, code: 'SESSION_EXPIRED' });

      expect(spy).toHaveBeenCalledTimes(2);
      expect(getToken()).toBeNull();
      expect(getRefreshToken()).toBeNull();
    });

    it('does not try to refresh a revoked session (logged out, password reset): straight to login', async () => {
      saveSession('access-1', principal, { refreshToken: 'refresh-1', expiresIn: 1800 });
      const spy = mockRequest({ statusCode: 401, data: { statusCode: 401, code: 'SESSION_REVOKED', message: '登录已失效，请重新登录' } });

      await expect(enterpriseApi.mine()).rejects.toMatchObject({ code: 'SESSION_REVOKED' });

      expect(spy).toHaveBeenCalledTimes(1);
      expect(getToken()).toBeNull();
    });

    it('renews a token about to expire before the request, rather than after a refusal', async () => {
      saveSession('access-1', principal, { refreshToken: 'refresh-1', expiresIn: 10 });
      const spy = mockRequest(renewed, enterprise);

      await enterpriseApi.mine();

      expect(spy.mock.calls[0]![0].url).toMatch(/\/auth\/refresh$/);
      expect(spy.mock.calls[1]![0].header?.Authorization).toBe('Bearer access-2');
    });

    it('renews a token about to expire before an upload, which is not repeated', async () => {
      saveSession('access-1', principal, { refreshToken: 'refresh-1', expiresIn: 10 });
      mockRequest(renewed);
      const upload = jest.spyOn(Taro, 'uploadFile').mockImplementation((option) =>
        Object.assign(Promise.resolve({ statusCode: 201, data: JSON.stringify({ ok: option.header?.Authorization }) }), { onProgressUpdate: () => undefined }) as never,
      );

      const answer = await uploadFile<{ ok: string }>({ path: '/teams/1/activity-records/1/photos', fileField: 'photo', file: 'wxfile://tmp.jpg' });

      expect(answer.ok).toBe('Bearer access-2');
      expect(upload).toHaveBeenCalledTimes(1);
    });

    it('logs out: forgets the session at once and ends it on the server with the token it held', async () => {
      saveSession('access-1', principal, { refreshToken: 'refresh-1', expiresIn: 1800 });
      const spy = mockRequest({ statusCode: 204, data: '' });

      const done = endSession();
      expect(getToken()).toBeNull();
      expect(getRefreshToken()).toBeNull();
      await done;

      expect(spy.mock.calls[0]![0]).toMatchObject({ url: 'http://127.0.0.1:3000/api/v1/auth/logout', method: 'POST', header: { Authorization: 'Bearer access-1' } });
    });

    it('keeps working with a session saved before refresh tokens (no refresh token: 401 goes to login as before)', async () => {
      saveSession('old-token', principal);
      const spy = mockRequest(expired);

      await expect(enterpriseApi.mine()).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });

      expect(spy).toHaveBeenCalledTimes(1);
      expect(getToken()).toBeNull();
    });
  });

  describe('idempotency keys on submissions and uploads', () => {
    it('sends a submission with an Idempotency-Key and, after a lost answer, sends it again with the same key', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
      try {
        saveSession('token-1', principal);
        const spy = mockRequest(new Error('request:fail timeout'), { statusCode: 200, data: { id: 7, status: 'submitted' } });

        const pending = applicationApi.submit(7);
        await jest.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
        await expect(pending).resolves.toMatchObject({ status: 'submitted' });

        expect(spy).toHaveBeenCalledTimes(2);
        const keys = spy.mock.calls.map((c) => (c[0] as { header: Record<string, string> }).header['Idempotency-Key']);
        expect(keys[0]).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
        expect(keys[1]).toBe(keys[0]);
      } finally {
        jest.useRealTimers();
      }
    });

    it('retries after 503 and a lock conflict, but not after a refusal, and never without a key', async () => {
      expect(isRetriable(new ApiError({ statusCode: 503, code: 'DB_UNAVAILABLE', message: 'x' }))).toBe(true);
      expect(isRetriable(new ApiError({ statusCode: 409, code: 'TRY_AGAIN', message: 'x' }))).toBe(true);
      expect(isRetriable(new ApiError({ statusCode: 409, code: 'IDEMPOTENCY_IN_PROGRESS', message: 'x' }))).toBe(true);
      expect(isRetriable(new ApiError({ statusCode: 409, code: 'TRANSITION_NOT_ALLOWED', message: 'x' }))).toBe(false);
      expect(isRetriable(new ApiError({ statusCode: 422, code: 'ELIGIBILITY_FAILED', message: 'x' }))).toBe(false);

      const spy = mockRequest({ statusCode: 422, data: { statusCode: 422, code: 'ELIGIBILITY_FAILED', message: '不符合条件' } });
      await expect(applicationApi.submit(7)).rejects.toMatchObject({ code: 'ELIGIBILITY_FAILED' });
      expect(spy).toHaveBeenCalledTimes(1);

      // No key (a plain read): a network failure is reported at once, not retried.
      spy.mockClear();
      mockRequest(new Error('request:fail timeout'));
      await expect(enterpriseApi.mine()).rejects.toMatchObject({ statusCode: 0 });
      expect(spy).toHaveBeenCalledTimes(1);
    });

    it('gives each call a fresh key', () => {
      const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey()));
      expect(keys.size).toBe(200);
      for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9._:-]{8,100}$/);
    });

    it('sends an upload’s key as a header (mini-program upload)', async () => {
      saveSession('token-1', principal);
      const upload = jest.spyOn(Taro as unknown as { uploadFile: (o: unknown) => Promise<unknown> }, 'uploadFile').mockResolvedValueOnce({ statusCode: 201, data: '{"version":1}' });

      await uploadFile({ path: '/applications/1/materials/pdf', fileField: 'file', file: 'wxfile://a.pdf', idempotencyKey: 'pick-0001-abcdef' });

      expect(upload.mock.calls[0]![0]).toMatchObject({ header: { Authorization: 'Bearer token-1', 'Idempotency-Key': 'pick-0001-abcdef' } });
    });
  });
});
