import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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
