import Taro from '@tarojs/taro';
import { ERROR_MESSAGES, type ErrorCode } from '@cacem/shared';
import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error';
import { clearSession, getToken } from './session';
import type { ApiErrorDetail } from './types';

/** The H5 build is served by the API server itself; the mini-program needs an absolute address. */
export function apiBase(): string {
  if (process.env.TARO_ENV === 'h5') return '/api/v1';
  return process.env.TARO_APP_API_BASE || 'http://127.0.0.1:3000/api/v1';
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RequestOptions {
  query?: Record<string, string | number | undefined>;
  body?: unknown;
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
  const body = (typeof data === 'string' ? safeParse(data) : data) as Partial<{
    code: string;
    message: string;
    field: string;
    details: ApiErrorDetail[] | { problems?: Array<{ code: string; message: string; field?: string }> };
  }> | null;
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

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const header: Record<string, string> = { Accept: 'application/json' };
  const token = getToken();
  if (token) header.Authorization = `Bearer ${token}`;
  if (options.body !== undefined) header['Content-Type'] = 'application/json';

  let response: { statusCode: number; data: unknown };
  try {
    response = await Taro.request({
      url: buildUrl(path, options.query),
      method,
      header,
      data: options.body as Taro.request.Option['data'],
      dataType: 'json',
      timeout: 20000,
    });
  } catch {
    throw new ApiError({ statusCode: 0, code: 'NETWORK', message: NETWORK_ERROR_MESSAGE });
  }

  const { statusCode, data } = response;
  if (statusCode >= 200 && statusCode < 300) return data as T;
  if (statusCode === 401) clearSession();
  throw toApiError(statusCode, data);
}
