// The idempotency module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { markIdempotentCommit } from './idempotency.service.js';
export { Idempotent } from './idempotent.decorator.js';
