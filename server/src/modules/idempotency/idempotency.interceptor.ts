import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestContext } from '../../common/request-context.js';
import type { AuthenticatedRequest } from '../auth/auth.decorators.js';
import { actorOf } from '../auth/principal.js';
import { IdempotencyService } from './idempotency.service.js';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';

/**
 * On routes marked @Idempotent() (which attaches it to them, and only them): a request carrying an Idempotency-Key
 * claims it before it runs; a retry with the same key gets the kept answer (header `Idempotent-Replayed: true`) and
 * runs nothing. Without the header the route behaves as before.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly idempotency: IdempotencyService) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || !request.principal) return next.handle();
    return from(this.run(context, next, request, [key].flat().join(',')));
  }

  private async run(context: ExecutionContext, next: CallHandler, request: AuthenticatedRequest, key: string): Promise<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const multipart = request.isMultipart();
    const claim = await this.idempotency.claim({
      actor: actorOf(request.principal!),
      method: request.method,
      path: request.url.split('?')[0]!,
      key,
      body: multipart ? undefined : { query: request.query ?? null, body: request.body ?? null },
    });
    if (claim.kind === 'replay') {
      void reply.status(claim.statusCode).header(REPLAYED_HEADER, 'true');
      return claim.body;
    }
    const current = requestContext();
    if (current) current.idempotencyScope = claim.scope;
    let result: unknown;
    try {
      result = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      await this.idempotency.release(claim.scope);
      throw error;
    } finally {
      if (current) current.idempotencyScope = undefined;
    }
    await this.idempotency.complete(claim.scope, reply.statusCode, result);
    return result;
  }
}
