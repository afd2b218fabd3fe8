import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AuthzWorld, type PrincipalName } from './authz-world.js';
import { type FormPart, multipartBody } from './multipart.js';

/*
 * The authorization matrix's shapes and its one request (test/authz-matrix.ts holds the matrix itself, as data): an
 * entry per route, the request it makes as each caller, and the answer as the matrix and the existence probe read it.
 */

export interface MatrixRequest {
  /** Values for the route's `:params`. */
  path?: Record<string, string | number>;
  /** The whole URL instead of the route's (OPTIONS *, signed file links). */
  url?: string;
  query?: Record<string, string | number>;
  json?: unknown;
  multipart?: FormPart[];
  headers?: Record<string, string>;
}

/** An answer as the matrix and the existence probe read it: the status, and an error's code and message. */
export interface MatrixAnswer {
  status: number;
  code: string | undefined;
  message: string | undefined;
}

/**
 * Sends a matrix request to `path` (the route with its parameters already filled) as `who`, through Fastify's inject.
 * Error bodies carry a code ({ statusCode, code, message }); a success body's `code` (an invite code) is not one.
 */
export async function sendAs(app: NestFastifyApplication, w: AuthzWorld, method: string, path: string, who: PrincipalName, request: MatrixRequest): Promise<MatrixAnswer> {
  let url = path;
  if (request.query) url += `?${new URLSearchParams(Object.entries(request.query).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;
  const headers: Record<string, string> = { ...request.headers };
  if (who !== 'anonymous') headers.authorization = `Bearer ${w.tokens[who]}`;
  let payload: string | Buffer | undefined;
  if (request.multipart) {
    const body = multipartBody(request.multipart);
    Object.assign(headers, body.headers);
    payload = body.payload;
  } else if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(request.json);
  }
  const reply = await app.inject({ method: method as 'GET', url, headers, payload });
  let body: { code?: string; message?: string } = {};
  if (reply.statusCode >= 400 && String(reply.headers['content-type'] ?? '').startsWith('application/json') && reply.body) body = JSON.parse(reply.body) as typeof body;
  return { status: reply.statusCode, code: body.code, message: body.message };
}

export interface MatrixEntry {
  /** Who gets through; everyone else must be denied. */
  allow: readonly PrincipalName[];
  /** A request that is VALID for the route: a body the pipes refuse would answer 422 to everyone and hide the check. */
  request?: (w: AuthzWorld, who: PrincipalName) => MatrixRequest;
  /**
   * The object named in the path deliberately does not exist (a route whose only gate is its role, where building the
   * object would cost more than it tells): a 404 then means the caller got past the guard to the lookup.
   */
  absent?: true;
  /**
   * Public login routes: a 401 with one of these codes is the service judging the credentials in the body (one-time
   * codes already spent, a WeChat ticket no one issued), not the guard refusing the caller.
   */
  credentialCodes?: readonly string[];
  /**
   * Routes that change what other entries rely on run after them, in router order within a phase: 'late' (spends a
   * code or closes an object), 'last' (replaces the panels, removes a member), 'logout' (ends every caller's login).
   */
  phase?: 'late' | 'last' | 'logout';
}
