import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal } from '../access/index.js';
import { TICKET_TTL_SECONDS, type WechatBinding, WechatBindingService, WechatClient } from '../wechat/index.js';
import type { WechatLoginResult } from './auth.schemas.js';
import { AuthService } from './auth.service.js';
import { SubjectRegistry } from './subject.js';

export type { WechatLoginResult } from './auth.schemas.js';

@Injectable()
export class WechatLoginService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly client: WechatClient,
    private readonly bindings: WechatBindingService,
    private readonly auth: AuthService,
    private readonly audit: AuditService,
    private readonly subjects: SubjectRegistry,
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
    if (binding.subjectId === null || binding.subjectType === null) return null;
    return this.subjects.principalOf(manager, { type: binding.subjectType, id: binding.subjectId });
  }
}
