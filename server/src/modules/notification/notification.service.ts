import { Inject, Injectable } from '@nestjs/common';
import { APPLICATION_STATUS_LABEL, type ApplicationStatus } from '@cacem/shared';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { currentMemberIds } from '../member/index.js';
import { cardIdsOfEnterprise } from '../registration-card/index.js';
import { findTeam } from '../team/index.js';
import { boundOpenids } from '../wechat/index.js';
import { InboxMessage } from './inbox-message.entity.js';
import { OutboxMessage, type SubscribePayload } from './outbox-message.entity.js';
import type { Recipient } from './recipient.js';

export interface Message {
  title: string;
  body: string;
  applicationId?: number | null;
  /** Also send as a WeChat subscribe message to recipients with a bound openid. */
  wechat?: { templateId: string } & SubscribePayload;
}

export interface StatusChange {
  applicationId: number;
  teamId: number;
  enterpriseId: number;
  from: ApplicationStatus;
  to: ApplicationStatus;
  at: Date;
  /** Why, when the step has one (a recommending unit's reason for declining). */
  reason?: string | null;
}

/** The mini-program page a status message opens. */
export const STATUS_PAGE = 'pages/index/index';

// WeChat's `thing` fields take at most 20 characters.
export const thing = (text: string) => ({ value: text.length > 20 ? `${text.slice(0, 19)}…` : text });

/** 'yyyy-mm-dd hh:mm' in China time, as the subscribe message's `time` field expects. */
export function chinaTime(at: Date): string {
  return new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

@Injectable()
export class NotificationService {
  constructor(
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  /**
   * Writes, inside the caller's transaction, one inbox message per recipient and, when the message has a WeChat
   * form, one outbox row per bound openid of those recipients. Delivery to WeChat happens later (NotificationSender).
   */
  async notify(manager: EntityManager, recipients: Recipient[], message: Message): Promise<void> {
    const unique = [...new Map(recipients.map((r) => [`${r.type}:${r.id}`, r])).values()];
    if (unique.length === 0) return;
    await manager.insert(
      InboxMessage,
      unique.map((r) => ({ recipientType: r.type, recipientId: r.id, title: message.title, body: message.body, applicationId: message.applicationId ?? null })),
    );
    if (!message.wechat) return;
    const { templateId, page, data } = message.wechat;
    const bindings = await boundOpenids(manager, unique);
    if (bindings.length === 0) return;
    const now = this.clock.now();
    await manager.insert(
      OutboxMessage,
      bindings.map((b) => ({
        recipientType: b.subject.type,
        recipientId: b.subject.id,
        openid: b.openid,
        template: templateId,
        payload: { page, data },
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        sentAt: null,
      })),
    );
  }

  /** Tells the team's declarant (card holders) and every active member that the team's application changed status. */
  async recordStatusChange(manager: EntityManager, change: StatusChange): Promise<void> {
    const team = await findTeam(manager, change.teamId);
    if (!team) throw new Error(`team ${change.teamId} is missing`);
    const cards = await cardIdsOfEnterprise(manager, change.enterpriseId);
    const members = await currentMemberIds(manager, change.teamId);
    const label = APPLICATION_STATUS_LABEL[change.to];
    const templateId = this.config.wechat.statusTemplateId;
    await this.notify(manager, [...cards.map((id) => ({ type: 'card' as const, id })), ...members.map((id) => ({ type: 'member' as const, id }))], {
      title: '申报状态更新',
      // The inbox keeps 500 characters; a reason of up to 500 is cut rather than refused.
      body: `您的班组「${team.name}」的申报状态已变为：${label}${change.reason ? `。原因：${change.reason}` : ''}`.slice(0, 500),
      applicationId: change.applicationId,
      // Fields of the status template: 班组名称 thing1, 申报状态 thing2, 更新时间 time3.
      wechat: templateId
        ? { templateId, page: STATUS_PAGE, data: { thing1: thing(team.name), thing2: thing(label), time3: { value: chinaTime(change.at) } } }
        : undefined,
    });
  }
}
