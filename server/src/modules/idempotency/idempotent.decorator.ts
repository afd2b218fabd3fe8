import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { IDEMPOTENT_KEY, IdempotencyInterceptor, type IdempotentKind } from './idempotency.interceptor.js';

export { IDEMPOTENT_KEY, type IdempotentKind };

/**
 * The route honours an `Idempotency-Key` header: a retry with the same key (after a lost answer) gets the first
 * answer back and changes nothing; the same key with another body, another file or on another route is refused
 * (409 IDEMPOTENCY_KEY_REUSED). For submissions and uploads, whose repetition would make a second change. The
 * interceptor runs on these routes only (a route without interceptors skips Nest's interceptor pipeline: test/perf).
 *
 * Upload routes say `@Idempotent('upload')`: what they are asked for is only known once the file has streamed to disk
 * (its SHA-256 computed on the way), so their key is claimed then, before anything is kept.
 */
export const Idempotent = (kind: IdempotentKind = 'json') => applyDecorators(SetMetadata(IDEMPOTENT_KEY, kind), UseInterceptors(IdempotencyInterceptor));
