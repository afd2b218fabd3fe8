import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ModulesContainer } from '@nestjs/core';
import { getMetadataStorage } from 'class-validator';
import fc from 'fast-check';
import { multipartBody } from './multipart.js';

/*
 * Hostile input for the fuzz suite (test/fuzz.spec.ts): path parameters, query strings, JSON and raw bodies and
 * multipart uploads. Body fields come from the DTO classes' own class-validator metadata, so the fuzz sends the
 * field names a route really reads — half-right bodies reach the services, not only the validation pipe.
 */

// ---------------------------------------------------------------------------------------------------------------
// Strings and values

/** One megabyte: over the default body limit, so the parser refuses it (413). */
const ONE_MB = 'A'.repeat(1024 * 1024);
/** Big, but under the body limit: reaches validation and, where a field has no length cap, the database. */
const BIG = '班'.repeat(100_000);

/** Text that has broken parsers, databases and pages elsewhere. */
export const NASTY_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  '<img src=x onerror="alert(1)">',
  'javascript:alert(1)',
  "' OR '1'='1",
  "1' OR 1=1 --",
  '1 OR 1=1',
  '1;DROP TABLE team',
  "'; DELETE FROM audit_entry; --",
  '%',
  '%00',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF',
  'x\uDBFFy',
  '\u200F\u202Eevil\u202C',
  '\u200B\u200C\u200D\uFEFF',
  '👨‍👩‍👧‍👦🏗️',
  'ＡＢＣ１２３　全角',
  '١٢٣',
  '../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '9'.repeat(400),
  '班'.repeat(61),
  'x'.repeat(1001),
  '\u0301\u0301\u0301',
];

/** One UTF-16 unit at a time, weighted to the awkward ones (lone surrogates, direction marks, NUL, full-width). */
const awkwardUnit = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\u200F', '\u202E', '\u200B', '\u0000', '\u0007', '\uFFFF', '\uFFFE', 'Ａ', '１', '<', '>', '"', "'", '&', '\\', '%', '/', ';', '班') },
);

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: awkwardUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.constantFrom(BIG, ONE_MB) },
);

const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, -0, 0.5, 1.5, -1e9, 2 ** 31, 2 ** 53 + 1, 1e21, 1e308, -1e308, Number.MAX_SAFE_INTEGER, Number.MIN_VALUE),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value of any type: what a field gets when the client has it wrong. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom([], {}, [[]], [{}], { $gt: '' }, JSON.parse('{"__proto__":{"admin":true}}') as unknown, ['1', '2'], [1, 'a', null]) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

// ---------------------------------------------------------------------------------------------------------------
// URLs

/** encodeURIComponent, but a lone surrogate goes out as its (invalid) three UTF-8-style bytes instead of throwing. */
export function encodeSegment(text: string): string {
  let out = '';
  for (const char of text) {
    const unit = char.charCodeAt(0);
    if (char.length === 1 && unit >= 0xd800 && unit <= 0xdfff) {
      out += `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/** Path segments exactly as they go on the wire (some deliberately unencoded or malformed). */
const RAW_SEGMENTS: readonly string[] = [
  '0',
  '-1',
  '1.5',
  '1e3',
  '0x1F',
  '+1',
  '%201',
  '1%20',
  '99999999999999999999',
  '9007199254740993',
  '2147483648',
  '-2147483649',
  'NaN',
  'Infinity',
  '%00',
  '1%00',
  '..%2F..%2Fetc%2Fpasswd',
  '..%5C..%5Cwindows',
  '%2e%2e',
  '1%20OR%201%3D1',
  '1%3BDROP%20TABLE%20team',
  '%27%20OR%20%271%27%3D%271',
  '%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '%E2%80%AE1',
  '%EF%BC%91',
  '%D9%A3',
  '%F0%9F%98%80',
  '%ED%A0%80',
  '%',
  '%ZZ',
  '%E0%A4%A',
  'a'.repeat(3000),
];

/** A path parameter: mostly a real id of the world (so guards and services are reached), otherwise hostile. */
export function pathParam(realValues: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...realValues) },
    { weight: 3, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
    { weight: 2, arbitrary: hostileString.filter((s) => s.length < 2000).map(encodeSegment) },
    { weight: 1, arbitrary: fc.integer().map(String) },
  );
}

/** A query string: known keys and random ones, duplicated keys, bracket arrays and objects, huge and wrong values. */
export function queryString(knownKeys: readonly string[]): fc.Arbitrary<string> {
  const key = fc.oneof(
    { weight: 4, arbitrary: knownKeys.length ? fc.constantFrom(...knownKeys) : fc.constant('page') },
    { weight: 1, arbitrary: fc.constantFrom('page', 'pageSize', '__proto__', 'constructor', 'a[b]', 'x[]', '') },
    { weight: 1, arbitrary: hostileString.filter((s) => s.length < 200) },
  );
  const value = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('1', '2', '0', '-1', '1.5', '200', '201', '1e400', '99999999999999999999', 'true', 'null', '[]', '{}') },
    { weight: 3, arbitrary: hostileString.filter((s) => s.length < 5000) },
    { weight: 1, arbitrary: fc.constantFrom('materials', 'presentation', 'submitted', 'draft', 'open', 'pdf', 'ppt') },
  );
  const pair = fc.tuple(key, fc.array(value, { minLength: 1, maxLength: 3 }), fc.constantFrom('plain', 'brackets', 'raw'));
  return fc.array(pair, { maxLength: 4 }).map((pairs) => {
    const parts: string[] = [];
    for (const [k, values, style] of pairs) {
      for (const v of values) {
        if (style === 'raw') parts.push(`${k}=${v}`.replace(/[\s#]/g, '+'));
        else parts.push(`${encodeSegment(k)}${style === 'brackets' ? '%5B%5D' : ''}=${encodeSegment(v)}`);
      }
    }
    return parts.length ? `?${parts.join('&')}` : '';
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Routes and their DTOs

/** A class (a controller or a DTO), as Nest's and class-validator's metadata key them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ClassType = abstract new (...args: any[]) => unknown;

export interface RouteShape {
  method: string;
  /** `/api/v1/teams/:teamId/members`, as routesOf(app) has it. */
  url: string;
  body?: ClassType;
  query?: ClassType;
  /** Roles the route admits (@Roles); `public` for @Public(); empty when any logged-in principal may call. */
  roles: string[];
}

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'ALL', 'OPTIONS', 'HEAD'];
// Nest's RouteParamtypes: the argument decorators the router-execution context reads.
const PARAM_BODY = 3;
const PARAM_QUERY = 4;

/** The DTO classes and roles behind each route, read from the controllers' own decorator metadata. */
export function routeShapes(app: NestFastifyApplication, prefix: string): Map<string, RouteShape> {
  const shapes = new Map<string, RouteShape>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (ClassType & { prototype: Record<string, unknown> }) | null;
      if (!controller) continue;
      const base = [Reflect.getMetadata('path', controller) as string | string[] | undefined].flat()[0] ?? '';
      const classRoles = Reflect.getMetadata('auth:roles', controller) as string[] | undefined;
      const classPublic = Reflect.getMetadata('auth:public', controller) === true;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = controller.prototype[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata('path', handler) as string | string[] | undefined;
        const method = Reflect.getMetadata('method', handler) as number | undefined;
        if (path === undefined || method === undefined) continue;
        const url = `/${prefix}/${base}/${[path].flat()[0]}`.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
        const args = (Reflect.getMetadata('__routeArguments__', controller, name) ?? {}) as Record<string, { index: number; data?: string }>;
        const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ?? []) as ClassType[];
        const shape: RouteShape = { method: METHODS[method]!, url, roles: [] };
        for (const [key, arg] of Object.entries(args)) {
          const kind = Number(key.split(':')[0]);
          const type = types[arg.index];
          if (arg.data || !type || (type as unknown) === Object) continue;
          if (kind === PARAM_BODY) shape.body = type;
          if (kind === PARAM_QUERY) shape.query = type;
        }
        const isPublic = classPublic || Reflect.getMetadata('auth:public', handler) === true;
        shape.roles = isPublic ? ['public'] : ((Reflect.getMetadata('auth:roles', handler) as string[] | undefined) ?? classRoles ?? []);
        shapes.set(`${shape.method} ${url}`, shape);
      }
    }
  }
  return shapes;
}

type ValidationMetadata = ReturnType<ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas']>[number];

interface FieldRules {
  name: string;
  rules: Map<string, unknown[]>;
  each: Set<string>;
  nested?: ClassType;
}

/** The validated fields of a DTO class and their class-validator rules (isString, maxLength, isIn, …). */
export function dtoFields(dto: ClassType): FieldRules[] {
  const byField = new Map<string, FieldRules>();
  const metadata: ValidationMetadata[] = getMetadataStorage().getTargetValidationMetadatas(dto as unknown as new () => object, '', true, false);
  for (const m of metadata) {
    const field: FieldRules = byField.get(m.propertyName) ?? { name: m.propertyName, rules: new Map(), each: new Set() };
    byField.set(m.propertyName, field);
    const rule = m.name ?? m.type;
    field.rules.set(rule, m.constraints ?? []);
    if (m.each) field.each.add(rule);
    if (m.type === 'nestedValidation') {
      const type = Reflect.getMetadata('design:type', dto.prototype as object, m.propertyName) as ClassType | undefined;
      if (type && (type as unknown) !== Array && (type as unknown) !== Object) field.nested = type;
    }
  }
  return [...byField.values()];
}

/** Values a real client might send, to try against a field's rules (the first that fits is the plausible value). */
const CANDIDATE_TEXT = ['测试内容', '2026-05-20', '13800138000', 'lina@example.com', 'A1b2C3d4E5', 'construction_crew', 'pdf', '张三', 'x'];

function plausibleScalar(rules: Map<string, unknown[]>, realIds: readonly number[], mode: BodyMode): fc.Arbitrary<unknown> {
  const isIn = rules.get('isIn')?.[0];
  if (Array.isArray(isIn) && isIn.length) return fc.constantFrom(...(isIn as unknown[]));
  if (rules.has('isBoolean')) return fc.boolean();
  if (rules.has('isInt') || rules.has('isNumber') || rules.has('isPositive')) {
    const min = Number(rules.get('min')?.[0] ?? 0);
    const max = Number(rules.get('max')?.[0] ?? min + 5);
    return fc.oneof(fc.integer({ min, max: Math.max(min, Math.min(max, min + 5)) }), fc.constantFrom(...realIds));
  }
  if (rules.has('isObject')) return fc.constant({});
  const pattern = rules.get('matches')?.[0];
  const fitting = CANDIDATE_TEXT.filter((text) => !(pattern instanceof RegExp) || pattern.test(text));
  const maxLength = Number(rules.get('maxLength')?.[0] ?? 200);
  if (mode === 'plausible') return fc.constantFrom(...(fitting.length ? fitting : CANDIDATE_TEXT));
  // Injection text that fits the length cap gets stored on success: the browser test shows it stays text.
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...(fitting.length ? fitting : CANDIDATE_TEXT)) },
    { weight: 1, arbitrary: fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length > 0 && s.length <= maxLength)) },
  );
}

function plausibleField(field: FieldRules, realIds: readonly number[], depth: number, mode: BodyMode): fc.Arbitrary<unknown> {
  if (field.nested && depth < 3) {
    const inner = dtoBody(field.nested, realIds, depth + 1, mode);
    return field.rules.has('isArray') ? fc.array(inner, { maxLength: 3 }) : inner;
  }
  if (field.rules.has('isArray')) {
    const elementRules = new Map([...field.rules].filter(([rule]) => field.each.has(rule)));
    return fc.array(plausibleScalar(elementRules, realIds, mode), { maxLength: 3 });
  }
  return plausibleScalar(field.rules, realIds, mode);
}

/** 'hostile': fields plausible, hostile or missing, extra fields now and then; 'plausible': what a real client sends. */
export type BodyMode = 'hostile' | 'plausible';

/**
 * A body for the DTO: each known field either plausible, hostile (any type, nasty text) or missing, with now and then
 * a field the DTO does not know. In 'plausible' mode every field is plausible (an optional one now and then left out)
 * and nothing is added: the well-formed requests the fuzz needs to reach a route's happy path.
 */
export function dtoBody(dto: ClassType, realIds: readonly number[], depth = 0, mode: BodyMode = 'hostile'): fc.Arbitrary<Record<string, unknown>> {
  const fields = dtoFields(dto);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  if (mode === 'plausible') {
    for (const field of fields) {
      const value = plausibleField(field, realIds, depth, mode);
      record[field.name] = field.rules.has('isOptional') ? fc.option(value, { nil: undefined, freq: 4 }) : value;
    }
    return fc.record(record).map((body) => Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)));
  }
  for (const field of fields) {
    record[field.name] = fc.oneof(
      { weight: 4, arbitrary: plausibleField(field, realIds, depth, mode) },
      { weight: 3, arbitrary: hostileValue },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
  }
  const extra = fc.option(fc.dictionary(fc.constantFrom('role', 'id', 'status', 'isAdmin', 'constructor', 'extra', '名称', '$where'), hostileValue, { maxKeys: 2 }), {
    freq: 4,
    nil: {},
  });
  return fc.tuple(fc.record(record), extra).map(([body, more]) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(body)) if (v !== undefined) out[k] = v;
    return { ...out, ...more };
  });
}

/** A known valid body with one to three of its fields (at any depth) replaced, removed or joined by a hostile one. */
export function mutatedBody(base: unknown): fc.Arbitrary<unknown> {
  const edit = fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('replace', 'replace', 'delete', 'add'), hostileValue);
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const copy = structuredClone(base) as Record<string, unknown>;
    for (const [pick, deeper, action, value] of edits) {
      let target: Record<string, unknown> = copy;
      // Walk down a few levels, picking a child by index, to reach nested fields too.
      for (let level = 0; level < deeper % 3; level++) {
        const children = Object.values(target).filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object');
        if (!children.length) break;
        target = children[(pick + level) % children.length]!;
      }
      const keys = Object.keys(target);
      const key = keys.length && action !== 'add' ? keys[pick % keys.length]! : `extra${pick % 5}`;
      if (action === 'delete') delete target[key];
      // A copy: the hostile constants are shared between cases, and a later edit may write inside this one.
      else target[key] = structuredClone(value);
    }
    return copy;
  });
}

/** The whole body the wrong shape: not an object at all. */
export const wrongTopLevel: fc.Arbitrary<unknown> = fc.constantFrom([], [{}], 'text', 0, true, null, [1, 2, 3]);

export interface RawBody {
  payload: string | Buffer;
  contentType?: string;
}

/** Bodies that are not the JSON they claim to be, JSON with duplicated keys, and other content types. */
export function rawBody(fieldNames: readonly string[]): fc.Arbitrary<RawBody> {
  const name = fieldNames.length ? fc.constantFrom(...fieldNames) : fc.constant('name');
  const duplicated = fc
    .tuple(name, hostileString.filter((s) => s.length < 5000), hostileString.filter((s) => s.length < 5000))
    .map(([k, a, b]) => `{${JSON.stringify(k)}:${JSON.stringify(a)},${JSON.stringify(k)}:${JSON.stringify(b)},${JSON.stringify(k)}:{"$ne":null}}`);
  const payload = fc.oneof(
    duplicated,
    fc.constantFrom(
      '{"a":',
      '{"a":1,}',
      "{'a':1}",
      '{"__proto__":{"isAdmin":true}}',
      '{"constructor":{"prototype":{"isAdmin":true}}}',
      '[',
      'null',
      '"string"',
      '1',
      '',
      '\u0000',
      '{"a":"\\ud800"}',
      '{"a":"\\u0000"}',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
      'name=%3Cscript%3E&name=2',
    ),
  );
  const contentType = fc.constantFrom(
    'application/json',
    'application/json',
    'application/json; charset=utf-16',
    'text/plain',
    'application/x-www-form-urlencoded',
    'application/xml',
    'multipart/form-data',
    'multipart/form-data; boundary=x',
    undefined,
  );
  return fc.record({ payload, contentType });
}

// ---------------------------------------------------------------------------------------------------------------
// Uploads

/** File names that try to climb out of the storage folder, or are simply unreasonable. */
export const HOSTILE_FILE_NAMES: readonly string[] = [
  '../../x.pdf',
  '..\\..\\x',
  '../../../../tmp/evil.pptx',
  '/etc/passwd',
  'C:\\Windows\\x.pdf',
  `${'长'.repeat(300)}.pdf`,
  `${'a'.repeat(5000)}.pdf`,
  'x\u0000.pdf',
  'x.pdf\u0000.exe',
  '<script>alert(1)</script>.png',
  '\u202Efdp.exe',
  '',
  '.',
  '..',
  'CON.pdf',
  'x.PDF ',
];

export interface UploadCase {
  parts: Array<{ name: string; filename: string; content: Buffer; contentType?: string } | { name: string; value: string }>;
  truncate: boolean;
}

/** Multipart uploads: hostile names, wrong content, no file, two files, stray fields, bodies cut off. */
export function uploadCase(validFiles: ReadonlyArray<{ filename: string; content: Buffer }>): fc.Arbitrary<UploadCase> {
  const content = fc.oneof(
    fc.constantFrom(
      Buffer.alloc(0),
      Buffer.from('%PDF-1.7\n%garbage'),
      Buffer.from('PK\u0003\u0004not really a zip'),
      Buffer.from('<html><script>alert(1)</script></html>'),
      Buffer.from('\u0089PNG\r\n\u001a\nbroken'),
      Buffer.from('\xff\xd8\xff\xe0'),
      ...validFiles.map((f) => f.content),
    ),
    fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  );
  const filename = fc.oneof(fc.constantFrom(...HOSTILE_FILE_NAMES, ...validFiles.map((f) => f.filename)), hostileString.filter((s) => s.length < 3000 && !s.includes('"')));
  const file = fc.record({
    name: fc.constantFrom('file', 'file', 'file', 'files', 'upload', ''),
    filename,
    content,
    contentType: fc.constantFrom('application/pdf', 'image/png', 'application/octet-stream', 'text/html', '../../x', undefined),
  });
  const field = fc.record({ name: fc.constantFrom('file', 'kind', 'name'), value: hostileString.filter((s) => s.length < 3000 && !/[\r\n"]/.test(s)) });
  return fc.record({
    parts: fc.array(fc.oneof({ weight: 4, arbitrary: file }, { weight: 1, arbitrary: field }), { maxLength: 3 }),
    truncate: fc.boolean(),
  });
}

export function uploadPayload(upload: UploadCase): { payload: Buffer; headers: Record<string, string> } {
  return multipartBody(upload.parts, { truncate: upload.truncate });
}
