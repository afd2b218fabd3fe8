/**
 * The API's calls typed end to end from the generated contract (schema.gen.ts, itself generated from the server's
 * OpenAPI document): the path, its parameters, the query, the body and the answer of every call are the server's own.
 */
import { request } from './client';
import type { components, paths } from './schema.gen';

/** Every named shape of the API (`Schemas['TeamView']`). */
export type Schemas = components['schemas'];

type Verb = 'get' | 'put' | 'post' | 'delete';
type VerbOf<M extends Method> = Lowercase<M> & Verb;
export type Method = 'GET' | 'PUT' | 'POST' | 'DELETE';

/** The paths that take this method. */
export type PathOf<M extends Method> = {
  [P in keyof paths]: paths[P][VerbOf<M>] extends undefined ? never : P;
}[keyof paths];

type Operation<M extends Method, P extends PathOf<M>> = NonNullable<paths[P][VerbOf<M>]>;

type ParametersOf<O> = O extends { parameters: infer X } ? X : never;
type PathParams<O> = ParametersOf<O> extends { path: infer X } ? X : never;
type QueryParams<O> = ParametersOf<O> extends { query?: infer X } ? X : never;
type JsonBody<O> = O extends { requestBody: { content: { 'application/json': infer B } } }
  ? B
  : O extends { requestBody?: { content: { 'application/json': infer B } } }
    ? B | undefined
    : never;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : R extends { content?: never } ? void : unknown;
type Success<O> = O extends { responses: infer R }
  ? 200 extends keyof R
    ? JsonOf<R[200]>
    : 201 extends keyof R
      ? JsonOf<R[201]>
      : 204 extends keyof R
        ? void
        : never
  : never;

/** What a call answers with. */
export type Answer<M extends Method, P extends PathOf<M>> = Success<Operation<M, P>>;
/** A call's JSON body. */
export type BodyOf<M extends Method, P extends PathOf<M>> = JsonBody<Operation<M, P>>;
/** A call's query parameters. */
export type QueryOf<M extends Method, P extends PathOf<M>> = QueryParams<Operation<M, P>>;

type Optional<K extends string, T> = [T] extends [never] ? { [key in K]?: never } : undefined extends T ? { [key in K]?: T } : object extends T ? { [key in K]?: T } : { [key in K]: T };

export type CallOptions<M extends Method, P extends PathOf<M>> = Optional<'path', PathParams<Operation<M, P>>> &
  Optional<'query', QueryParams<Operation<M, P>>> &
  Optional<'body', JsonBody<Operation<M, P>>> & {
    /** A submission's key (newIdempotencyKey()): sent as Idempotency-Key; the call is safely retried after a lost answer. */
    idempotencyKey?: string;
  };

type Args<M extends Method, P extends PathOf<M>> = object extends CallOptions<M, P> ? [options?: CallOptions<M, P>] : [options: CallOptions<M, P>];

/** `/teams/{teamId}` with `{ teamId: 7 }` → `/teams/7`. */
export function fillPath(template: string, params: Record<string, string | number> | undefined): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`missing path parameter ${name} for ${template}`);
    return encodeURIComponent(String(value));
  });
}

/** One API call, checked against the contract: `call('GET', '/teams/{teamId}', { path: { teamId } })`. */
export function call<M extends Method, P extends PathOf<M>>(method: M, path: P, ...[options]: Args<M, P>): Promise<Answer<M, P>> {
  const o = (options ?? {}) as { path?: Record<string, string | number>; query?: Record<string, string | number | undefined>; body?: unknown; idempotencyKey?: string };
  return request<Answer<M, P>>(method, fillPath(path, o.path), { query: o.query, body: o.body, idempotencyKey: o.idempotencyKey });
}
