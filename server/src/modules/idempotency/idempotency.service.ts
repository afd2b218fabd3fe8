import { createHash, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, IsNull, LessThan } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { DomainException, conflict } from '../../common/domain.exception.js';
import { requestContext } from '../../common/request-context.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { IdempotencyRecord } from './idempotency-record.entity.js';

/** A key: what a client generates (a UUID is typical), 8–100 characters of letters, digits and `-_.:`. */
export const SOUND_KEY = /^[A-Za-z0-9._:-]{8,100}$/;
/**
 * A claim still pending after this long belonged to a request whose process died (every request ends well before:
 * WeChat gives up on one after 60 s); its change never committed, so a retry may run it.
 */
export const STALE_CLAIM_MS = 5 * 60_000;
/**
 * This process as a claim's owner: host, pid and a random part (a restarted container's process can have its
 * predecessor's pid). A pending claim whose owner is gone — this process after its request ended without releasing it
 * (the database was down), or a dead process of this host (SIGKILLed, crashed) — is taken over at once by a retry
 * instead of after STALE_CLAIM_MS; another host's is judged by age. (Should two hosts share a host name and pid
 * numbering, the pid check could misjudge, as for temp folders in StorageService.sweepTemp.)
 */
const HOST = hostname().replace(/[^A-Za-z0-9.]/g, '_') || 'host';
export const CLAIM_OWNER = `${HOST}-${process.pid}-${randomUUID().slice(0, 8)}`;
const OWNER = /^(.+)-(\d+)-([0-9a-f]{8})$/;
/** Kept answers are replayed for a day — long enough for any retry — and then swept. */
export const KEEP_MS = 24 * 3600_000;
/** Answers larger than this are not kept; a retry is told the first request succeeded. */
const MAX_KEPT_BYTES = 256 * 1024;

export interface IdempotentRequest {
  actor: string;
  method: string;
  path: string;
  key: string;
  /**
   * What the request asks for, fingerprinted with its method and path: for a JSON route `{ query, body }`; for an upload
   * `{ query, fields, file: { name, size, sha256 } }` — the file by the SHA-256 computed while it streamed to disk, so
   * its bytes are never held in memory or read twice.
   */
  body: unknown;
}

/** What an upload is fingerprinted by (see UploadClaim): its text fields and the received file, by content. */
export interface UploadFingerprint {
  fields: Record<string, string>;
  filename: string;
  size: number;
  sha256: string;
}

export type Claim = { kind: 'run'; scope: string } | { kind: 'replay'; statusCode: number; body: unknown };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

@Injectable()
export class IdempotencyService {
  private lastSweep = 0;
  /** Scopes this process has claimed and whose request has not ended yet. */
  private readonly running = new Set<string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Claims the key for this request, or answers with what the first request with it answered. */
  async claim(request: IdempotentRequest): Promise<Claim> {
    if (!SOUND_KEY.test(request.key)) throw new DomainException('IDEMPOTENCY_KEY_INVALID', HttpStatus.BAD_REQUEST, { field: 'Idempotency-Key' });
    // The key is the caller's: reused on another route (or with other parameters, or another body or file) it is
    // another operation under the same key, refused below by its fingerprint rather than run as a new one.
    const scope = sha256([request.actor, request.key].join('\n'));
    const fingerprint = sha256(JSON.stringify({ method: request.method, path: request.path, request: request.body ?? null }));
    await this.sweep();
    const repo = this.dataSource.getRepository(IdempotencyRecord);
    const now = this.clock.now();
    try {
      await repo.insert({ scope, actor: request.actor.slice(0, 100), method: request.method, path: request.path.slice(0, 300), fingerprint, state: 'pending', createdAt: now, owner: CLAIM_OWNER });
      this.running.add(scope);
      return { kind: 'run', scope };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await repo.findOneByOrFail({ scope });
    if (existing.fingerprint !== fingerprint) throw conflict('IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key');
    switch (existing.state) {
      case 'done':
        // An answer too large to keep: the first request succeeded, which is what the caller needs to know.
        if (existing.response === null) throw conflict('IDEMPOTENCY_ALREADY_DONE');
        return { kind: 'replay', statusCode: existing.statusCode ?? 200, body: JSON.parse(existing.response) as unknown };
      case 'committed':
        // The change committed but its process died before the answer was kept: it is done; say so rather than redo it.
        throw conflict('IDEMPOTENCY_ALREADY_DONE');
      case 'pending': {
        if (now.getTime() - existing.createdAt.getTime() < STALE_CLAIM_MS && !this.ownerGone(existing.owner, scope)) throw conflict('IDEMPOTENCY_IN_PROGRESS');
        // Take over a dead request's claim; of two retries racing for it, the conditional update lets one win (and
        // in this process the running set, taken before the update, keeps a second retry out).
        this.running.add(scope);
        try {
          const taken = await repo.update({ id: existing.id, state: 'pending', createdAt: existing.createdAt, owner: existing.owner ?? IsNull() }, { createdAt: now, owner: CLAIM_OWNER });
          if (!taken.affected) throw conflict('IDEMPOTENCY_IN_PROGRESS');
        } catch (error) {
          this.running.delete(scope);
          throw error;
        }
        return { kind: 'run', scope };
      }
    }
  }

  /** Keeps the answer for retries. */
  async complete(scope: string, statusCode: number, body: unknown): Promise<void> {
    const json = body === undefined ? 'null' : JSON.stringify(body);
    const keep = Buffer.byteLength(json) <= MAX_KEPT_BYTES;
    try {
      await this.dataSource
        .getRepository(IdempotencyRecord)
        .update({ scope }, { state: 'done', statusCode, response: keep ? json : null, completedAt: this.clock.now() });
    } finally {
      this.running.delete(scope);
    }
  }

  /** The request failed and, its transaction rolled back, changed nothing: the key may be used again. */
  async release(scope: string): Promise<void> {
    try {
      await this.dataSource.getRepository(IdempotencyRecord).delete({ scope, state: 'pending' });
    } finally {
      // Released or not (the database may be down): its request has ended, so a retry may take the claim over.
      this.running.delete(scope);
    }
  }

  /** Whether a pending claim's owner can no longer be running it (see CLAIM_OWNER); false when unknown. */
  private ownerGone(owner: string | null, scope: string): boolean {
    if (owner === null) return false;
    if (owner === CLAIM_OWNER) return !this.running.has(scope);
    const m = OWNER.exec(owner);
    if (!m || m[1] !== HOST) return false;
    const pid = Number(m[2]);
    // Our own pid under another random part: the process before us in this container, gone.
    if (pid === process.pid) return true;
    try {
      process.kill(pid, 0);
      return false;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code !== 'EPERM';
    }
  }

  private async sweep(): Promise<void> {
    const now = this.clock.now().getTime();
    if (now - this.lastSweep < 60_000) return;
    this.lastSweep = now;
    await this.dataSource.getRepository(IdempotencyRecord).delete({ createdAt: LessThan(new Date(now - KEEP_MS)) });
  }
}

/**
 * Called by AuditService inside every audited change's transaction: the claim becomes `committed` exactly when the
 * change does, so a retry can never run a change twice, even if the process dies between the commit and the answer.
 */
export async function markIdempotentCommit(manager: EntityManager): Promise<void> {
  const context = requestContext();
  // An upload route whose key is not claimed yet would change data that a retry could change again: refused (the
  // transaction rolls back). Upload routes read their upload, which claims the key, before they change anything.
  if (context?.idempotentUpload) throw new Error('an Idempotency-Key upload route changed data before reading its upload (StorageService.readUpload claims the key)');
  const scope = context?.idempotencyScope;
  if (scope) await manager.update(IdempotencyRecord, { scope, state: 'pending' }, { state: 'committed' });
}
