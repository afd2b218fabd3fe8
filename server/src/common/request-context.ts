import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** What the audit log records about the request a change came from, without every call site passing it along. */
export interface RequestContext {
  /** The request's id: the proxy's X-Request-Id when it sent a sound one, else a new UUID; echoed in the answer. */
  requestId: string;
  /** The role of the authenticated caller, once the auth guard has verified the token. */
  role?: string;
  /** The Idempotency-Key claim this request runs under (see IdempotencyInterceptor); marked committed with its change. */
  idempotencyScope?: string | undefined;
  /**
   * On an upload route called with an Idempotency-Key, until its upload has arrived: claims the key by the upload's
   * fingerprint (IdempotencyInterceptor). StorageService.readUpload calls it once the file is on disk.
   */
  idempotentUpload?: ((upload: { fields: Record<string, string>; filename: string; size: number; sha256: string }) => Promise<void>) | undefined;
  /** The current campaign's id and revision as stored when the auth guard checked the session (CampaignService.current). */
  campaign?: CampaignStamp | null;
}

/** Which campaign is current and how many times its settings have changed. */
export interface CampaignStamp {
  id: number;
  revision: number;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The current request's context; undefined outside a request (background jobs, the command line). */
export function requestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Runs the rest of a request's handling inside its context (Fastify's onRequest hook). */
export function runInRequestContext(context: RequestContext, next: () => void): void {
  storage.run(context, next);
}

const SOUND_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * Fastify's genReqId: the id a proxy in front of several instances already gave the request (so one id follows it
 * through the proxy's log, ours and the audit log), or a new one. It is written back onto the request's headers so
 * that the request logger reports the same id.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  const id = typeof given === 'string' && SOUND_ID.test(given) ? given : randomUUID();
  request.headers['x-request-id'] = id;
  return id;
}
