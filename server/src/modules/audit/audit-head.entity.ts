import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The one row (id 1) holding the hash of the newest audit entry. Appending locks this row first, so concurrent
 * transactions on MySQL/MariaDB take turns and each chains to the entry the previous one wrote (a locking read of the
 * newest audit_entry itself would return the row that was newest when the read began, and two entries would claim the
 * same predecessor).
 */
@Entity('audit_head')
export class AuditHead {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'varchar', length: 64 })
  hash: string;
}
