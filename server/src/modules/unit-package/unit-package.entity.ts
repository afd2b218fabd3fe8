import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** One built recommendation package: letter + statistics page + excellent-list notice, merged into '<unit name>.pdf'. */
@Entity('unit_package')
@Unique('UQ_unit_package_unit_campaign_version', ['unitId', 'campaignId', 'version'])
export class UnitPackage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  unitId: number;

  @Column({ type: 'int' })
  campaignId: number;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'varchar', length: 100 })
  storageKey: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'int' })
  pageCount: number;

  @Column({ type: 'varchar', length: 120 })
  fileName: string;

  @Column({ type: 'datetime' })
  builtAt: Date;

  @Column({ type: 'varchar', length: 64 })
  builtBy: string;
}
