import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { ACCOUNT_ROLES, type AccountRole } from '../access/index.js';


/** A person who logs in with a user name and password (declarants log in with a registration card instead). */
@Entity('user_account')
@Unique('UQ_user_account_username', ['username'])
export class UserAccount {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 50 })
  username: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'simple-enum', enum: ACCOUNT_ROLES })
  role: AccountRole;

  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  @Column({ type: 'int', nullable: true })
  recommendingUnitId: number | null;

  @Column({ type: 'int', nullable: true })
  teamId: number | null;

  /** A recommending unit's contact's mobile, for the secretariat. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  mobile: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn()
  createdAt: Date;
}
