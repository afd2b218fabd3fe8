import { applyDecorators, createParamDecorator, type ExecutionContext, SetMetadata, UseInterceptors } from '@nestjs/common';
import { RouteRoles } from '../../common/route-access.js';
import type { AuthenticatedRequest } from './authenticated-request.js';
import { LOGIN_ATTEMPT_KEY, LoginAttemptInterceptor } from './login-attempt.interceptor.js';
import type { Principal, Role } from './principal.js';

export { Public, PUBLIC_KEY, ROLES_KEY } from '../../common/route-access.js';

/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => RouteRoles(roles);

export type { AuthenticatedRequest };

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
