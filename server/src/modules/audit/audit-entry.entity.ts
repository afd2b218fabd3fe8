import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One append-only audit record; `hash` chains it to the previous entry so an edit or deletion is detectable. */
@Entity('audit_entry')
@Unique('UQ_audit_entry_prevHash', ['prevHash'])
@Unique('UQ_audit_entry_hash', ['hash'])
export class AuditEntry {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  actor: string;

  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  entity: string;

  @Column({ type: 'varchar', length: 40 })
  entityId: string;

  @Column({ type: 'simple-json', nullable: true })
  before: unknown;

  @Column({ type: 'simple-json', nullable: true })
  after: unknown;

  /** ISO timestamp as hashed, so the chain verifies without depending on the database's date handling. */
  @Column({ type: 'varchar', length: 30 })
  at: string;

  /** Unique, so two writers that raced from the same predecessor cannot both land and fork the chain. */
  /** The caller's role in the request (secretariat, expert, …); null outside a request or before the caller is known. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  role: string | null;

  /** The request's id, as in the log and the X-Request-Id answer header; null outside a request. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
