import { createHash } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, LessThan } from 'typeorm';
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
/** Kept answers are replayed for a day — long enough for any retry — and then swept. */
export const KEEP_MS = 24 * 3600_000;
/** Answers larger than this are not kept; a retry is told the first request succeeded. */
const MAX_KEPT_BYTES = 256 * 1024;

export interface IdempotentRequest {
  actor: string;
  method: string;
  path: string;
  key: string;
  /** The JSON body, or undefined for an upload. */
  body: unknown;
}

export type Claim = { kind: 'run'; scope: string } | { kind: 'replay'; statusCode: number; body: unknown };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

@Injectable()
export class IdempotencyService {
  private lastSweep = 0;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Claims the key for this request, or answers with what the first request with it answered. */
  async claim(request: IdempotentRequest): Promise<Claim> {
    if (!SOUND_KEY.test(request.key)) throw new DomainException('IDEMPOTENCY_KEY_INVALID', HttpStatus.BAD_REQUEST, { field: 'Idempotency-Key' });
    const scope = sha256([request.actor, request.method, request.path, request.key].join('\n'));
    const fingerprint = request.body === undefined ? null : sha256(JSON.stringify(request.body ?? null));
    await this.sweep();
    const repo = this.dataSource.getRepository(IdempotencyRecord);
    const now = this.clock.now();
    try {
      await repo.insert({ scope, actor: request.actor.slice(0, 100), method: request.method, path: request.path.slice(0, 300), fingerprint, state: 'pending', createdAt: now });
      return { kind: 'run', scope };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await repo.findOneByOrFail({ scope });
    if (existing.fingerprint !== fingerprint) throw new DomainException('IDEMPOTENCY_KEY_REUSED', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'Idempotency-Key' });
    switch (existing.state) {
      case 'done':
        // An answer too large to keep: the first request succeeded, which is what the caller needs to know.
        if (existing.response === null) throw conflict('IDEMPOTENCY_ALREADY_DONE');
        return { kind: 'replay', statusCode: existing.statusCode ?? 200, body: JSON.parse(existing.response) as unknown };
      case 'committed':
        // The change committed but its process died before the answer was kept: it is done; say so rather than redo it.
        throw conflict('IDEMPOTENCY_ALREADY_DONE');
      case 'pending': {
        if (now.getTime() - existing.createdAt.getTime() < STALE_CLAIM_MS) throw conflict('IDEMPOTENCY_IN_PROGRESS');
        // Take over a dead request's claim; of two retries racing for it, the conditional update lets one win.
        const taken = await repo.update({ id: existing.id, state: 'pending', createdAt: existing.createdAt }, { createdAt: now });
        if (!taken.affected) throw conflict('IDEMPOTENCY_IN_PROGRESS');
        return { kind: 'run', scope };
      }
    }
  }

  /** Keeps the answer for retries. */
  async complete(scope: string, statusCode: number, body: unknown): Promise<void> {
    const json = body === undefined ? 'null' : JSON.stringify(body);
    const keep = Buffer.byteLength(json) <= MAX_KEPT_BYTES;
    await this.dataSource
      .getRepository(IdempotencyRecord)
      .update({ scope }, { state: 'done', statusCode, response: keep ? json : null, completedAt: this.clock.now() });
  }

  /** The request failed and, its transaction rolled back, changed nothing: the key may be used again. */
  async release(scope: string): Promise<void> {
    await this.dataSource.getRepository(IdempotencyRecord).delete({ scope, state: 'pending' });
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
  const scope = requestContext()?.idempotencyScope;
  if (scope) await manager.update(IdempotencyRecord, { scope, state: 'pending' }, { state: 'committed' });
}
