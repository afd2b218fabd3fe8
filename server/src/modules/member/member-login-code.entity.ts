import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** A one-time code the declarant gives a member to log in on the web (H5), where there is no WeChat. */
@Entity('member_login_code')
@Unique('UQ_member_login_code_hash', ['codeHash'])
export class MemberLoginCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  memberId: number;

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
