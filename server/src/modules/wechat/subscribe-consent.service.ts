import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import type { Subject } from '../access/index.js';
import { SubscribeConsent } from './subscribe-consent.entity.js';
import { WechatBindingService } from './wechat-binding.service.js';
import type { SubscriptionsAccepted, WechatTemplates } from './wechat.schemas.js';

/** Subscribe-message consents: each one the user grants in wx.requestSubscribeMessage allows exactly one message. */
@Injectable()
export class SubscribeConsentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly bindings: WechatBindingService,
  ) {}

  templates(): WechatTemplates {
    return { statusTemplateId: this.config.wechat.statusTemplateId };
  }

  /** Records the consents the caller (their own recipient) just granted; templates the platform does not send are ignored. */
  async accept(own: Subject, templateIds: string[]): Promise<SubscriptionsAccepted> {
    const openid = await this.bindings.latestOpenidOf(this.dataSource.manager, own);
    if (!openid) throw new DomainException('WECHAT_NOT_BOUND', HttpStatus.CONFLICT);
    const known = new Set([this.config.wechat.statusTemplateId].filter(Boolean));
    const granted = [...new Set(templateIds)].filter((id) => known.has(id));
    for (const templateId of granted) await this.increment(openid, templateId);
    return { accepted: granted.length };
  }

  /** Uses up one consent atomically; false when none is left (two senders cannot both use the last one). */
  async consume(manager: EntityManager, openid: string, templateId: string): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SubscribeConsent)
      .set({ remaining: () => 'remaining - 1' })
      .where('openid = :openid AND templateId = :templateId AND remaining > 0', { openid, templateId })
      .execute();
    return result.affected === 1;
  }

  /** Gives back a consent used for a send that WeChat did not accept for a reason other than the user's refusal. */
  async refund(manager: EntityManager, openid: string, templateId: string): Promise<void> {
    await manager.increment(SubscribeConsent, { openid, templateId }, 'remaining', 1);
  }

  private async increment(openid: string, templateId: string): Promise<void> {
    const repo = this.dataSource.getRepository(SubscribeConsent);
    if ((await repo.increment({ openid, templateId }, 'remaining', 1)).affected) return;
    try {
      await repo.insert({ openid, templateId, remaining: 1 });
    } catch (error) {
      // The first consent of this template arrived twice at once: the other request created the row.
      if (!isUniqueViolation(error)) throw error;
      await repo.increment({ openid, templateId }, 'remaining', 1);
    }
  }
}
