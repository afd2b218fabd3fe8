import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { requestContext } from '../../common/request-context.js';
import { actorOf, type AuthenticatedRequest } from '../access/index.js';
import { type Claim, IdempotencyService, type IdempotentRequest, type UploadFingerprint } from './idempotency.service.js';

export const IDEMPOTENT_KEY = 'idempotency:enabled';
/** `json`: the key is claimed before the route runs; `upload`: once its upload has arrived (StorageService.readUpload). */
export type IdempotentKind = 'json' | 'upload';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';

/** Thrown out of an upload route's readUpload when its key's first answer is to be replayed: the route stops there. */
class ReplayUpload {
  constructor(readonly claim: Extract<Claim, { kind: 'replay' }>) {}
}

/**
 * On routes marked @Idempotent() (which attaches it to them, and only them): a request carrying an Idempotency-Key
 * claims it before it runs; a retry with the same key gets the kept answer (header `Idempotent-Replayed: true`) and
 * runs nothing. Without the header the route behaves as before.
 *
 * On upload routes (@Idempotent('upload')) the claim waits for the upload: StorageService.readUpload, once the file is
 * on disk, calls the hook left in the request's context, which fingerprints the form fields and the file's SHA-256 and
 * claims the key. A retry of a finished upload is then answered with the first answer (its temp file discarded: nothing
 * is stored twice); the same key with another file is refused with 409 IDEMPOTENCY_KEY_REUSED.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const key = request.headers[IDEMPOTENCY_HEADER];
    if (key === undefined || !request.principal) return next.handle();
    const kind = this.reflector.get<IdempotentKind | undefined>(IDEMPOTENT_KEY, context.getHandler()) ?? 'json';
    return from(this.run(context, next, request, [key].flat().join(','), kind));
  }

  private async run(context: ExecutionContext, next: CallHandler, request: AuthenticatedRequest, key: string, kind: IdempotentKind): Promise<unknown> {
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const ask = (body: unknown): IdempotentRequest => ({ actor: actorOf(request.principal!), method: request.method, path: request.url.split('?')[0]!, key, body });
    const current = requestContext();
    let scope: string | undefined;
    if (kind === 'json' || !current) {
      const claim = await this.idempotency.claim(ask({ query: request.query ?? null, body: request.body ?? null }));
      if (claim.kind === 'replay') return this.replay(reply, claim);
      scope = claim.scope;
      if (current) current.idempotencyScope = scope;
    } else {
      current.idempotentUpload = async (upload: UploadFingerprint) => {
        current.idempotentUpload = undefined;
        const fields = Object.fromEntries(Object.entries(upload.fields).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
        const claim = await this.idempotency.claim(
          ask({ query: request.query ?? null, fields, file: { name: upload.filename, size: upload.size, sha256: upload.sha256 } }),
        );
        if (claim.kind === 'replay') throw new ReplayUpload(claim);
        scope = claim.scope;
        current.idempotencyScope = scope;
      };
    }
    let result: unknown;
    try {
      result = await lastValueFrom(next.handle(), { defaultValue: undefined });
    } catch (error) {
      if (error instanceof ReplayUpload) return this.replay(reply, error.claim);
      if (scope !== undefined) await this.idempotency.release(scope);
      throw error;
    } finally {
      if (current) {
        current.idempotencyScope = undefined;
        current.idempotentUpload = undefined;
      }
    }
    // An upload route that answered without reading an upload changed nothing (markIdempotentCommit refuses to):
    // there is no claim to complete.
    if (scope !== undefined) await this.idempotency.complete(scope, reply.statusCode, result);
    return result;
  }

  private replay(reply: FastifyReply, claim: Extract<Claim, { kind: 'replay' }>): unknown {
    void reply.status(claim.statusCode).header(REPLAYED_HEADER, 'true');
    return claim.body;
  }
}
