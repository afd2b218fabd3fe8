import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The hashes of the inline scripts in the H5 build's index.html (Taro puts its root font-size script there), so the
 * Content-Security-Policy can allow exactly those and no other inline script: a stored `<script>` that somehow reached
 * a page still would not run.
 */
export function inlineScriptHashes(h5Dir: string | null): string[] {
  if (!h5Dir) return [];
  const index = join(h5Dir, 'index.html');
  if (!existsSync(index)) return [];
  const html = readFileSync(index, 'utf8');
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`);
}

/** The directives: the app's own origin for everything, images also from data:/blob: (previews, QR codes, charts). */
export function contentSecurityPolicy(scriptHashes: readonly string[]): Record<string, string[]> {
  return {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'", ...scriptHashes],
    // React sets style attributes, and the OpenAPI page carries a style block.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    // Photos picked on the phone are read back from blob: URLs before upload.
    connectSrc: ["'self'", 'blob:', 'data:'],
    objectSrc: ["'none'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
  };
}

/**
 * The headers helmet sets for these options, worked out once. Helmet builds its middlewares (and parses the CSP) each
 * time it is called, and the Fastify plugin called it on every request (~2 % of the server's CPU on an authenticated
 * read, test/perf); the options are the same for every answer, so the headers are too. Applied by an onRequest hook.
 */
export function securityHeaders(options: HelmetOptions): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.set(name.toLowerCase(), [value].flat().join(', ')),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => (failure = error));
  if (failure) throw failure;
  return [...headers];
}
