import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { isWellFormedCardNo, normalizeCardNo } from '@cacem/shared';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DomainException } from '../../common/domain.exception.js';
import type { AuthenticatedRequest } from '../access/index.js';
import { accountSubject, type AccountKey, type AttemptKeys, LoginThrottleService, ThrottledException } from './throttle.service.js';

/** The metadata @LoginAttempt() (auth.decorators) puts on its route: which body field names the account tried. */
export const LOGIN_ATTEMPT_KEY = 'auth:login-attempt';

/** The answers that mean "wrong password or code": each counts as a failure. Anything else (a malformed form) does not. */
const CREDENTIAL_FAILURES = new Set(['LOGIN_FAILED', 'LOGIN_CODE_INVALID', 'INVITE_CODE_INVALID', 'BIND_CODE_INVALID']);

/**
 * Throttles the routes marked @LoginAttempt() (which attaches it to them, and only them): a blocked address or a locked account is refused before the handler
 * runs (so before any password is checked); a wrong password or code is counted, and the failure that reaches the limit
 * is answered with the lock itself; a success clears the account's count. Refusals carry Retry-After.
 */
@Injectable()
export class LoginAttemptInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly throttle: LoginThrottleService,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<{ account: 'card' | 'account' | null } | undefined>(LOGIN_ATTEMPT_KEY, context.getHandler());
    if (!options) return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    // request.ip: the socket's address, or behind the proxies TRUST_PROXY names the rightmost address they forward.
    const keys: AttemptKeys = { address: request.ip, account: accountKeyOf(options.account, request.body) };
    return from(this.attempt(keys, reply, next));
  }

  private async attempt(keys: AttemptKeys, reply: FastifyReply, next: CallHandler): Promise<unknown> {
    try {
      const { accountHasFailures } = await this.throttle.assertAllowed(keys);
      const result = await lastValueFrom(next.handle(), { defaultValue: undefined });
      if (accountHasFailures) await this.throttle.recordSuccess(keys);
      return result;
    } catch (error) {
      let answer = error;
      if (error instanceof DomainException && CREDENTIAL_FAILURES.has(error.code)) answer = (await this.throttle.recordFailure(keys)) ?? error;
      if (answer instanceof ThrottledException) void reply.header('retry-after', String(answer.retryAfterSeconds));
      throw answer;
    }
  }
}

/** The card or user name an attempt is for, read from the body before validation (so checked here for shape). */
function accountKeyOf(kind: 'card' | 'account' | null, body: unknown): AccountKey | null {
  const fields = (body ?? {}) as Record<string, unknown>;
  if (kind === 'card') {
    const cardNo = fields.cardNo;
    // A malformed number is refused before any lookup (CARD_NO_MALFORMED) and names no card.
    return typeof cardNo === 'string' && isWellFormedCardNo(cardNo) ? { kind: 'card', subject: normalizeCardNo(cardNo) } : null;
  }
  if (kind === 'account') {
    const username = fields.username;
    return typeof username === 'string' && username.trim() !== '' ? { kind: 'account', subject: accountSubject(username) } : null;
  }
  return null;
}
