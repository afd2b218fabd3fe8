import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** 证据材料: a file (PDF, image or office document, judged by content) kept with a misconduct case. */
@Entity('misconduct_evidence')
export class MisconductEvidence {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  caseId: number;

  /** The uploader's file name, for display only. */
  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'int' })
  size: number;

  /** By content (StorageService.sniff). */
  @Column({ type: 'varchar', length: 100 })
  mimeType: string;

  @Column({ type: 'datetime' })
  uploadedAt: Date;

  @Column({ type: 'varchar', length: 100 })
  uploadedBy: string;
}
