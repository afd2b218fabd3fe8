import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { DomainException } from '../../common/domain.exception.js';
import { isLockConflict, isUniqueViolation, writeLock } from '../../common/unique-violation.js';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import { AuditService } from '../audit/index.js';
import { LoginThrottle, type ThrottleKind } from './login-throttle.entity.js';

/** A card number or a user name: what one person's password guards. */
export interface AccountKey {
  kind: Exclude<ThrottleKind, 'address'>;
  subject: string;
}

/** What one login attempt is counted against: always its address, and the account when it names one. */
export interface AttemptKeys {
  address: string;
  account: AccountKey | null;
}

/** A refusal that says when to try again (the Retry-After header; see LoginAttemptInterceptor). */
export class ThrottledException extends DomainException {
  constructor(
    code: 'ACCOUNT_LOCKED' | 'TOO_MANY_ATTEMPTS',
    status: HttpStatus,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(code, status, { message });
  }
}

const SUBJECT_MAX = 100;
// Two attempts racing to create the same row: one insert loses on the unique key (or MariaDB picks a deadlock victim) and goes again.
const RECORD_ATTEMPTS = 5;

/** The key a user name is counted under: as typed, trimmed and case-folded (MariaDB matches names case-insensitively). */
export const accountSubject = (username: string) => username.trim().toLowerCase().slice(0, SUBJECT_MAX);

/**
 * Failed logins per account and per address, counted in the database so that every instance agrees. An account is
 * locked after `maxFailures` wrong passwords within `lockMinutes`, for `lockMinutes`; an address after
 * `addressMaxFailures` failures of any kind. Only failures count: an address that logs in successfully all day is
 * never slowed down, and a success clears its account's count (not the address's, or one good account would let an
 * address guess at others without end).
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  /**
   * Refuses an attempt from a blocked address or at a locked account, before any password is checked. Answers whether
   * the account has failures on record (only then does a success need to clear them).
   */
  async assertAllowed(keys: AttemptKeys): Promise<{ accountHasFailures: boolean }> {
    const now = this.clock.now();
    const where = [{ kind: 'address' as const, subject: keys.address.slice(0, SUBJECT_MAX) }, ...(keys.account ? [keys.account] : [])];
    const rows = await this.dataSource.getRepository(LoginThrottle).find({ where });
    const address = rows.find((r) => r.kind === 'address');
    const account = rows.find((r) => r.kind !== 'address');
    if (address && isLocked(address, now)) throw this.addressBlocked(address, now);
    if (account && isLocked(account, now)) throw this.accountLocked(account, now);
    return { accountHasFailures: account !== undefined };
  }

  /**
   * Counts a failed attempt against its address and account, atomically (the row's write lock on MariaDB, serialized
   * transactions on SQLite). Returns the refusal to answer with when this failure locked one of them, else null.
   */
  async recordFailure(keys: AttemptKeys): Promise<ThrottledException | null> {
    // Whole seconds: MariaDB's DATETIME keeps no fraction (and may round it up), which would put windowStart after now.
    const now = new Date(Math.floor(this.clock.now().getTime() / 1000) * 1000);
    const account = keys.account ? await this.count(keys.account, this.config.auth.maxFailures, this.config.auth.lockMinutes, keys.address, now) : null;
    const address = await this.count(
      { kind: 'address', subject: keys.address.slice(0, SUBJECT_MAX) },
      this.config.auth.addressMaxFailures,
      this.config.auth.addressLockMinutes,
      keys.address,
      now,
    );
    if (now.getTime() - this.lastSweep >= 10 * 60_000) {
      this.lastSweep = now.getTime();
      await this.removeStale(now);
    }
    if (account && isLocked(account, now)) return this.accountLocked(account, now);
    if (isLocked(address, now)) return this.addressBlocked(address, now);
    return null;
  }

  private lastSweep = 0;

  /**
   * Rows whose window began over a day ago count nothing any more (every window and lock is shorter) unless still
   * locked: deleted — after a failure, at most every ten minutes per process — so guessing from many addresses does
   * not grow the table without end.
   */
  async removeStale(now: Date): Promise<number> {
    const result = await this.dataSource
      .getRepository(LoginThrottle)
      .createQueryBuilder()
      .delete()
      .where('windowStart < :dayAgo', { dayAgo: new Date(now.getTime() - 24 * 3600_000) })
      .andWhere('(lockedUntil IS NULL OR lockedUntil < :now)', { now })
      .execute();
    return result.affected ?? 0;
  }

  /** A successful login clears its account's failures. */
  async recordSuccess(keys: AttemptKeys): Promise<void> {
    if (keys.account) await this.dataSource.getRepository(LoginThrottle).delete(keys.account);
  }

  /**
   * The secretariat's 解锁: clears the account's failures and lock, in the caller's transaction (the caller audits).
   * Returns what was cleared (null when there was nothing to clear).
   */
  async unlock(manager: EntityManager, account: AccountKey): Promise<{ failures: number; lockedUntil: Date | null } | null> {
    const row = await manager.findOne(LoginThrottle, { where: account, ...writeLock(manager) });
    if (!row) return null;
    await manager.delete(LoginThrottle, { id: row.id });
    const now = this.clock.now();
    return { failures: row.failures, lockedUntil: isLocked(row, now) ? row.lockedUntil : null };
  }

  /** The accounts among `subjects` that are locked now, with the time each unlocks by itself (for the console's lists). */
  async lockedUntil(kind: AccountKey['kind'], subjects: string[]): Promise<Map<string, Date>> {
    if (subjects.length === 0) return new Map();
    const now = this.clock.now();
    const rows = await this.dataSource.getRepository(LoginThrottle).findBy({ kind, subject: In(subjects) });
    return new Map(rows.filter((r) => isLocked(r, now)).map((r) => [r.subject, r.lockedUntil!]));
  }

  private async count(key: { kind: ThrottleKind; subject: string }, max: number, lockMinutes: number, address: string, now: Date): Promise<LoginThrottle> {
    const windowMs = lockMinutes * 60_000;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const row = await manager.findOne(LoginThrottle, { where: key, ...writeLock(manager) });
          if (!row) {
            const created = manager.create(LoginThrottle, { ...key, failures: 1, windowStart: now, lockedUntil: max <= 1 ? new Date(now.getTime() + windowMs) : null });
            return manager.save(created);
          }
          // A lock or a window that has run out starts the count again; so does a clock set back before the window began.
          const fresh = now < row.windowStart || now.getTime() - row.windowStart.getTime() >= windowMs || (row.lockedUntil !== null && row.lockedUntil <= now);
          const failures = fresh ? 1 : row.failures + 1;
          const wasLocked = isLocked(row, now);
          const lockedUntil = failures >= max ? new Date(now.getTime() + windowMs) : fresh ? null : row.lockedUntil;
          const windowStart = fresh ? now : row.windowStart;
          await manager.update(LoginThrottle, { id: row.id }, { failures, windowStart, lockedUntil });
          const updated = Object.assign(row, { failures, windowStart, lockedUntil });
          if (!wasLocked && isLocked(updated, now)) {
            await this.audit.record(manager, {
              actor: `address:${address}`.slice(0, 64),
              action: key.kind === 'address' ? 'login.address_blocked' : 'login.account_locked',
              entity: 'login_throttle',
              entityId: row.id,
              after: { kind: key.kind, subject: key.subject, failures, lockedUntil: lockedUntil!.toISOString() },
            });
          }
          return updated;
        });
      } catch (error) {
        if ((isUniqueViolation(error) || isLockConflict(error)) && attempt < RECORD_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  private accountLocked(row: LoginThrottle, now: Date): ThrottledException {
    const seconds = secondsLeft(row, now);
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new ThrottledException(
      'ACCOUNT_LOCKED',
      HttpStatus.LOCKED,
      `账号因多次密码错误已暂时锁定，请于 ${minutes} 分钟后再试，或联系秘书处解锁`,
      seconds,
    );
  }

  private addressBlocked(row: LoginThrottle, now: Date): ThrottledException {
    const seconds = secondsLeft(row, now);
    const minutes = Math.max(1, Math.ceil(seconds / 60));
    return new ThrottledException('TOO_MANY_ATTEMPTS', HttpStatus.TOO_MANY_REQUESTS, `登录失败次数过多，请于 ${minutes} 分钟后再试`, seconds);
  }
}

function isLocked(row: LoginThrottle, now: Date): boolean {
  // A lock set "in the future" of a clock that was moved back is still honoured only from its window's start on.
  return row.lockedUntil !== null && row.lockedUntil > now && now >= row.windowStart;
}

function secondsLeft(row: LoginThrottle, now: Date): number {
  return Math.max(1, Math.ceil((row.lockedUntil!.getTime() - now.getTime()) / 1000));
}
