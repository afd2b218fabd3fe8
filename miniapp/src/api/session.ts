import Taro from '@tarojs/taro';
import type { Principal } from './types';

const TOKEN_KEY = 'qt.accessToken';
const PRINCIPAL_KEY = 'qt.principal';
const REFRESH_KEY = 'qt.refreshToken';
/** When the access token runs out (ms since the epoch), to renew it just before rather than after a refusal. */
const EXPIRES_KEY = 'qt.accessExpiresAt';

/** What a login or a refresh answers besides the access token (older servers sent neither). */
export interface SessionRenewal {
  refreshToken?: string;
  /** Seconds the access token is good for. */
  expiresIn?: number;
}

export function getToken(): string | null {
  const token: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof token === 'string' && token !== '' ? token : null;
}

export function getRefreshToken(): string | null {
  const token: unknown = Taro.getStorageSync(REFRESH_KEY);
  return typeof token === 'string' && token !== '' ? token : null;
}

/** When the stored access token expires (ms since the epoch), or null when unknown. */
export function getAccessExpiresAt(): number | null {
  const raw: unknown = Taro.getStorageSync(EXPIRES_KEY);
  const value = typeof raw === 'number' ? raw : Number(raw);
  return raw !== '' && Number.isFinite(value) && value > 0 ? value : null;
}

export function getPrincipal(): Principal | null {
  if (!getToken()) return null;
  const raw: unknown = Taro.getStorageSync(PRINCIPAL_KEY);
  if (!raw) return null;
  try {
    return (typeof raw === 'string' ? JSON.parse(raw) : raw) as Principal;
  } catch {
    return null;
  }
}

export function saveSession(token: string, principal: Principal, renewal: SessionRenewal = {}): void {
  Taro.setStorageSync(PRINCIPAL_KEY, JSON.stringify(principal));
  saveTokens(token, renewal);
}

/** Stores a new token pair (after a refresh); the refresh token is replaced only when one was given. */
export function saveTokens(token: string, renewal: SessionRenewal = {}): void {
  Taro.setStorageSync(TOKEN_KEY, token);
  if (renewal.refreshToken) Taro.setStorageSync(REFRESH_KEY, renewal.refreshToken);
  if (renewal.expiresIn !== undefined) Taro.setStorageSync(EXPIRES_KEY, Date.now() + renewal.expiresIn * 1000);
  else Taro.removeStorageSync(EXPIRES_KEY);
}

export function savePrincipal(principal: Principal): void {
  Taro.setStorageSync(PRINCIPAL_KEY, JSON.stringify(principal));
}

export function clearSession(): void {
  Taro.removeStorageSync(TOKEN_KEY);
  Taro.removeStorageSync(PRINCIPAL_KEY);
  Taro.removeStorageSync(REFRESH_KEY);
  Taro.removeStorageSync(EXPIRES_KEY);
}
