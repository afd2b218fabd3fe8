import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ApiErrorSchema } from './api-document.js';
import type { TSchema } from './schema.js';

/** What the contract check saw: answers validated against their documented schema, and every disagreement. */
export interface ContractTally {
  validated: number;
  /** Validated successes by route (`GET /api/v1/teams`). */
  routes: Record<string, number>;
  /** Validated refusals (answers in the one error shape). */
  refusals: number;
  /** JSON answers of routes that document none, by route. */
  undocumented: Record<string, number>;
  /** Answers that did not match their schema: route, status, what was wrong. */
  violations: string[];
}

export function newContractTally(): ContractTally {
  return { validated: 0, routes: {}, refusals: 0, undocumented: {}, violations: [] };
}

/**
 * Closes every object of a schema to fields it does not name. The check judges what the handler returned before the
 * serializer dropped anything: a field the code sends but the schema lacks would otherwise vanish unnoticed.
 */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === 'enum' || key === 'const' || key === 'required' || key === 'x-enumDescriptions' ? value : closed(value);
  }
  if (out.properties && out.additionalProperties === undefined && out.patternProperties === undefined) out.additionalProperties = false;
  return out;
}

/**
 * Validates every JSON answer the application sends against its documented schema (Ajv, every object closed): a
 * success against the route's response schema, a refusal against the one error shape. Installed by the integration
 * tests (test/support/test-app.ts), which fail a suite whose answers disagreed with the document.
 */
export function installContractCheck(fastify: FastifyInstance, tally: ContractTally): void {
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  addFormats.default(ajv);
  const compiled = new WeakMap<object, ValidateFunction>();
  const validatorOf = (schema: TSchema): ValidateFunction => {
    let validate = compiled.get(schema);
    if (!validate) {
      validate = ajv.compile(closed(schema) as object);
      compiled.set(schema, validate);
    }
    return validate;
  };
  fastify.addHook('preSerialization', (request: FastifyRequest, reply, payload, done) => {
    const route = `${request.method} ${request.routeOptions.url ?? request.url}`;
    // The API's own routes; the OpenAPI document's routes (/api/docs-json) describe themselves.
    if (!route.includes(' /api/v1/')) return done(null, payload);
    const status = reply.statusCode;
    const responses = (request.routeOptions.schema as { response?: Record<string, TSchema> } | undefined)?.response;
    const schema = responses?.[String(status)] ?? (status >= 400 ? ApiErrorSchema : responses?.['2xx']);
    if (!schema) {
      tally.undocumented[route] = (tally.undocumented[route] ?? 0) + 1;
      return done(null, payload);
    }
    // The answer as the client will read it (dates as strings), fields the schema lacks kept.
    const wire: unknown = JSON.parse(JSON.stringify(payload));
    const validate = validatorOf(schema);
    if (validate(wire)) {
      tally.validated += 1;
      if (status >= 400) tally.refusals += 1;
      else tally.routes[route] = (tally.routes[route] ?? 0) + 1;
    } else {
      const problems = (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
      tally.violations.push(`${route} → ${status}: ${problems.join('; ')}`);
    }
    done(null, payload);
  });
}
