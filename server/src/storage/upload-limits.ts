import type { IncomingMessage } from 'node:http';
import { HttpStatus } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { answerBeforeBody } from '../common/body-drain.js';
import { DomainException } from '../common/domain.exception.js';
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
  // Callback style: a refusal answers and never calls `done`, so the route does not run. (An async hook would resolve
  // only once the answer has ended, which waits for the body to be drained; the route would then run on a spent body.)
  return (request: FastifyRequest, reply: FastifyReply, done: () => void): void => {
    const declared = request.headers['content-length'];
    if (declared === undefined || !/^\d+$/.test(declared)) return done();
    const routeLimit = limits.get(`${request.method} ${request.routeOptions.url ?? ''}`);
    const multipart = /^multipart\//i.test(request.headers['content-type'] ?? '');
    if (!routeLimit && !multipart) return done();
    const limit = routeLimit ? routeLimit((request.params ?? {}) as Params) : ceiling;
    if (Number(declared) <= limit + MULTIPART_OVERHEAD_BYTES) return done();
    // The body is not stored: the answer goes out at once and the body is read and thrown away (bounded), so a client
    // still sending it (a browser, fetch, wx.uploadFile: none waits for 100-continue) reads the 413, not a reset.
    answerBeforeBody(reply, 413, fileTooLarge(limit).body);
  };
}

export interface UploadPace {
  /** No byte for this long: the body is cut off. */
  idleMs: number;
  /** After graceMs, fewer than this many bytes a second over the last windowMs: the body is cut off. 0: no rate floor. */
  minBytesPerSecond: number;
  graceMs: number;
  windowMs: number;
}

/** How often a watch looks at its socket. */
const WATCH_TICK_MS = 250;

/**
 * Watches an upload body arrive, by the bytes its socket has read: a body that stops (idleMs) or trickles (below
 * minBytesPerSecond over the last windowMs, once graceMs have passed) trips the watch, which rejects `tripped` with
 * UPLOAD_TOO_SLOW (408). It holds an upload slot, so five hundred connections sending a byte a second would otherwise
 * stall every upload of the instance. The watch ends itself once the whole body has arrived.
 */
export class UploadWatch {
  readonly tripped: Promise<never>;
  private timer: NodeJS.Timeout | undefined;
  private trip!: (error: DomainException) => void;
  private done = false;
  hasTripped = false;

  constructor(request: IncomingMessage, pace: UploadPace, now: () => number = Date.now) {
    this.tripped = new Promise<never>((_, reject) => (this.trip = reject));
    // Nobody awaits `tripped` once the upload has settled: its rejection must not count as unhandled.
    this.tripped.catch(() => undefined);
    const socket = request.socket as IncomingMessage['socket'] | undefined;
    // Fastify's inject hands the whole body over at once, on a stand-in socket that counts nothing: nothing to watch.
    if (typeof socket?.bytesRead !== 'number') return;
    const started = now();
    const samples: Array<[number, number]> = [[started, socket.bytesRead]];
    let lastProgress = started;
    this.timer = setInterval(() => {
      if (request.complete || socket.destroyed) return this.stop();
      const at = now();
      const bytes = socket.bytesRead;
      if (bytes !== samples[samples.length - 1]![1]) lastProgress = at;
      samples.push([at, bytes]);
      // Keep just enough history to look one window back.
      while (samples.length > 2 && samples[1]![0] <= at - pace.windowMs) samples.shift();
      if (at - lastProgress >= pace.idleMs) return this.fail();
      const [since, before] = samples[0]!;
      if (pace.minBytesPerSecond > 0 && at - started >= pace.graceMs + pace.windowMs && at - since >= pace.windowMs) {
        if (((bytes - before) * 1000) / (at - since) < pace.minBytesPerSecond) return this.fail();
      }
    }, Math.min(WATCH_TICK_MS, pace.idleMs));
  }

  stop(): void {
    this.done = true;
    clearInterval(this.timer);
  }

  private fail(): void {
    if (this.done) return;
    this.stop();
    this.hasTripped = true;
    this.trip(new DomainException('UPLOAD_TOO_SLOW', HttpStatus.REQUEST_TIMEOUT));
  }
}
