import { type ApiErrorBody, type ErrorCode, errorMessage, isDomainError } from '@cacem/shared';
import { HttpException } from '@nestjs/common';
import { DomainException } from './domain.exception.js';
import { isLockConflict } from './unique-violation.js';

interface FrameworkError {
  statusCode?: number;
  status?: number;
  code?: string;
}

const STATUS_CODE: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
};

// Fastify rejects some requests before Nest sees them (body parsing, size limits); name those by their own codes.
const FASTIFY_CODE: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
  // Refused by the router before any route runs (Fastify's frameworkErrors, see app.factory.ts).
  FST_ERR_BAD_URL: 'URL_MALFORMED',
  FST_ERR_MAX_PARAM_LENGTH: 'URL_TOO_LONG',
};

// Server-side refusals that mean "not now" rather than "wrong": shutting down, connection killed, too many connections.
const DB_UNAVAILABLE_CODES = new Set([
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'ER_QUERY_INTERRUPTED',
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'SQLITE_CANTOPEN',
  'SQLITE_FULL',
]);
// mysql2's pool answers with bare Errors (no code) once it is closing or its queue is full.
const POOL_MESSAGES = new Set(['Pool is closed.', 'Queue limit reached.', 'No connections available.']);

/**
 * Whether a failure is the database being unreachable rather than a bug: mysql2 flags every connection-level error
 * (ECONNREFUSED, ECONNRESET, PROTOCOL_CONNECTION_LOST, a handshake that failed, a connection in closed state) as
 * `fatal`; TypeORM's QueryFailedError carries the driver's error as `driverError`. SQLite's I/O errors count too.
 * When the connection dropped during COMMIT the outcome is unknown, hence the message's 「可能未保存」.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; fatal?: unknown; message?: unknown; driverError?: { code?: unknown; fatal?: unknown } } | null;
  if (!e || typeof e !== 'object') return false;
  for (const candidate of [e.driverError, e]) {
    if (!candidate) continue;
    if (candidate.fatal === true) return true;
    const code = candidate.code;
    if (typeof code === 'string' && (DB_UNAVAILABLE_CODES.has(code) || code.startsWith('SQLITE_IOERR'))) return true;
  }
  return error instanceof Error && POOL_MESSAGES.has(error.message);
}

/** HTTP status for a rule of the activity broken in shared/: refused moves conflict with the state, bad values are unprocessable. */
export function statusForDomainCode(code: ErrorCode): number {
  if (code === 'TRANSITION_ROLE_FORBIDDEN') return 403;
  if (code.startsWith('TRANSITION_') || code === 'SCORES_MISSING' || code === 'DRAW_NOT_ENOUGH_EXPERTS' || code === 'DRAW_CONFLICT_UNSATISFIABLE') return 409;
  return 422;
}

function body(statusCode: number, code: ErrorCode): ApiErrorBody {
  return { statusCode, code, message: errorMessage(code) };
}

/** Turns anything thrown into the API's one error shape; unknown failures become a 500 without internals. */
export function toErrorBody(error: unknown): ApiErrorBody {
  if (error instanceof DomainException) return error.body;
  if (isDomainError(error)) return { statusCode: statusForDomainCode(error.code), code: error.code, message: error.message };
  if (error instanceof HttpException) {
    const status = error.getStatus();
    // Nest wraps Fastify's own rejections (bad JSON, body too large) in an HttpException; the cause names them.
    const cause = error.cause as FrameworkError | undefined;
    if (cause?.code && cause.code in FASTIFY_CODE) return body(status, FASTIFY_CODE[cause.code]!);
    if (status === 404 && /^Cannot [A-Z]+ /.test(error.message)) return body(404, 'ROUTE_NOT_FOUND');
    return body(status, STATUS_CODE[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED'));
  }
  const e = (error ?? {}) as FrameworkError;
  if (e.code && e.code in FASTIFY_CODE) {
    const code = FASTIFY_CODE[e.code]!;
    return body(e.statusCode ?? (code === 'PAYLOAD_TOO_LARGE' ? 413 : code === 'UNSUPPORTED_MEDIA_TYPE' ? 415 : code === 'URL_TOO_LONG' ? 414 : 400), code);
  }
  // A JSON syntax error raised while parsing the body.
  if (error instanceof SyntaxError && (e.statusCode === 400 || e.status === 400)) return body(400, 'MALFORMED_JSON');
  // A deadlock victim or a lock wait that timed out wrote nothing; the person can simply try again.
  if (isLockConflict(error)) return body(409, 'TRY_AGAIN');
  // The database went away (restart, network, failover): a 503 the client may retry, not an INTERNAL that looks like a bug.
  if (isDatabaseUnavailable(error)) return body(503, 'DB_UNAVAILABLE');
  const status = e.statusCode ?? e.status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return body(status, STATUS_CODE[status] ?? 'VALIDATION_FAILED');
  }
  return body(500, 'INTERNAL');
}
