import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { LOGIN_ATTEMPT_KEY, LoginAttemptInterceptor } from './login-attempt.interceptor.js';

/**
 * A route where a password or a code is tried (see LoginAttemptInterceptor): failures are counted against the caller's
 * address, and against the card or user name in the body when `account` says which field names one. The interceptor
 * runs on these routes only: a route without interceptors skips Nest's interceptor pipeline altogether (test/perf).
 */
export const LoginAttempt = (account: 'card' | 'account' | null = null) =>
  applyDecorators(SetMetadata(LOGIN_ATTEMPT_KEY, { account }), UseInterceptors(LoginAttemptInterceptor));
