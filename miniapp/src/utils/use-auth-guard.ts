import Taro, { useLoad } from '@tarojs/taro';
import { getPrincipal, isApiError, type Principal } from '../api';
import { ROUTES } from './routes';

/** After a 401 the client has already dropped the token: send the person back to log in. */
export function redirectIfUnauthenticated(error: unknown): boolean {
  if (isApiError(error) && error.statusCode === 401) {
    void Taro.redirectTo({ url: ROUTES.login });
    return true;
  }
  return false;
}

/**
 * For a page whose form needs a login (a new team, an on-site record): opened logged out — an old link, a forwarded
 * page — it sends the person to log in instead of taking input that could not be saved.
 */
export function useLoginRequired(role?: Principal['role']): void {
  useLoad(() => {
    const principal = getPrincipal();
    if (!principal || (role !== undefined && principal.role !== role)) void Taro.redirectTo({ url: ROUTES.login });
  });
}
