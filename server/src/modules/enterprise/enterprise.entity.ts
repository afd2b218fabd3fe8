import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** 申报企业 */
@Entity('enterprise')
@Unique('UQ_enterprise_creditCode', ['creditCode'])
export class Enterprise {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** 统一社会信用代码, unique once recorded. */
  @Column({ type: 'varchar', length: 18, nullable: true })
  creditCode: string | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
