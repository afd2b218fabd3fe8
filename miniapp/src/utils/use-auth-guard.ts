import Taro from '@tarojs/taro';
import { isApiError } from '../api';
import { ROUTES } from './routes';

/** After a 401 the client has already dropped the token: send the person back to log in. */
export function redirectIfUnauthenticated(error: unknown): boolean {
  if (isApiError(error) && error.statusCode === 401) {
    void Taro.redirectTo({ url: ROUTES.login });
    return true;
  }
  return false;
}
