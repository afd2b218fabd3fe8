import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

export type IdempotencyState = 'pending' | 'committed' | 'done';

/**
 * One use of an Idempotency-Key: a client that did not hear the answer (a building site's signal) sends the same
 * request again with the same key and gets the first answer back instead of a second submission or upload.
 *
 * pending   — claimed by the request now running (or by one whose process died before it committed);
 * committed — the request's change committed (marked inside the change's own transaction), its answer not yet kept;
 * done      — the answer is kept and is replayed to a retry.
 */
@Entity('idempotency_record')
@Unique('UQ_idempotency_record_scope', ['scope'])
export class IdempotencyRecord {
  @PrimaryGeneratedColumn()
  id: number;

  /** SHA-256 of caller and key: the same key from another caller is another record; on another route it is refused. */
  @Column({ type: 'varchar', length: 64 })
  scope: string;

  @Column({ type: 'varchar', length: 100 })
  actor: string;

  @Column({ type: 'varchar', length: 8 })
  method: string;

  @Column({ type: 'varchar', length: 300 })
  path: string;

  /**
   * SHA-256 of method, path and what was asked: a JSON body and query, or an upload's fields, file name, size and the
   * file's SHA-256 (computed as it streamed to disk). The same key with another fingerprint is refused. Null only in
   * rows kept from before uploads were fingerprinted.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fingerprint: string | null;

  @Column({ type: 'varchar', length: 12 })
  state: IdempotencyState;

  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  /** The answer's JSON, replayed to a retry. */
  @Column({ type: 'text', nullable: true })
  response: string | null;

  /** Indexed: kept answers are swept by age. */
  @Index('IDX_idempotency_record_created')
  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  completedAt: Date | null;

  /** Who claimed it: `host-pid-random` of the process (CLAIM_OWNER), so a retry can tell a dead process's claim from a live one's. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  owner: string | null;
}
