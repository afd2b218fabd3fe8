import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import { findAccountByUsername } from '../account/index.js';
import { AuditService } from '../audit/index.js';
import type { Principal } from '../access/index.js';
import { WechatBindingService } from '../wechat/index.js';
import { PasswordService } from './password.service.js';
import { type LoginResult, SessionService } from './session.service.js';
import { SubjectRegistry } from './subject.js';

export type { LoginResult } from './session.service.js';

// One answer for an unknown card, an unknown user and a wrong password: nothing tells which it was.
export const loginFailed = () => new DomainException('LOGIN_FAILED', HttpStatus.UNAUTHORIZED);

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly wechat: WechatBindingService,
    private readonly subjects: SubjectRegistry,
  ) {}

  /** The card login is the registration-card module's (it registers it): cards are above auth. */
  async loginWithCard(cardNoInput: string, password: string, wechatTicket?: string): Promise<LoginResult> {
    const login = this.subjects.kind('card').passwordLogin;
    if (!login) throw new Error('the card kind has no password login');
    return this.issue(await login(cardNoInput, password, wechatTicket));
  }

  async loginWithAccount(username: string, password: string, wechatTicket?: string): Promise<LoginResult> {
    const account = await findAccountByUsername(this.dataSource.manager, username.trim());
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
