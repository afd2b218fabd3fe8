import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { forbidden, unauthorized } from '../../common/domain.exception.js';
import { requestContext } from '../../common/request-context.js';
import { type AuthenticatedRequest, PUBLIC_KEY, ROLES_KEY } from './auth.decorators.js';
import type { Principal, Role } from './principal.js';

/** Global guard: every route needs a valid access token unless marked @Public(), and a listed role when marked @Roles(). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false;
    const header = request.headers.authorization;
    if (header?.startsWith('Bearer ')) {
      try {
        request.principal = (await this.jwt.verifyAsync<{ p: Principal }>(header.slice(7))).p;
      } catch (error) {
        if (!isPublic) throw unauthorized((error as Error).name === 'TokenExpiredError' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
      }
    }
    const current = requestContext();
    if (current && request.principal) current.role = request.principal.role;
    if (isPublic) return true;
    if (!request.principal) throw unauthorized();
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(request.principal.role)) throw forbidden();
    return true;
  }
}
