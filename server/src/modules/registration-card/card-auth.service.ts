import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isWellFormedCardNo, normalizeCardNo } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { notFound, unprocessable } from '../../common/domain.exception.js';
import { actorOf, type DeclarantPrincipal, type Principal, requireAccess } from '../access/index.js';
import { AuditService } from '../audit/index.js';
import { type CardUnlockResult, loginFailed, LoginThrottleService, PasswordService, SubjectRegistry } from '../auth/index.js';
import { findEnterprise } from '../enterprise/index.js';
import { WechatBindingService } from '../wechat/index.js';
import { RegistrationCard } from './registration-card.entity.js';

/** How a card logs in (POST /auth/card-login, a refresh, WeChat) and is unlocked: told to auth, which sits below cards. */
@Injectable()
export class CardAuthService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subjects: SubjectRegistry,
    private readonly passwords: PasswordService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly wechat: WechatBindingService,
  ) {}

  onModuleInit(): void {
    this.subjects.register('card', {
      principalOf: (manager, id) => this.principalOf(manager, id),
      passwordLogin: (cardNo, password, wechatTicket) => this.login(cardNo, password, wechatTicket),
    });
  }

  /** The declarant a card logs in as now (its enterprise's current name), or null when the card is gone. */
  async principalOf(manager: EntityManager, id: number): Promise<DeclarantPrincipal | null> {
    const card = await manager.findOneBy(RegistrationCard, { id });
    const enterprise = card && (await findEnterprise(manager, card.enterpriseId));
    if (!card || !enterprise) return null;
    return { role: 'declarant', cardId: card.id, enterpriseId: enterprise.id, cardNo: card.cardNo, displayName: enterprise.name };
  }

  /** Checks the card number and password, records the login (and binds WeChat when a ticket comes with it). */
  async login(cardNoInput: string, password: string, wechatTicket?: string): Promise<DeclarantPrincipal> {
    if (!isWellFormedCardNo(cardNoInput)) throw unprocessable('CARD_NO_MALFORMED', 'cardNo');
    const cardNo = normalizeCardNo(cardNoInput);
    const card = await this.dataSource.getRepository(RegistrationCard).findOneBy({ cardNo });
    if (!(await this.passwords.verify(card?.passwordHash ?? null, password)) || !card) throw loginFailed();
    const enterprise = await findEnterprise(this.dataSource.manager, card.enterpriseId);
    if (!enterprise) throw new Error(`the enterprise of card ${card.id} is missing`);
    await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      await manager.update(RegistrationCard, { id: card.id }, { lastLoginAt: now, ...(card.firstLoginAt ? {} : { firstLoginAt: now }) });
      await this.audit.record(manager, { actor: `card:${cardNo}`, action: 'card.login', entity: 'registration_card', entityId: card.id });
      await this.wechat.bindFromTicket(manager, wechatTicket, { type: 'card', id: card.id }, `card:${card.cardNo}`);
    });
    return { role: 'declarant', cardId: card.id, enterpriseId: enterprise.id, cardNo, displayName: enterprise.name };
  }

  /** The secretariat's 解锁 of a card locked after wrong passwords: it may log in again at once. */
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
}
