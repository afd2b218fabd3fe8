import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const SESSION_SUBJECT_TYPES = ['card', 'member', 'user'] as const;
/** Who a session logs in: a registration card (declarant), a team member, or a user account (staff). */
export type SessionSubjectType = (typeof SESSION_SUBJECT_TYPES)[number];

export const SESSION_REVOKE_REASONS = ['logout', 'refresh_reuse', 'password_reset', 'account_inactive'] as const;
export type SessionRevokeReason = (typeof SESSION_REVOKE_REASONS)[number];

/**
 * One login. Access tokens name it (sid) and the guard looks it up on every request, so ending it — logout, a password
 * reset, a stolen refresh token — ends every token it issued at once. Times are the real time, like the tokens' own
 * expiry: the Clock that tests move through the season does not age sessions.
 */
@Entity('auth_session')
@Index('IDX_auth_session_subject', ['subjectType', 'subjectId'])
export class AuthSession {
  /** 128 random bits, hex: not guessable, so a refresh attempt naming it came from someone who held one of its tokens. */
  @PrimaryColumn({ type: 'varchar', length: 32 })
  id: string;

  @Column({ type: 'simple-enum', enum: SESSION_SUBJECT_TYPES })
  subjectType: SessionSubjectType;

  @Column({ type: 'int' })
  subjectId: number;

  /** SHA-256 of the refresh token in force; the token itself is only ever in the client's hands. */
  @Column({ type: 'varchar', length: 64 })
  refreshHash: string;

  /** SHA-256 of the token it replaced, to tell two tabs refreshing at once from a replayed token. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  previousRefreshHash: string | null;

  @Column({ type: 'datetime', nullable: true })
  rotatedAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  /** The login or the latest refresh. */
  @Column({ type: 'datetime' })
  lastUsedAt: Date;

  /** When the refresh token in force stops working (never later than createdAt + SESSION_MAX_SECONDS). */
  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  revokedReason: SessionRevokeReason | null;
}
