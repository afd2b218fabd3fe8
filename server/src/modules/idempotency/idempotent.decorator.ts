import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

export const IDEMPOTENT_KEY = 'idempotency:enabled';

/**
 * The route honours an `Idempotency-Key` header: a retry with the same key (after a lost answer) gets the first
 * answer back and changes nothing. For submissions and uploads, whose repetition would make a second change. The
 * interceptor runs on these routes only (a route without interceptors skips Nest's interceptor pipeline: test/perf).
 */
export const Idempotent = () => applyDecorators(SetMetadata(IDEMPOTENT_KEY, true), UseInterceptors(IdempotencyInterceptor));
