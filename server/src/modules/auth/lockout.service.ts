import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '../../common/domain.exception.js';
import { UserAccount } from '../account/user-account.entity.js';
import { AuditService } from '../audit/index.js';
import { RegistrationCard } from '../registration-card/registration-card.entity.js';
import type { AccountUnlockResult, CardUnlockResult } from './lockout.schemas.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { accountSubject, LoginThrottleService } from './throttle.service.js';

/** The secretariat's 解锁: a locked card or account may log in again at once, instead of after the lock runs out. */
@Injectable()
export class LockoutService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async unlockCard(principal: Principal, cardId: number): Promise<CardUnlockResult> {
    requireAccess(principal, 'cards.manage');
    return this.dataSource.transaction(async (manager) => {
      const card = await manager.findOneBy(RegistrationCard, { id: cardId });
      if (!card) throw notFound('REGISTRATION_CARD_NOT_FOUND');
      const cleared = await this.throttle.unlock(manager, { kind: 'card', subject: card.cardNo });
      if (cleared?.lockedUntil) {
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'registration_card.unlock',
          entity: 'registration_card',
          entityId: card.id,
          before: { cardNo: card.cardNo, failures: cleared.failures, lockedUntil: cleared.lockedUntil.toISOString() },
        });
      }
      return { cardNo: card.cardNo, unlocked: cleared?.lockedUntil != null };
    });
  }

  async unlockAccount(principal: Principal, userId: number): Promise<AccountUnlockResult> {
    requireAccess(principal, 'accounts.manage');
    return this.dataSource.transaction(async (manager) => {
      const account = await manager.findOneBy(UserAccount, { id: userId });
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
