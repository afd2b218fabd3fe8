import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import { buildApiDocument } from '../src/common/contract/api-document.js';
import { startTestApp, type TestApp } from './support/test-app.js';

/**
 * The API's contract, generated and kept: the OpenAPI document (docs/openapi.json, for anyone integrating) and the
 * mini-program's types generated from it (miniapp/src/api/schema.gen.ts). A committed copy that differs from what the
 * code generates fails here; `npm run contract` writes both afresh.
 */
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DOCUMENT_FILE = resolve(ROOT, 'docs/openapi.json');
export const TYPES_FILE = resolve(ROOT, 'miniapp/src/api/schema.gen.ts');
const UPDATE = process.env.UPDATE_CONTRACT === '1';

/** The calls an integrator starts with: logging in, registering a team and its application, recommending, scoring, results. */
const MAIN_OPERATIONS: Array<[string, string]> = [
  ['post', '/auth/card-login'],
  ['post', '/auth/login'],
  ['get', '/campaigns/current'],
  ['post', '/teams'],
  ['get', '/teams/{teamId}/application'],
  ['put', '/teams/{teamId}/application'],
  ['post', '/applications/{id}/materials/{kind}'],
  ['post', '/applications/{id}/recommend'],
  ['put', '/reviews/{applicationId}/{kind}'],
  ['get', '/console/applications'],
  ['get', '/public/results'],
  ['get', '/public/certificates/{no}'],
];

type Operation = { operationId: string; requestBody?: unknown; responses: Record<string, { content?: unknown; $ref?: string; description?: string }> };

const TYPES_BANNER = `/**
 * Generated from docs/openapi.json by openapi-typescript (\`npm run contract\`): do not edit. The mini-program's wire
 * types come from here (api/types.ts names them); \`npm test\` fails while this file is out of date.
 */
`;

describe('the API contract', () => {
  let t: TestApp;
  let document: Record<string, unknown>;
  let documentText: string;
  beforeAll(async () => {
    t = await startTestApp({}, { prepare: false });
    document = JSON.parse(JSON.stringify(buildApiDocument(t.app, t.config.storage))) as Record<string, unknown>;
    documentText = `${JSON.stringify(document, null, 2)}\n`;
  });
  afterAll(async () => {
    await t?.close();
  });

  const operations = () =>
    Object.entries(document.paths as Record<string, Record<string, Operation>>).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]) => ({ path, method, operation })),
    );

  it('documents every operation’s success response and its errors', () => {
    const all = operations();
    const undocumented = all.filter(({ operation }) => Object.values(operation.responses).some((r) => !r.$ref && !r.content && r.description === '（未描述）'));
    const writes = all.filter(({ method }) => method !== 'get');
    const bodiless = writes.filter(({ operation }) => !operation.requestBody);
    process.stdout.write(
      `contract: ${all.length} operations, ${all.length - undocumented.length} with their responses described; ` +
        `${writes.length - bodiless.length} of ${writes.length} writes with a request body\n`,
    );
    expect(undocumented.map(({ method, path }) => `${method.toUpperCase()} ${path}`)).toEqual([]);
    for (const { operation } of all) expect(operation.responses['4XX']).toBeDefined();
  });

  it('shows examples on the main operations (request and answer)', () => {
    const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
    /** Whether a schema, followed through its references, gives an example anywhere. */
    const hasExample = (node: unknown, seen = new Set<string>()): boolean => {
      if (Array.isArray(node)) return node.some((n) => hasExample(n, seen));
      if (!node || typeof node !== 'object') return false;
      const json = node as Record<string, unknown>;
      if ('example' in json || 'examples' in json) return true;
      const ref = typeof json.$ref === 'string' ? json.$ref.replace('#/components/schemas/', '') : null;
      if (ref) return !seen.has(ref) && (seen.add(ref), hasExample(schemas[ref], seen));
      return Object.values(json).some((v) => hasExample(v, seen));
    };
    const missing: string[] = [];
    for (const [method, path] of MAIN_OPERATIONS) {
      const operation = (document.paths as Record<string, Record<string, Operation>>)[path]?.[method];
      if (!operation) {
        missing.push(`${method.toUpperCase()} ${path}: no such operation`);
        continue;
      }
      const success = Object.entries(operation.responses).find(([status]) => /^2/.test(status))?.[1] as { content?: Record<string, { schema?: unknown }> };
      if (!hasExample(success?.content?.['application/json']?.schema)) missing.push(`${method.toUpperCase()} ${path}: answer`);
      const body = (operation.requestBody as { content?: Record<string, { schema?: unknown }> } | undefined)?.content;
      if (body?.['application/json'] && !hasExample(body['application/json'].schema)) missing.push(`${method.toUpperCase()} ${path}: request body`);
    }
    expect(missing).toEqual([]);
  });

  it('passes the OpenAPI linter (Redocly, recommended rules) with no errors', async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source: documentText, absoluteRef: DOCUMENT_FILE, config });
    const errors = problems.filter((p) => p.severity === 'error');
    const warnings = problems.filter((p) => p.severity === 'warn');
    process.stdout.write(`OpenAPI lint: ${errors.length} errors, ${warnings.length} warnings\n`);
    expect(errors.map((p) => `${p.ruleId}: ${p.message} at ${p.location[0]?.pointer ?? ''}`)).toEqual([]);
  });

  it('is the document committed as docs/openapi.json', () => {
    if (UPDATE) writeFileSync(DOCUMENT_FILE, documentText);
    const committed = readFileSync(DOCUMENT_FILE, 'utf8');
    expect(committed === documentText ? 'up to date' : 'docs/openapi.json is stale: run `npm run contract`').toBe('up to date');
  });

  it('generates the mini-program’s types committed as miniapp/src/api/schema.gen.ts', async () => {
    const types = TYPES_BANNER + astToString(await openapiTS(documentText, { exportType: true, alphabetize: true }));
    if (UPDATE) writeFileSync(TYPES_FILE, types);
    const committed = readFileSync(TYPES_FILE, 'utf8');
    expect(committed === types ? 'up to date' : 'miniapp/src/api/schema.gen.ts is stale: run `npm run contract`').toBe('up to date');
  });
});
