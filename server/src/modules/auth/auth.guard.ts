import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { forbidden, unauthorized } from '../../common/domain.exception.js';
import { requestContext } from '../../common/request-context.js';
import { actorOf, type AuthenticatedRequest, type Role } from '../access/index.js';
import { PUBLIC_KEY, ROLES_KEY } from '../../common/route-access.js';
import { type AccessClaims, SessionService } from './session.service.js';

/**
 * Global guard: every route needs a valid access token unless marked @Public(), and a listed role when marked @Roles().
 * A token is valid while it has not expired (SESSION_EXPIRED: the client refreshes) and its session is live — not
 * logged out, not ended by a password reset, its account still active (SESSION_REVOKED: the client logs in again).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const header = request.headers.authorization;
    const current = requestContext();
    if (header?.startsWith('Bearer ')) {
      let claims: Partial<AccessClaims> | null = null;
      try {
        claims = await this.jwt.verifyAsync<Partial<AccessClaims>>(header.slice(7));
      } catch (error) {
        if (!isPublic) throw unauthorized((error as Error).name === 'TokenExpiredError' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
      }
      if (claims) {
        // Tokens from before sessions (no sid) cannot be revoked, so they are no longer taken; nor is any other signed
        // token of ours (a WeChat ticket) that is not an access token.
        const check = typeof claims.sid === 'string' && claims.p !== undefined ? await this.sessions.check(claims.sid) : null;
        if (current && check) current.campaign = check.campaign;
        if (check?.live) {
          request.principal = claims.p!;
          request.sessionId = claims.sid!;
          request.actor = actorOf(claims.p!);
        } else if (!isPublic) {
          throw unauthorized('SESSION_REVOKED');
        }
      }
    }
    if (current && request.principal) current.role = request.principal.role;
    if (isPublic) return true;
    if (!request.principal) throw unauthorized();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.principal.role)) throw forbidden();
    return true;
  }
}
