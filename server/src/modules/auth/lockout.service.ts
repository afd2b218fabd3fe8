import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '../../common/domain.exception.js';
import { findAccount } from '../account/index.js';
import { AuditService } from '../audit/index.js';
import type { AccountUnlockResult } from './lockout.schemas.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { accountSubject, LoginThrottleService } from './throttle.service.js';

/** The secretariat's 解锁: a locked account may log in again at once, instead of after the lock runs out (cards: CardAuthService). */
@Injectable()
export class LockoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async unlockAccount(principal: Principal, userId: number): Promise<AccountUnlockResult> {
    requireAccess(principal, 'accounts.manage');
    return this.dataSource.transaction(async (manager) => {
      const account = await findAccount(manager, userId);
      if (!account) throw notFound();
      const cleared = await this.throttle.unlock(manager, { kind: 'account', subject: accountSubject(account.username) });
      if (cleared?.lockedUntil) {
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'user_account.unlock',
          entity: 'user_account',
          entityId: account.id,
          before: { username: account.username, failures: cleared.failures, lockedUntil: cleared.lockedUntil.toISOString() },
        });
      }
      return { username: account.username, unlocked: cleared?.lockedUntil != null };
    });
  }
}
