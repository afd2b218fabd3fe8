/**
 * The API's response shapes, written once as JSON Schema with TypeBox: the type the service returns (`Static<typeof X>`),
 * the schema Fastify serializes the answer by (fast-json-stringify: a field not in it never leaves the server), the
 * OpenAPI document (api-document.ts) and, generated from that document, the mini-program's types all come from it.
 *
 * A schema given a name with `named()` becomes a component of the OpenAPI document and is referred to by `$ref`
 * wherever it is used; an unnamed one is written inline.
 */
import Type, { type Static, type TSchema, type TUnsafe } from 'typebox';

export { Type };
export type { Static, TSchema };

const names = new Map<object, string>();

/** Names a schema: it appears once under `components.schemas` and is referred to by that name. */
export function named<T extends TSchema>(name: string, schema: T): T {
  const taken = [...names].find(([, n]) => n === name);
  if (taken && taken[0] !== schema) throw new Error(`two response schemas are named ${name}`);
  names.set(schema, name);
  return schema;
}

/** The name a schema was given with `named()`, if any. */
export function nameOf(schema: object): string | undefined {
  return names.get(schema);
}

/**
 * A moment in time. The service may return a Date (the serializer writes it as ISO 8601) or the ISO string itself; on
 * the wire and in the client's types it is always the string.
 */
export const DateTime = Type.Unsafe<Date | string>({ type: 'string', format: 'date-time' });

/** A calendar date, YYYY-MM-DD. */
export const DateOnly = Type.String({ format: 'date' });

/** One of a fixed list of strings (a JSON Schema `enum`, which OpenAPI tools turn into a union of literals). */
export function Enum<const T extends readonly string[]>(values: T, options: { description?: string } = {}): TUnsafe<T[number]> {
  return Type.Unsafe<T[number]>({ type: 'string', enum: [...values], ...options });
}

/**
 * The value or null. A scalar or an unnamed object becomes `type: [..., 'null']`, which fast-json-stringify writes
 * without trying each branch; a named schema stays a reference (`anyOf` with null) so the document names it once.
 */
export function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const type = (schema as { type?: unknown }).type;
  if (typeof type === 'string' && !nameOf(schema)) {
    const values = (schema as { enum?: unknown[] }).enum;
    return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'], ...(values ? { enum: [...values, null] } : {}) });
  }
  return Type.Unsafe<Static<T> | null>({ anyOf: [schema, { type: 'null' }] });
}

/** A page of a longer list: the rows and where they sit in it. */
export function Page<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    total: Type.Integer({ minimum: 0, description: '符合条件的总条数' }),
    page: Type.Integer({ minimum: 1, description: '第几页，从 1 起' }),
    pageSize: Type.Integer({ minimum: 1, description: '每页条数' }),
  });
}

/** A whole list in one answer. */
export function Items<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item) });
}

/** A row's id: the database's auto-increment key. */
export const Id = Type.Integer({ minimum: 1 });
