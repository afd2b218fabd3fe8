import fc from 'fast-check';
import { MATRIX } from '../authz-matrix.js';
import { type MatrixRequest } from './authz-requests.js';
import { type AuthzWorld, PRINCIPALS } from './authz-world.js';
import { dtoBody, dtoFields, mutatedBody, pathParam, queryString, type RawBody, rawBody, type RouteShape, wrongTopLevel } from './fuzz-arbitraries.js';
import { type Principal, ROLE_OF, UPLOAD_ROUTE } from './fuzz-policy.js';
import { type RouteUpload, routeUpload, type UploadWorld } from './fuzz-uploads.js';

/*
 * The route fuzz's cases (test/fuzz.spec.ts): per route, hostile requests from any caller, and well-formed ones from a
 * caller the route admits — the authorization matrix's valid request, a DTO body of plausible values, a known body or
 * the route's real upload — built on the values of the fuzz's world.
 */

export interface FuzzCase {
  principal: Principal;
  /** Built to be accepted: a caller the route admits, real ids, a valid body or the route's real upload. */
  wellFormed: boolean;
  /** The whole URL instead of the route's with `params` (the matrix's signed file link). */
  url?: string;
  params: string[];
  query: string;
  body: { kind: 'none' } | { kind: 'json'; value: unknown } | { kind: 'raw'; raw: RawBody } | { kind: 'upload'; upload: RouteUpload };
}

/** The values a well-formed case names: the authorization matrix's world and what the fuzz added to it. */
export interface FuzzWorld {
  w: AuthzWorld;
  tokens: Partial<Record<Principal, string>>;
  realIds: number[];
  /** Real values for path parameters by name; ids of the world for the rest. */
  realParams: Map<string, string[]>;
  /** Valid bodies of the routes whose services check the body themselves (no DTO). */
  knownBodies: Map<string, unknown>;
  uploadFiles: UploadWorld;
  /** Well-formed requests the matrix's world cannot give (its applications are drawn): on a draft of declarant A's own. */
  extraExamples: Map<string, FuzzCase>;
}

const paramNames = (url: string) => url.match(/:[A-Za-z]+/g) ?? [];

/** Callers the route admits: the matrix's allowed principals, else those of the roles its decorators name. */
export function admitted(route: { method: string; url: string }, shape: RouteShape | undefined): Principal[] {
  const entry = MATRIX[`${route.method} ${route.url}`];
  if (entry) return [...entry.allow];
  if (!shape || shape.roles.length === 0) return PRINCIPALS.filter((p) => p !== 'anonymous');
  if (shape.roles.includes('public')) return [...PRINCIPALS];
  return PRINCIPALS.filter((p) => shape.roles.includes(ROLE_OF[p]));
}

/** The authorization matrix's valid request for the route, as a fuzz case (matrix requests name their own values). */
export function matrixCase(world: FuzzWorld, route: { method: string; url: string }, who: Principal): FuzzCase | undefined {
  const entry = MATRIX[`${route.method} ${route.url}`];
  if (!entry) return undefined;
  const request: MatrixRequest = entry.request?.(world.w, who) ?? {};
  const query = request.query ? `?${new URLSearchParams(Object.entries(request.query).map(([k, v]): [string, string] => [k, String(v)])).toString()}` : '';
  const params = paramNames(route.url).map((name) => encodeURIComponent(String(request.path?.[name.slice(1)] ?? '')));
  let body: FuzzCase['body'] = { kind: 'none' };
  if (request.multipart) body = { kind: 'upload', upload: { parts: request.multipart, truncate: false, wellFormed: true } };
  else if (request.json !== undefined) body = { kind: 'json', value: request.json };
  return { principal: who, wellFormed: true, url: request.url, params, query, body };
}

export function caseArbitrary(world: FuzzWorld, route: { method: string; url: string }, shape: RouteShape | undefined): fc.Arbitrary<FuzzCase> {
  const { realParams, realIds, knownBodies, uploadFiles } = world;
  const names = paramNames(route.url);
  const params = names.map((name) => pathParam(realParams.get(name) ?? realIds.map(String)));
  const allowed = admitted(route, shape);
  const principal = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...allowed) }, { weight: 1, arbitrary: fc.constantFrom(...PRINCIPALS) });
  const queryKeys = shape?.query ? dtoFields(shape.query).map((f) => f.name) : ['unitId', 'page', 'status'];
  const bodyFields = shape?.body ? dtoFields(shape.body).map((f) => f.name) : [];
  const known = knownBodies.get(`${route.method} ${route.url}`);
  const upload = UPLOAD_ROUTE.test(route.url);
  const jsonBodies: Array<fc.Arbitrary<unknown>> = [wrongTopLevel];
  if (shape?.body) jsonBodies.push(dtoBody(shape.body, realIds), dtoBody(shape.body, realIds).chain((b) => mutatedBody(b)));
  if (known) jsonBodies.push(mutatedBody(known), mutatedBody(known));
  if (!shape?.body && !known) jsonBodies.push(mutatedBody({ name: '测试', reason: '原因', id: 1, items: [1] }));
  const json = fc.oneof(...jsonBodies).map((value) => ({ kind: 'json' as const, value }));
  const raw = rawBody(bodyFields).map((r) => ({ kind: 'raw' as const, raw: r }));
  const none = fc.constant({ kind: 'none' as const });
  const uploads = routeUpload(route.url, uploadFiles).map((u) => ({ kind: 'upload' as const, upload: u }));
  let body: fc.Arbitrary<FuzzCase['body']>;
  if (route.method === 'GET') body = none;
  else if (upload) body = fc.oneof({ weight: 5, arbitrary: uploads }, { weight: 1, arbitrary: raw }, { weight: 1, arbitrary: none });
  else body = fc.oneof({ weight: 6, arbitrary: json }, { weight: 2, arbitrary: raw }, { weight: 1, arbitrary: none });
  const hostile = fc
    .record({ principal, params: fc.tuple(...params), query: route.method === 'GET' ? queryString(queryKeys) : fc.oneof(fc.constant(''), queryString(queryKeys)), body })
    .map((c): FuzzCase => ({ ...c, wellFormed: false }));

  // Well-formed: an admitted caller, real ids, and the matrix's valid request, a DTO body of plausible values only, a
  // known body as it is, or the route's real upload.
  const realParamsOf = fc.tuple(...names.map((name) => fc.constantFrom(...(realParams.get(name) ?? realIds.map(String)))));
  const goodBodies: Array<fc.Arbitrary<FuzzCase['body']>> = [];
  if (route.method === 'GET') goodBodies.push(none);
  else if (upload) goodBodies.push(uploads.filter((u) => u.upload.wellFormed));
  else if (shape?.body) goodBodies.push(dtoBody(shape.body, realIds, 0, 'plausible').map((value) => ({ kind: 'json' as const, value })));
  else if (known) goodBodies.push(fc.constant({ kind: 'json' as const, value: known }));
  else goodBodies.push(none);
  const plausible = fc
    .record({ principal: fc.constantFrom(...allowed), params: realParamsOf, query: shape?.query ? dtoBody(shape.query, realIds, 0, 'plausible').map(toQuery) : fc.constant(''), body: fc.oneof(...goodBodies) })
    .map((c): FuzzCase => ({ ...c, wellFormed: true }));
  const fromMatrix = fc.constantFrom(...allowed).chain((who) => {
    const c = matrixCase(world, route, who);
    return c ? fc.constant(c) : plausible;
  });
  return fc.oneof({ weight: 3, arbitrary: hostile }, { weight: 1, arbitrary: fc.oneof(plausible, fromMatrix) });
}

export function describeCase(route: { method: string; url: string }, c: FuzzCase, url: string): string {
  const body =
    c.body.kind === 'json'
      ? JSON.stringify(c.body.value)
      : c.body.kind === 'raw'
        ? `${c.body.raw.contentType ?? '(no content-type)'} ${String(c.body.raw.payload)}`
        : c.body.kind === 'upload'
          ? `${c.body.upload.truncate ? '(cut off half-way) ' : ''}${JSON.stringify(c.body.upload.parts.map((p) => ('filename' in p ? { name: p.name, filename: p.filename, bytes: Buffer.isBuffer(p.content) ? p.content.length : 'workbook' } : p)))}`
          : '';
  return `${c.principal}${c.wellFormed ? ' (well-formed)' : ''} ${route.method} ${url} ${body}`.slice(0, 400);
}

/** A plausible query DTO as a query string (arrays as repeated keys). */
function toQuery(values: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) for (const v of [value].flat()) search.append(key, typeof v === 'object' ? JSON.stringify(v) : String(v));
  const text = search.toString();
  return text ? `?${text}` : '';
}
