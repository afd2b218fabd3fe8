export * from './types';
export * from './api-error';
export * from './client';
export * from './session';
export * from './endpoints';
export * from './upload';
export { newIdempotencyKey } from './idempotency';
