import type { FastifyReply, FastifyRequest } from 'fastify';
import type { StorageConfig } from '../config/app-config.js';
import { MULTIPART_LIMITS } from './multipart.js';
import { fileTooLarge } from './storage.errors.js';

/** An expert sheet is small; 5 MB holds tens of thousands of rows. */
export const EXPERT_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * What a multipart body may carry besides its file: the text fields (at most MULTIPART_LIMITS of them), each part's
 * headers and the boundaries. A declared length above the file limit plus this cannot be a file within the limit.
 */
export const MULTIPART_OVERHEAD_BYTES = MULTIPART_LIMITS.fields * MULTIPART_LIMITS.fieldSize + 64 * 1024;

type Params = Record<string, string | undefined>;

/**
 * Each upload route's file limit, by its route pattern (under the API prefix) — the same limit its service passes to
 * StorageService.readUpload, which stays the authority for bodies sent without a length (chunked).
 */
export function uploadRouteLimits(storage: StorageConfig): Record<string, (params: Params) => number> {
  const { maxPdfBytes, maxPptBytes, maxPhotoBytes } = storage;
  return {
    'POST /applications/:id/materials/:kind': (p) => (p.kind === 'ppt' ? maxPptBytes : p.kind === 'pdf' ? maxPdfBytes : Math.max(maxPdfBytes, maxPptBytes)),
    'POST /teams/:teamId/activity-records/:recordId/photos': () => maxPhotoBytes,
    'POST /misconduct-cases/:id/evidence': () => maxPdfBytes,
    'POST /recommendation/package/letter': () => maxPdfBytes,
    'POST /recommendation/package/excellent-list': () => maxPdfBytes,
    'POST /experts/import': () => EXPERT_IMPORT_MAX_BYTES,
  };
}

/**
 * Fastify onRequest hook: refuses an upload whose declared Content-Length is over its route's limit with 413 at once,
 * before a byte of the body is read — a 2 GB PDF is not received to be thrown away. Multipart bodies on routes not
 * listed get the largest limit. Bodies without a length are left to the streaming meter; JSON bodies to Fastify's
 * bodyLimit, which also judges them by their length first.
 */
export function uploadLengthCheck(storage: StorageConfig, prefix: string) {
  const limits = new Map(Object.entries(uploadRouteLimits(storage)).map(([route, limit]) => [route.replace(' /', ` /${prefix}/`), limit]));
  const ceiling = Math.max(storage.maxPdfBytes, storage.maxPptBytes, storage.maxPhotoBytes, EXPERT_IMPORT_MAX_BYTES);
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const declared = request.headers['content-length'];
    if (declared === undefined || !/^\d+$/.test(declared)) return;
    const routeLimit = limits.get(`${request.method} ${request.routeOptions.url ?? ''}`);
    const multipart = /^multipart\//i.test(request.headers['content-type'] ?? '');
    if (!routeLimit && !multipart) return;
    const limit = routeLimit ? routeLimit((request.params ?? {}) as Params) : ceiling;
    if (Number(declared) <= limit + MULTIPART_OVERHEAD_BYTES) return;
    // The body is never read: the connection is closed after the answer rather than drained.
    await reply.code(413).header('connection', 'close').send(fileTooLarge(limit).body);
  };
}
