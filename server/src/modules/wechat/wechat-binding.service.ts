import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { EntityManager } from 'typeorm';
import { unprocessable } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { AuditService } from '../audit/index.js';
import type { Subject } from '../access/index.js';
import type { WechatSession } from './wechat.client.js';
import { WechatBinding } from './wechat-binding.entity.js';

const TICKET_TYPE = 'wechat-ticket';
export const TICKET_TTL_SECONDS = 600;

/** Which WeChat user logs in as whom. Other logins (card, account, team invite) call bindFromTicket. */
@Injectable()
export class WechatBindingService {
  constructor(
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
  ) {}

  /** A short-lived signed proof that this openid just passed code2Session; it carries no session key. */
  issueTicket(openid: string): Promise<string> {
    return this.jwt.signAsync({ wx: openid, typ: TICKET_TYPE }, { expiresIn: TICKET_TTL_SECONDS });
  }

  /** Keeps the latest session key of an openid, creating its (not yet bound) row on first sight. */
  async rememberSession(manager: EntityManager, session: WechatSession): Promise<WechatBinding> {
    const fields = { sessionKey: session.sessionKey, ...(session.unionid ? { unionid: session.unionid } : {}) };
    const existing = await manager.findOneBy(WechatBinding, { openid: session.openid });
    if (existing) {
      await manager.update(WechatBinding, { id: existing.id }, fields);
      return { ...existing, ...fields };
    }
    try {
      return await manager.save(manager.create(WechatBinding, { openid: session.openid, subjectType: null, subjectId: null, unionid: null, ...fields }));
    } catch (error) {
      // Two first logins of the same person at once: the other one created the row.
      if (!isUniqueViolation(error)) throw error;
      await manager.update(WechatBinding, { openid: session.openid }, fields);
      return manager.findOneByOrFail(WechatBinding, { openid: session.openid });
    }
  }

  /**
   * Binds the WeChat user named by a wechat-login ticket to the subject that just logged in, inside the caller's
   * transaction; no ticket, nothing to do. A later binding of the same openid replaces the earlier one. `actor` is who
   * the audit names (a card binds as `card:<cardNo>`, which only its caller knows); by default `<type>:<id>`.
   */
  async bindFromTicket(
    manager: EntityManager,
    ticket: string | null | undefined,
    subject: Subject,
    actor = `${subject.type}:${subject.id}`,
  ): Promise<void> {
    if (!ticket) return;
    const openid = await this.openidOf(ticket);
    const existing = await manager.findOneBy(WechatBinding, { openid });
    if (existing?.subjectType === subject.type && existing.subjectId === subject.id) return;
    if (existing) {
      await manager.update(WechatBinding, { id: existing.id }, { subjectType: subject.type, subjectId: subject.id });
    } else {
      await manager.insert(WechatBinding, { openid, subjectType: subject.type, subjectId: subject.id, sessionKey: '', unionid: null });
    }
    const before = existing?.subjectType ? { subjectType: existing.subjectType, subjectId: existing.subjectId } : null;
    await this.audit.record(manager, {
      actor,
      action: 'wechat.bind',
      entity: 'wechat_binding',
      entityId: openid,
      before,
      after: { subjectType: subject.type, subjectId: subject.id },
    });
  }

  /** The most recently used bound openid of a subject (a card may be used from several phones). */
  async latestOpenidOf(manager: EntityManager, subject: Subject): Promise<string | null> {
    const binding = await manager.findOne(WechatBinding, {
      where: { subjectType: subject.type, subjectId: subject.id },
      order: { updatedAt: 'DESC', id: 'DESC' },
    });
    return binding?.openid ?? null;
  }

  private async openidOf(ticket: string): Promise<string> {
    const payload = await this.jwt.verifyAsync<{ wx?: unknown; typ?: unknown }>(ticket).catch(() => null);
    if (!payload || payload.typ !== TICKET_TYPE || typeof payload.wx !== 'string') throw unprocessable('WECHAT_TICKET_INVALID', 'wechatTicket');
    return payload.wx;
  }
}
