import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Principal, Role } from './principal.js';

export const PUBLIC_KEY = 'auth:public';
export const ROLES_KEY = 'auth:roles';

/** The route needs no login. */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the route. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** principal and sessionId are set by AuthGuard once the access token and its session check out. */
export type AuthenticatedRequest = FastifyRequest & { principal?: Principal; sessionId?: string };

export const LOGIN_ATTEMPT_KEY = 'auth:login-attempt';

/**
 * A route where a password or a code is tried (see LoginAttemptInterceptor): failures are counted against the caller's
 * address, and against the card or user name in the body when `account` says which field names one.
 */
export const LoginAttempt = (account: 'card' | 'account' | null = null) => SetMetadata(LOGIN_ATTEMPT_KEY, { account });

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthenticatedRequest>().principal;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});
