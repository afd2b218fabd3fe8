import { availableParallelism } from 'node:os';
import type { CellValue } from 'exceljs';
import { Piscina } from 'piscina';

/**
 * The sandbox every parser of an uploaded file's content runs in (issue 16): a small pool of worker threads (piscina,
 * as for hashing: src/storage/file-hasher.ts) running workers/parse-document.mjs. Each task is bounded
 *   - in bytes, by the worker itself: what it inflates is counted against caps and reading stops there;
 *   - in JS heap, by the threads' resourceLimits: past it the thread dies (ERR_WORKER_OUT_OF_MEMORY);
 *   - in time, by an abort signal: the thread running the task is terminated;
 *   - in everything else (Buffers, pdf.js's decoded streams live outside the heap), by a watchdog on the process's
 *     RSS: a task during which it grows past the limit is terminated.
 * A task so stopped answers { ok: false, reason: 'limit' }: the caller reports the file as too complex to read.
 */

export type SandboxTask =
  | { kind: 'pdf-text'; path: string }
  | { kind: 'pptx-text'; path: string }
  | { kind: 'pdf-check'; path: string }
  | { kind: 'xlsx-rows'; path: string }
  | { kind: 'zip-check'; path: string };

/** Why a file was not read: too large once unpacked, encrypted, broken, or stopped by the time or memory limit. */
export type SandboxRefusal = 'too-large' | 'encrypted' | 'unreadable' | 'limit';

/** The first worksheet's rows: `rows[r - 1][c]` is the value of row r, column c (both from 1). */
export interface SheetRows {
  rowCount: number;
  rows: Array<Array<CellValue | undefined>>;
}

type Answer<T> = ({ ok: true } & T) | { ok: false; reason: SandboxRefusal; detail?: string };

export interface SandboxAnswers {
  'pdf-text': Answer<{ pages: string[] }>;
  'pptx-text': Answer<{ pages: string[] }>;
  'pdf-check': Answer<{ encrypted: boolean; pages: number }>;
  'xlsx-rows': Answer<{ sheet: SheetRows | null }>;
  'zip-check': Answer<object>;
}

export interface SandboxLimits {
  /** Time allowed to one task. */
  timeoutMs: number;
  /** Growth of the process's resident memory during a task past which the task is stopped. */
  rssGrowthBytes: number;
}

const MiB = 1024 * 1024;

/** JS heap of one sandbox thread: pdf.js on a 300-page declaration stays well under it. */
export const SANDBOX_HEAP_MB = 192;
const DEFAULT_LIMITS: SandboxLimits = { timeoutMs: 60_000, rssGrowthBytes: 320 * MiB };
const WATCH_EVERY_MS = 50;

export class ParseSandbox {
  private pool: Piscina | null = null;
  /** Tasks running now, each with its RSS limit; the watchdog runs while there is one. */
  private readonly watched = new Map<AbortController, number>();
  private watchdog: NodeJS.Timeout | null = null;

  private get threads(): Piscina {
    this.pool ??= new Piscina({
      filename: new URL('../../../workers/parse-document.mjs', import.meta.url).href,
      // At most two threads beside the main one (the server has 2 cores); an idle pool lets its threads go.
      minThreads: 0,
      maxThreads: Math.max(1, Math.min(2, availableParallelism() - 1)),
      idleTimeout: 15_000,
      resourceLimits: { maxOldGenerationSizeMb: SANDBOX_HEAP_MB, maxYoungGenerationSizeMb: 16, stackSizeMb: 4 },
    });
    return this.pool;
  }

  async run<K extends SandboxTask['kind']>(task: Extract<SandboxTask, { kind: K }>, limits: Partial<SandboxLimits> = {}): Promise<SandboxAnswers[K]> {
    const { timeoutMs, rssGrowthBytes } = { ...DEFAULT_LIMITS, ...limits };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error('time limit')), timeoutMs);
    this.watch(controller, process.memoryUsage.rss() + rssGrowthBytes);
    try {
      return (await this.threads.run(task, { signal: controller.signal })) as SandboxAnswers[K];
    } catch (error) {
      // Aborted (time, memory watchdog) or the thread died (heap limit): the file is too complex to read here.
      return { ok: false, reason: 'limit', detail: `${(controller.signal.reason as Error | undefined)?.message ?? ''} ${error instanceof Error ? error.message : String(error)}`.trim() };
    } finally {
      clearTimeout(timer);
      this.unwatch(controller);
    }
  }

  private watch(controller: AbortController, rssLimit: number): void {
    this.watched.set(controller, rssLimit);
    this.watchdog ??= setInterval(() => {
      const rss = process.memoryUsage.rss();
      for (const [task, limit] of this.watched) if (rss > limit) task.abort(new Error('memory limit'));
    }, WATCH_EVERY_MS);
    this.watchdog.unref();
  }

  private unwatch(controller: AbortController): void {
    this.watched.delete(controller);
    if (this.watched.size === 0 && this.watchdog) {
      clearInterval(this.watchdog);
      this.watchdog = null;
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.close();
  }
}

/** The process's one sandbox (its threads come and go with the work). */
export const parseSandbox = new ParseSandbox();
