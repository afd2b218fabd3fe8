import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A one-time code the secretariat gives a recommending unit's contact to bind their WeChat (7 days). */
@Entity('recommender_bind_code')
@Unique('UQ_recommender_bind_code_hash', ['codeHash'])
export class RecommenderBindCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  /** SHA-256 of the code; the code itself is shown once. */
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
