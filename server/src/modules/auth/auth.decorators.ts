import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { LOGIN_ATTEMPT_KEY, LoginAttemptInterceptor } from './login-attempt.interceptor.js';
import type { Principal, Role } from './principal.js';

export const PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** The route needs no login. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** principal and sessionId are set by AuthGuard once the access token and its session check out. */
export type AuthenticatedRequest = FastifyRequest & { principal?: Principal; sessionId?: string };

/**
 * A route where a password or a code is tried (see LoginAttemptInterceptor): failures are counted against the caller's
 * address, and against the card or user name in the body when `account` says which field names one. The interceptor
 * runs on these routes only: a route without interceptors skips Nest's interceptor pipeline altogether (test/perf).
 */
export const LoginAttempt = (account: 'card' | 'account' | null = null) =>
  applyDecorators(SetMetadata(LOGIN_ATTEMPT_KEY, { account }), UseInterceptors(LoginAttemptInterceptor));

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});
