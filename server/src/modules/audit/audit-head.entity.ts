import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one row (id 1) naming the newest audit entry: its hash, its id and how many entries the chain holds. Appending
 * locks this row first, so concurrent transactions on MySQL/MariaDB take turns and each chains to the entry the
 * previous one wrote (a locking read of the newest audit_entry itself would return the row that was newest when the
 * read began, and two entries would claim the same predecessor).
 *
 * The migration writes it (genesis, 0, 0) before any entry exists, so a missing row is itself a sign of tampering; a
 * row naming an earlier entry than the last, or fewer entries than there are, is one too (AuditService.verifyChain).
 */
@Entity('audit_head')
export class AuditHead {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  /** The newest entry's id; 0 while the log is empty. */
  @Column({ type: 'int', default: 0 })
  lastId: number;

  /** How many entries the chain holds. */
  @Column({ type: 'int', default: 0 })
  entries: number;
}
