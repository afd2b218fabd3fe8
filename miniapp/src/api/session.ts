import Taro from '@tarojs/taro';
import type { Principal } from './types';

const TOKEN_KEY = 'qt.accessToken';
const PRINCIPAL_KEY = 'qt.principal';

export function getToken(): string | null {
  const token: unknown = Taro.getStorageSync(TOKEN_KEY);
  return typeof token === 'string' && token !== '' ? token : null;
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

export function saveSession(token: string, principal: Principal): void {
  Taro.setStorageSync(TOKEN_KEY, token);
  Taro.setStorageSync(PRINCIPAL_KEY, JSON.stringify(principal));
}

export function savePrincipal(principal: Principal): void {
  Taro.setStorageSync(PRINCIPAL_KEY, JSON.stringify(principal));
}

export function clearSession(): void {
  Taro.removeStorageSync(TOKEN_KEY);
  Taro.removeStorageSync(PRINCIPAL_KEY);
}
