import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { jest } from '@jest/globals';
import fc from 'fast-check';
import { encodeSegment, hostileString } from './fuzz-arbitraries.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The static side of the server for the fuzz suite and the authorization matrix: the H5 files (@fastify/static over
 * H5_DIR) and the Swagger UI (its HTML, its init script and swagger-ui-dist's assets). A site folder of our own stands in
 * for the H5 build, with a secret beside it, so "never a file outside the served folder" has something to find.
 */

/**
 * Jest's module loader cannot `require` an ES module (Node 20 can, Jest only from Node 24.9): @fastify/static requires its
 * ESM-only content-disposition. The very same module is loaded by `import` and registered under its path, so the
 * plugin's require finds it. Nothing is replaced: the static plugins run as `npm start` runs them.
 */
export async function loadStaticPluginsUnderJest(): Promise<void> {
  const require = createRequire(import.meta.url);
  const contentDisposition = createRequire(require.resolve('@fastify/static')).resolve('content-disposition');
  const module = (await import(contentDisposition)) as object;
  // Called through a variable: a literal `jest.mock(...)` would be hoisted by the transform above the import it needs.
  const registry = jest;
  registry.mock(contentDisposition, () => module);
}

/** A marker in every file outside the served folders: an answer that contains it came from outside. */
export const OUTSIDE_MARKER = 'FUZZ-OUTSIDE-THE-SERVED-FOLDER';

export interface H5Fixture {
  /** The folder H5_DIR points at. */
  site: string;
  /** Served paths of the site's files, as the router registers them (`/index.html`, `/js/app.js`, …). */
  files: string[];
  remove(): void;
}

/** A built H5 site in miniature, with a secret and a look-alike folder beside it and a dotfile inside. */
export function h5Fixture(): H5Fixture {
  const root = mkdtempSync(join(tmpdir(), 'cacem-fuzz-static-'));
  const site = join(root, 'h5');
  const write = (path: string, text: string) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  };
  write(join(site, 'index.html'), '<!DOCTYPE html><html><head><meta charset="utf-8"><title>质量信得过班组</title></head><body><div id="app"></div></body></html>\n');
  write(join(site, 'js', 'app.js'), `window.__fuzz = ${JSON.stringify('班'.repeat(2000))};\n`);
  write(join(site, 'js', 'vendor.js'), 'window.__vendor = 1;\n');
  write(join(site, 'css', 'app.css'), 'body { color: #333; }\n');
  write(join(site, 'static', '班组 照片.txt'), '班组\n');
  write(join(site, '.env'), `SECRET=${OUTSIDE_MARKER}\n`);
  write(join(root, 'secret.txt'), `${OUTSIDE_MARKER}\n`);
  write(join(root, 'h5-evil', 'x.txt'), `${OUTSIDE_MARKER}\n`);
  const files = readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => `/${relative(site, join(e.parentPath, e.name)).split('\\').join('/')}`)
    .sort();
  return { site, files, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A test app that serves static files as `npm start` does, over the fixture's site. */
export async function startStaticTestApp(h5: H5Fixture, overrides: Record<string, string> = {}): Promise<TestApp> {
  await loadStaticPluginsUnderJest();
  return startTestApp({ ...overrides, H5_DIR: h5.site }, { serveStaticFiles: true });
}

/** The folder swagger-ui-dist serves from (what SwaggerModule.serveStatic registers). */
export function swaggerAssetsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(createRequire(require.resolve('@nestjs/swagger')).resolve('swagger-ui-dist/package.json'));
}

/** The contents a static route may answer with: every file under the served folders, and their SHA-256. */
export function servedContents(folders: readonly string[]): { files: Buffer[]; hashes: Set<string> } {
  const files: Buffer[] = [];
  for (const folder of folders) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      // Dotfiles are not served (@fastify/send ignores them): one answered is a file that should have stayed inside.
      if (entry.isFile() && !entry.name.startsWith('.')) files.push(readFileSync(join(entry.parentPath, entry.name)));
    }
  }
  return { files, hashes: new Set(files.map(sha256)) };
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The body as sent, decoded if the answer was compressed (the H5 files go out brotli'd or gzipped on request). */
export function decodedBody(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'br') return brotliDecompressSync(body);
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  return body;
}

// ---------------------------------------------------------------------------------------------------------------
// Hostile static requests

/** Where a static path starts: the site's root and folders, Swagger UI's two mounts, and the API beside them. */
const PREFIXES = ['/', '/js/', '/css/', '/static/', '/api/docs/', '/api/docs/docs/', '/api/', '/api/v1/', '//', '/api/docs'];

/** Ways up and out of a folder, as a client could spell them. */
const CLIMBS = [
  '../',
  '../../',
  '../../../../../../',
  '..%2f',
  '..%2F..%2F',
  '%2e%2e/',
  '%2e%2e%2f',
  '%252e%252e%252f',
  '.%2e/',
  '..\\',
  '..%5c',
  '%c0%ae%c0%ae/',
  '%c0%af',
  '..%c0%af',
  '..;/',
  '....//',
  './',
  '%2f',
  '',
];

/** What a climb aims at: the secret beside the site, the look-alike folder, system and repository files, dotfiles. */
const TARGETS = [
  'secret.txt',
  'h5-evil/x.txt',
  'etc/passwd',
  'proc/self/environ',
  'package.json',
  'server/package.json',
  '.env',
  '.git/config',
  'index.html',
  'js/app.js',
  'js/',
  'js',
  'swagger-ui.css',
  'swagger-ui-init.js',
  'package.json%00.js',
  'index.html%00',
  'index.html%20',
  'index.html.',
  'INDEX.HTML',
  'index.html/',
  'index.html?x=1',
  'index.html#frag',
  'index.html;jsessionid=1',
  'js/app.js%3f',
  '%E7%8F%AD%E7%BB%84%20%E7%85%A7%E7%89%87.txt',
  'static/%E7%8F%AD%E7%BB%84%20%E7%85%A7%E7%89%87.txt',
  '%ff%fe',
  '%',
  '%zz',
  '%ED%A0%80',
  '',
];

export interface StaticCase {
  method: string;
  path: string;
  headers: Record<string, string>;
}

const hugePath = fc.constantFrom(`/${'a'.repeat(9000)}`, `/${'../'.repeat(3000)}secret.txt`, `/${'%2e%2e%2f'.repeat(1500)}etc/passwd`, `/js/${'/'.repeat(5000)}app.js`, `/${'班'.repeat(2000)}`);

/** Static requests: hostile paths, and the served files' own paths (`known`) with every method and odd headers. */
export const staticCase = (known: readonly string[]): fc.Arbitrary<StaticCase> => fc.record({
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'PROPFIND', 'TRACE', 'SEARCH'),
  path: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known) },
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), fc.array(fc.constantFrom(...CLIMBS), { maxLength: 3 }), fc.constantFrom(...TARGETS)).map(([p, climbs, target]) => `${p}${climbs.join('')}${target}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PREFIXES), hostileString.filter((s) => s.length < 3000)).map(([p, s]) => `${p}${encodeSegment(s)}`) },
    { weight: 1, arbitrary: hugePath },
  ),
  headers: fc.record(
    {
      range: fc.constantFrom('bytes=0-0', 'bytes=-1', 'bytes=999999999-', `bytes=${Array.from({ length: 200 }, (_, i) => `${i}-${i}`).join(',')}`, 'bytes=5-1', 'lines=1-2', 'bytes=0-'),
      'accept-encoding': fc.constantFrom('br', 'gzip', 'deflate', 'gzip;q=0, br;q=0', 'x'.repeat(5000), '*', 'identity'),
      'if-none-match': fc.constantFrom('*', '"x"', 'W/"', '"'.repeat(1000)),
      'if-modified-since': fc.constantFrom('Thu, 01 Jan 1970 00:00:00 GMT', 'not a date', '9999999999999'),
      accept: fc.constantFrom('text/html', '*/*', 'application/json', '\u0000'.replace('\u0000', 'x/y;q=nan')),
    },
    { requiredKeys: [] },
  ),
});
