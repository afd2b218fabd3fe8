import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isWellFormedCardNo, normalizeCardNo } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { DomainException, unprocessable } from '../../common/domain.exception.js';
import { UserAccount } from '../account/user-account.entity.js';
import { AuditService } from '../audit/index.js';
import type { Principal } from '../access/index.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { RegistrationCard } from '../registration-card/registration-card.entity.js';
import { WechatBindingService } from '../wechat/wechat-binding.service.js';
import { PasswordService } from './password.service.js';
import { type LoginResult, SessionService } from './session.service.js';

export type { LoginResult } from './session.service.js';

// One answer for an unknown card, an unknown user and a wrong password: nothing tells which it was.
const loginFailed = () => new DomainException('LOGIN_FAILED', HttpStatus.UNAUTHORIZED);

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly wechat: WechatBindingService,
  ) {}

  async loginWithCard(cardNoInput: string, password: string, wechatTicket?: string): Promise<LoginResult> {
    if (!isWellFormedCardNo(cardNoInput)) throw unprocessable('CARD_NO_MALFORMED', 'cardNo');
    const cardNo = normalizeCardNo(cardNoInput);
    const card = await this.dataSource.getRepository(RegistrationCard).findOneBy({ cardNo });
    if (!(await this.passwords.verify(card?.passwordHash ?? null, password)) || !card) throw loginFailed();
    const enterprise = await this.dataSource.getRepository(Enterprise).findOneByOrFail({ id: card.enterpriseId });
    await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      await manager.update(RegistrationCard, { id: card.id }, { lastLoginAt: now, ...(card.firstLoginAt ? {} : { firstLoginAt: now }) });
      await this.audit.record(manager, { actor: `card:${cardNo}`, action: 'card.login', entity: 'registration_card', entityId: card.id });
      await this.wechat.bindFromTicket(manager, wechatTicket, { type: 'card', id: card.id });
    });
    return this.issue({ role: 'declarant', cardId: card.id, enterpriseId: enterprise.id, cardNo, displayName: enterprise.name });
  }

  async loginWithAccount(username: string, password: string, wechatTicket?: string): Promise<LoginResult> {
    const account = await this.dataSource.getRepository(UserAccount).findOneBy({ username: username.trim() });
    const usable = account?.active ? account : null;
    if (!(await this.passwords.verify(usable?.passwordHash ?? null, password)) || !usable) throw loginFailed();
    if (usable.role === 'member') throw loginFailed();
    await this.dataSource.transaction(async (manager) => {
      await this.audit.record(manager, { actor: `user:${usable.id}`, action: 'account.login', entity: 'user_account', entityId: usable.id });
      await this.wechat.bindFromTicket(manager, wechatTicket, { type: 'user', id: usable.id });
    });
    return this.issue({ role: usable.role, userId: usable.id, displayName: usable.displayName, recommendingUnitId: usable.recommendingUnitId });
  }

  /** Opens a session and hands out its tokens; every way of logging in ends here. */
  issue(principal: Principal): Promise<LoginResult> {
    return this.sessions.start(principal);
  }
}
