import { ERROR_MESSAGES, type ErrorCode } from '@cacem/shared';
import { ModulesContainer } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PUBLIC_KEY, ROLES_KEY } from '../route-access.js';
import type { StorageConfig } from '../../config/app-config.js';
import { uploadRouteLimits } from '../../storage/upload-limits.js';
import { documentedResponse } from './responds.js';
import { nameOf, Type } from './schema.js';
import { UPLOAD_MARK } from './uploads.js';

export const API_SERVER = '/api/v1';

const ROLE_NAMES: Record<string, string> = {
  secretariat: '秘书处',
  recommender: '推荐单位联系人',
  expert: '专家',
  declarant: '申报企业',
  member: '班组成员',
};

/** The one error shape: every refusal of every route answers with it. */
export const ApiErrorSchema = Type.Object(
  {
    statusCode: Type.Integer({ description: 'HTTP 状态码', examples: [400] }),
    code: Type.Unsafe<ErrorCode>({
      type: 'string',
      enum: Object.keys(ERROR_MESSAGES),
      description: '机器可读的错误码，供程序判断（各码的中文含义见 x-enumDescriptions）',
      examples: ['VALIDATION_FAILED'],
      'x-enumDescriptions': ERROR_MESSAGES,
    }),
    message: Type.String({ description: '给用户看的中文提示', examples: ['请填写班组名称'] }),
    field: Type.Optional(Type.String({ description: '出错的字段（如有）' })),
    details: Type.Optional(
      Type.Unsafe({
        description: '表单各字段的问题，或某一步未满足的全部条件（ELIGIBILITY_FAILED）',
        anyOf: [
          {
            type: 'array',
            items: { type: 'object', required: ['field', 'code', 'message'], properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
          },
          {
            type: 'object',
            required: ['problems'],
            properties: {
              problems: {
                type: 'array',
                items: { type: 'object', required: ['code', 'message'], properties: { field: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
              },
            },
          },
        ],
      }),
    ),
  },
  { description: '错误：code 供程序判断，message 为中文提示' },
);

type Json = Record<string, unknown>;

/**
 * The API's OpenAPI 3.1 document: @nestjs/swagger reads the routes, their parameters and request bodies from the
 * controllers; the responses come from each route's response schema (@Responds and its kin), the errors from the one
 * error shape, the upload limits from the routes' own limits. It is what /api/docs shows, what `npm run contract`
 * writes to docs/openapi.json and what the mini-program's types are generated from.
 */
export function buildApiDocument(app: NestFastifyApplication, storage: StorageConfig): OpenAPIObject {
  const base = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('工程建设质量信得过班组活动平台 API')
    .setDescription(
      [
        '中国施工企业管理协会工程建设质量信得过班组活动的申报、推荐、评审、评定与证书查验接口。',
        '',
        '- 登录：`POST /auth/card-login`（申报企业，注册卡号 + 密码）或 `POST /auth/login`（秘书处、推荐单位联系人、专家），得到 `accessToken`，之后的请求带 `Authorization: Bearer <accessToken>`。',
        '- 错误统一为 `ApiError`：`{ statusCode, code, message, field?, details? }`，`code` 供程序判断，`message` 为中文提示。',
        '- 带 `Idempotency-Key` 头的写请求可以安全重发：同一个键的重复请求得到第一次的结果。',
        '- 时间均为 ISO 8601（UTC）；日期为 YYYY-MM-DD（北京时间）。',
      ].join('\n'),
    )
    .setVersion('1')
    .addServer(API_SERVER)
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, base, { ignoreGlobalPrefix: true });
  completeDocument(document as unknown as Json, routeAccess(app), uploadRouteLimits(storage));
  return document;
}

interface Access {
  public: boolean;
  roles: string[] | undefined;
}

/** Who may call each route, by operation id, from the controllers' @Public and @Roles. */
function routeAccess(app: NestFastifyApplication): Map<string, Access> {
  const access = new Map<string, Access>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const classPublic = Reflect.getMetadata(PUBLIC_KEY, type) === true;
      const classRoles = Reflect.getMetadata(ROLES_KEY, type) as string[] | undefined;
      for (const key of Object.getOwnPropertyNames(type.prototype)) {
        if (key === 'constructor') continue;
        const handler = (type.prototype as Record<string, unknown>)[key];
        if (typeof handler !== 'function') continue;
        access.set(`${type.name}_${key}`, {
          public: classPublic || Reflect.getMetadata(PUBLIC_KEY, handler) === true,
          roles: (Reflect.getMetadata(ROLES_KEY, handler) as string[] | undefined) ?? classRoles,
        });
      }
    }
  }
  return access;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

function completeDocument(document: Json, access: Map<string, Access>, limits: Record<string, (params: Record<string, string | undefined>) => number>): void {
  const components = (document.components ?? {}) as Json;
  document.components = components;
  const schemas = (components.schemas ?? {}) as Json;
  components.schemas = schemas;
  const refOf = componentWriter(schemas);
  refOf(ApiErrorSchema, 'ApiError');
  components.responses = {
    Error: { description: '请求被拒绝或出错（见 ApiError.code）', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } },
  };

  for (const [path, item] of Object.entries(document.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const operation = item[method] as Json | undefined;
      if (!operation) continue;
      const id = operation.operationId as string;
      const responses = (operation.responses ?? {}) as Record<string, Json>;
      const successStatus = Object.keys(responses).find((s) => /^2\d\d$/.test(s)) ?? (method === 'post' ? '201' : '200');
      const documented = documentedResponse(id);
      for (const status of Object.keys(responses)) if (/^2\d\d$/.test(status)) delete responses[status];
      if (documented?.kind === 'json') {
        responses[successStatus] = { description: documented.description, content: { 'application/json': { schema: toDocument(documented.schema, refOf) } } };
        for (const [status, other] of Object.entries(documented.others ?? {})) {
          responses[status] = { description: other.description, content: { 'application/json': { schema: toDocument(other.schema, refOf) } } };
        }
      } else if (documented?.kind === 'file') {
        responses[successStatus] = {
          description: documented.description,
          content: Object.fromEntries(documented.mediaTypes.map((type) => [type, { schema: { type: 'string', contentMediaType: type } }])),
        };
      } else if (documented?.kind === 'empty') {
        responses['204'] = { description: documented.description };
      } else {
        responses[successStatus] = { description: '（未描述）' };
      }
      responses['4XX'] = { $ref: '#/components/responses/Error' };
      responses['5XX'] = { $ref: '#/components/responses/Error' };
      operation.responses = responses;

      const who = access.get(id);
      if (who?.public) {
        operation.security = [];
      } else if (who?.roles?.length) {
        operation['x-roles'] = who.roles;
        const names = who.roles.map((r) => ROLE_NAMES[r] ?? r).join('、');
        operation.description = [operation.description, `调用者：${names}。`].filter(Boolean).join('\n\n');
      }
      describeUpload(operation, limits[`${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`]);
    }
  }
  upgradeNullable(document);
}

/** The file field's size limit and media types, and the 413 / 415 refusals, on a multipart operation. */
function describeUpload(operation: Json, limit: ((params: Record<string, string | undefined>) => number) | undefined): void {
  const body = operation.requestBody as { content?: Record<string, { schema?: Json; encoding?: Json }> } | undefined;
  const multipart = body?.content?.['multipart/form-data'];
  const mark = multipart?.schema?.[UPLOAD_MARK] as { field: string; mediaTypes: string[] } | undefined;
  if (!multipart || !mark) return;
  delete multipart.schema![UPLOAD_MARK];
  multipart.encoding = { [mark.field]: { contentType: mark.mediaTypes.join(', ') } };
  const file = (multipart.schema!.properties as Record<string, Json>)[mark.field];
  if (limit) {
    const bytes = limit({});
    file['x-max-bytes'] = bytes;
    file.description = `${String(file.description)}，不超过 ${formatBytes(bytes)}`;
  }
  const responses = operation.responses as Record<string, Json>;
  responses['413'] = { description: '文件超过大小限制（PAYLOAD_TOO_LARGE）', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } };
  responses['415'] = { description: '文件类型不被接受（按文件内容判断）', content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } } };
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Writes named schemas into components once and answers with their reference. */
function componentWriter(schemas: Json): (schema: object, name?: string) => Json | undefined {
  const writing = new Set<string>();
  const writer = (schema: object, given?: string): Json | undefined => {
    const name = given ?? nameOf(schema);
    if (!name) return undefined;
    if (!(name in schemas) && !writing.has(name)) {
      writing.add(name);
      schemas[name] = toDocument(schema, writer, true);
      writing.delete(name);
    }
    return { $ref: `#/components/schemas/${name}` };
  };
  return writer;
}

/** A TypeBox schema as the document writes it: named parts as references, TypeBox's own markers left out. */
function toDocument(schema: unknown, refOf: (schema: object) => Json | undefined, top = false): Json {
  if (Array.isArray(schema)) return schema.map((s) => toDocument(s, refOf)) as unknown as Json;
  if (!schema || typeof schema !== 'object') return schema as Json;
  if (!top) {
    const ref = refOf(schema);
    if (ref) return ref;
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith('~')) continue;
    if (key === 'properties' || key === 'patternProperties' || key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([k, v]) => [k, toDocument(v, refOf)]));
    } else if (key === 'x-enumDescriptions' || key === 'enum' || key === 'const' || key === 'required' || key === 'examples' || key === 'example') {
      out[key] = value;
    } else {
      out[key] = typeof value === 'object' && value !== null ? toDocument(value, refOf) : value;
    }
  }
  return out;
}

/**
 * OpenAPI 3.0's `nullable: true` (what @nestjs/swagger writes for the request bodies' `nullable` properties) in 3.1's
 * words: `null` among the types.
 */
function upgradeNullable(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(upgradeNullable);
  if (!node || typeof node !== 'object') return;
  const json = node as Json;
  if (json.nullable === true) {
    delete json.nullable;
    if (typeof json.type === 'string') json.type = [json.type, 'null'];
    else if (json.$ref || json.allOf || json.oneOf || json.anyOf) {
      const copy = { ...json };
      for (const key of Object.keys(json)) delete json[key];
      json.anyOf = [copy, { type: 'null' }];
    }
    if (Array.isArray(json.enum) && !json.enum.includes(null)) json.enum = [...json.enum, null];
  }
  for (const value of Object.values(json)) upgradeNullable(value);
}
