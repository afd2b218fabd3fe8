import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** 推荐单位: the associations and central enterprises of Annex 2 that recommend teams. */
@Entity('recommending_unit')
@Unique('UQ_recommending_unit_seq', ['seq'])
@Unique('UQ_recommending_unit_name', ['name'])
export class RecommendingUnit {
  @PrimaryGeneratedColumn()
  id: number;

  /** Position in the notice's Annex 2 list. */
  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
