import { RouteSchema } from '@nestjs/platform-fastify';
import type { TSchema } from './schema.js';

/** What a route answers with when it succeeds, as the OpenAPI document shows it. */
export type Documented =
  | { kind: 'json'; schema: TSchema; description: string; others?: OtherAnswers }
  | { kind: 'file'; mediaTypes: readonly string[]; description: string }
  | { kind: 'empty'; description: string };

/** Answers besides success and the one error shape, by status (e.g. a health check's 503, which monitors read). */
export type OtherAnswers = Record<number, { schema: TSchema; description: string }>;

/** Every documented route by its OpenAPI operation id (`<Controller>_<method>`, @nestjs/swagger's default). */
const documented = new Map<string, Documented>();

export function documentedResponse(operationId: string): Documented | undefined {
  return documented.get(operationId);
}

function operationIdOf(target: object, key: string | symbol): string {
  return `${(target as { constructor: { name: string } }).constructor.name}_${String(key)}`;
}

/**
 * The route answers with JSON of this shape. The schema is the route's response schema on Fastify, so the answer is
 * serialized by it (compiled by fast-json-stringify; a field not in the schema is not sent), and it is the response
 * the OpenAPI document describes under the route's success status.
 */
export function Responds(schema: TSchema, description = '成功', others: OtherAnswers = {}): MethodDecorator {
  return (target, key, descriptor) => {
    documented.set(operationIdOf(target, key), { kind: 'json', schema, description, others });
    const response: Record<string, TSchema> = { '2xx': schema };
    for (const [status, other] of Object.entries(others)) response[status] = other.schema;
    RouteSchema({ response })(target, key, descriptor);
  };
}

/** The route answers with a file (a PDF, a workbook, a zip …) of one of these media types. */
export function RespondsWithFile(mediaTypes: readonly string[], description = '文件'): MethodDecorator {
  return (target, key) => {
    documented.set(operationIdOf(target, key), { kind: 'file', mediaTypes, description });
  };
}

/** The route answers with no body (204). */
export function RespondsEmpty(description = '完成，无返回内容'): MethodDecorator {
  return (target, key) => {
    documented.set(operationIdOf(target, key), { kind: 'empty', description });
  };
}
