import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const MATERIAL_KINDS = ['pdf', 'ppt'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** 申报材料 (第七条): one uploaded version of the PDF or the PPT; replacing adds a version, the highest is current. */
@Entity('material')
@Unique('UQ_material_application_kind_version', ['applicationId', 'kind', 'version'])
export class Material {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  applicationId: number;

  @Column({ type: 'simple-enum', enum: MATERIAL_KINDS })
  kind: MaterialKind;

  @Column({ type: 'int' })
  version: number;

  /** The name on the uploader's device, for display; the type was judged by content. */
  @Column({ type: 'varchar', length: 255 })
  originalName: string;

  @Column({ type: 'varchar', length: 100 })
  mime: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  @CreateDateColumn()
  uploadedAt: Date;

  @Column({ type: 'varchar', length: 64 })
  uploadedBy: string;
}
