import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const PACKAGE_FILE_KINDS = ['letter', 'excellent_list'] as const;
export type PackageFileKind = (typeof PACKAGE_FILE_KINDS)[number];

/** An uploaded part of the package (推荐函, 优秀名单公布通知); replacing adds a version, the highest is current. */
@Entity('unit_package_file')
@Unique('UQ_unit_package_file_version', ['unitId', 'campaignId', 'kind', 'version'])
export class UnitPackageFile {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'simple-enum', enum: PACKAGE_FILE_KINDS })
  kind: PackageFileKind;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 255 })
  originalName: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'int' })
  pageCount: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  @CreateDateColumn()
  uploadedAt: Date;

  @Column({ type: 'varchar', length: 64 })
  uploadedBy: string;
}
