import type { FastifyRequest } from 'fastify';
import type { Principal } from './principal.js';

/**
 * principal, sessionId and actor are set by AuthGuard once the access token and its session check out; actor is the
 * principal as the audit names it (`card:…`, `member:…`, `user:…`), for the layers below the modules (storage).
 */
export type AuthenticatedRequest = FastifyRequest & { principal?: Principal; sessionId?: string; actor?: string };
