import Taro from '@tarojs/taro';
import { ERROR_MESSAGES, type ErrorCode } from '@cacem/shared';
import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error';
import { clearSession, getAccessExpiresAt, getRefreshToken, getToken, savePrincipal, saveTokens } from './session';
import type { ApiErrorBody, LoginResult } from './types';
import { IDEMPOTENCY_HEADER, withIdempotentRetries } from './idempotency';

/** The H5 build is served by the API server itself; the mini-program needs an absolute address. */
export function apiBase(): string {
  if (process.env.TARO_ENV === 'h5') return '/api/v1';
  return process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000/api/v1';
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** A submission's key (newIdempotencyKey()): sent as Idempotency-Key, and the request is safely retried after a lost answer. */
  idempotencyKey?: string;
}

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const url = `${apiBase()}${path}`;
  if (!query) return url;
  const pairs = Object.entries(query)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return pairs.length ? `${url}?${pairs.join('&')}` : url;
}

/**
 * A signed file address the browser can open as is; the mini-program needs the API server's origin in front
 * (the server answers `/api/v1/files/<token>`).
 */
export function absoluteFileUrl(url: string): string {
  if (/^https?:\/\//.test(url) || process.env.TARO_ENV === 'h5') return url;
  const origin = /^(https?:\/\/[^/]+)/.exec(apiBase())?.[1] ?? '';
  return `${origin}${url.startsWith('/') ? url : `/${url}`}`;
}

/** Turns an HTTP error answer (JSON or text) into an ApiError; shared with the upload adapters. */
export function toApiError(statusCode: number, data: unknown): ApiError {
  const body = (typeof data === 'string' ? safeParse(data) : data) as Partial<ApiErrorBody> | null;
  const code = typeof body?.code === 'string' ? body.code : statusCode === 401 ? 'UNAUTHENTICATED' : 'INTERNAL';
  const known = ERROR_MESSAGES[code as ErrorCode] as string | undefined;
  const message = typeof body?.message === 'string' && body.message !== '' ? body.message : (known ?? ERROR_MESSAGES.INTERNAL);
  return new ApiError({
    statusCode,
    code,
    message,
    ...(typeof body?.field === 'string' ? { field: body.field } : {}),
    ...(Array.isArray(body?.details) ? { details: body.details } : {}),
    ...(body?.details && !Array.isArray(body.details) && Array.isArray(body.details.problems) ? { problems: body.details.problems } : {}),
  });
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The Authorization header for hand-made requests (uploads). */
export function authHeader(): Record<string, string> {
  const token = getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Renew the access token this long before it runs out, so a request does not set off with one about to expire. */
const RENEW_BEFORE_MS = 30_000;

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the stored refresh token for a new pair (POST /auth/refresh) and stores it; resolves whether the caller now
 * holds a usable access token. Requests that find the token expired at the same moment share one refresh: a refresh
 * token works once, and the server takes a second use for theft.
 */
export function refreshSession(): Promise<boolean> {
  refreshing ??= renew().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function renew(): Promise<boolean> {
  const sent = getRefreshToken();
  if (!sent) return false;
  let response: { statusCode: number; data: unknown };
  try {
    response = await Taro.request({
      url: buildUrl('/auth/refresh'),
      method: 'POST',
      header: { Accept: 'application/json', 'Content-Type': 'application/json' },
      data: { refreshToken: sent },
      dataType: 'json',
      timeout: 20000,
    });
  } catch {
    // Offline: keep the session; the request that needed it reports the network.
    return false;
  }
  if (response.statusCode >= 200 && response.statusCode < 300) {
    const result = response.data as LoginResult;
    saveTokens(result.accessToken, { refreshToken: result.refreshToken, expiresIn: result.expiresIn });
    savePrincipal(result.principal);
    return true;
  }
  // Another tab (same storage) refreshed first: its new pair is already stored.
  return getRefreshToken() !== sent && getToken() !== null;
}

/** Before a request that cannot simply be repeated (an upload, a download): renews an access token about to expire. */
export async function ensureFreshSession(): Promise<void> {
  const expiresAt = getAccessExpiresAt();
  if (getToken() && getRefreshToken() && expiresAt !== null && expiresAt - Date.now() < RENEW_BEFORE_MS) await refreshSession();
}

async function send(method: Method, path: string, options: RequestOptions): Promise<{ statusCode: number; data: unknown }> {
  const header: Record<string, string> = { Accept: 'application/json' };
  const token = getToken();
  if (token) header.Authorization = `Bearer ${token}`;
  // wx.request sends content-type application/json when none is given; an empty JSON body is a 400 for the server,
  // so a POST/PUT/DELETE without a body sends an empty object.
  const body = options.body ?? (method === 'GET' ? undefined : {});
  if (body !== undefined) header['Content-Type'] = 'application/json';
  if (options.idempotencyKey !== undefined) header[IDEMPOTENCY_HEADER] = options.idempotencyKey;
  try {
    return await Taro.request({
      url: buildUrl(path, options.query),
      method,
      header,
      data: body as Taro.request.Option['data'],
      dataType: 'json',
      timeout: 20000,
    });
  } catch {
    throw new ApiError({ statusCode: 0, code: 'NETWORK', message: NETWORK_ERROR_MESSAGE });
  }
}

/**
 * One API call. An access token that has expired (401 SESSION_EXPIRED) is renewed with the refresh token and the call
 * made once more; when it cannot be renewed the session is forgotten and the 401 thrown, so the page goes to login.
 */
export function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  return withIdempotentRetries(options.idempotencyKey, () => requestOnce<T>(method, path, options));
}

async function requestOnce<T>(method: Method, path: string, options: RequestOptions): Promise<T> {
  await ensureFreshSession();
  let { statusCode, data } = await send(method, path, options);
  if (statusCode === 401 && errorCodeOf(data) === 'SESSION_EXPIRED' && (await refreshSession())) {
    ({ statusCode, data } = await send(method, path, options));
  }
  if (statusCode >= 200 && statusCode < 300) return data as T;
  if (statusCode === 401) clearSession();
  throw toApiError(statusCode, data);
}

/**
 * Logging out: the session is forgotten here at once, and ended on the server (POST /auth/logout) so its tokens stop
 * working there too. The server's answer is not waited for: offline, the tokens still run out by themselves.
 */
export async function endSession(): Promise<void> {
  const token = getToken();
  clearSession();
  if (!token) return;
  try {
    // An empty object, not no body: wx.request's default content-type is application/json (see send).
    await Taro.request({ url: buildUrl('/auth/logout'), method: 'POST', header: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, data: {}, timeout: 10000 });
  } catch {
    // Best effort, as above.
  }
}

function errorCodeOf(data: unknown): string | undefined {
  const body = typeof data === 'string' ? safeParse(data) : data;
  const code = (body as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
