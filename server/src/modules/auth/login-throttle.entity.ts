import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const THROTTLE_KINDS = ['card', 'account', 'address'] as const;
/** card: a registration card number; account: a user name as typed; address: the client's IP address. */
export type ThrottleKind = (typeof THROTTLE_KINDS)[number];

/**
 * Failed logins counted in the database, so every instance behind the proxy sees the same count and lock. A row is
 * keyed by what was typed, whether or not such a card or user exists: an unknown name locks exactly like a real one.
 */
@Entity('login_throttle')
@Unique('UQ_login_throttle_kind_subject', ['kind', 'subject'])
export class LoginThrottle {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'simple-enum', enum: THROTTLE_KINDS })
  kind: ThrottleKind;

  @Column({ type: 'varchar', length: 100 })
  subject: string;

  /** Failures since windowStart. */
  @Column({ type: 'int' })
  failures: number;

  @Column({ type: 'datetime' })
  windowStart: Date;

  @Column({ type: 'datetime', nullable: true })
  lockedUntil: Date | null;
}
