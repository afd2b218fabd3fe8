import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { UserAccount } from '../account/user-account.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService, type LoginResult } from '../auth/auth.service.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { memberPrincipal } from '../member/member-principal.js';
import { TeamMember } from '../member/team-member.entity.js';
import { RegistrationCard } from '../registration-card/registration-card.entity.js';
import { Team } from '../team/team.entity.js';
import { WechatClient } from './wechat.client.js';
import type { WechatBinding } from './wechat-binding.entity.js';
import { TICKET_TTL_SECONDS, WechatBindingService } from './wechat-binding.service.js';

export type WechatLoginResult = ({ status: 'bound' } & LoginResult) | { status: 'unbound'; wechatTicket: string; expiresIn: number };

@Injectable()
export class WechatLoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly client: WechatClient,
    private readonly bindings: WechatBindingService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
  ) {}

  /** Public: a wx.login code logs in whoever the WeChat user is bound to, or yields a ticket to bind with. */
  async login(code: string): Promise<WechatLoginResult> {
    const session = await this.client.code2Session(code);
    const principal = await this.dataSource.transaction(async (manager) => {
      const binding = await this.bindings.rememberSession(manager, session);
      const bound = await this.principalOf(manager, binding);
      if (bound) await this.audit.record(manager, { actor: actorOf(bound), action: 'wechat.login', entity: 'wechat_binding', entityId: binding.openid });
      return bound;
    });
    if (principal) return { status: 'bound', ...(await this.auth.issue(principal)) };
    return { status: 'unbound', wechatTicket: await this.bindings.issueTicket(session.openid), expiresIn: TICKET_TTL_SECONDS };
  }

  /** The principal a binding logs in as, or null when unbound or its subject can no longer log in. */
  private async principalOf(manager: EntityManager, binding: WechatBinding): Promise<Principal | null> {
    if (binding.subjectId === null) return null;
    switch (binding.subjectType) {
      case 'card': {
        const card = await manager.findOneBy(RegistrationCard, { id: binding.subjectId });
        const enterprise = card && (await manager.findOneBy(Enterprise, { id: card.enterpriseId }));
        if (!card || !enterprise) return null;
        return { role: 'declarant', cardId: card.id, enterpriseId: enterprise.id, cardNo: card.cardNo, displayName: enterprise.name };
      }
      case 'member': {
        const member = await manager.findOneBy(TeamMember, { id: binding.subjectId });
        const team = member && member.removedAt === null ? await manager.findOneBy(Team, { id: member.teamId }) : null;
        if (!member || !team) return null;
        return memberPrincipal(member, team);
      }
      case 'user': {
        const account = await manager.findOneBy(UserAccount, { id: binding.subjectId });
        if (!account?.active || account.role === 'member') return null;
        return { role: account.role, userId: account.id, displayName: account.displayName, recommendingUnitId: account.recommendingUnitId };
      }
      default:
        return null;
    }
  }
}
