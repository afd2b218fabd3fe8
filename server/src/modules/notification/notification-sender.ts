import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, LessThanOrEqual } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { SubscribeConsentService, WechatClient } from '../wechat/index.js';
import { OutboxMessage } from './outbox-message.entity.js';

const BATCH = 50;
export const MAX_ATTEMPTS = 6;
// How long a claimed row is left alone: if this process dies mid-send, another picks the row up after this.
const CLAIM_LEASE_MS = 5 * 60_000;

/** Delay before the next attempt after `attempts` failed ones: 30 s, 2 min, 8 min, 32 min, … */
export function retryDelayMs(attempts: number): number {
  return 30_000 * 4 ** (attempts - 1);
}

/** Delivers due outbox rows as WeChat subscribe messages; safe to run in several server instances at once. */
@Injectable()
export class NotificationSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(NotificationSender.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly client: WechatClient,
    private readonly consents: SubscribeConsentService,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.wechat.senderIntervalMs;
    if (interval <= 0) return;
    this.timer = setInterval(() => {
      // A tick that finds the previous run still going skips; rows are claimed in the database either way.
      this.running ??= this.runOnce()
        .catch((error: unknown) => {
          this.logger.error(`outbox run failed: ${(error as Error).message}`);
          return 0;
        })
        .finally(() => {
          this.running = null;
        });
    }, interval);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Sends what is due now; returns how many rows this call claimed. */
  async runOnce(): Promise<number> {
    const due = await this.dataSource.getRepository(OutboxMessage).find({
      where: { status: 'pending', nextAttemptAt: LessThanOrEqual(this.clock.now()) },
      order: { nextAttemptAt: 'ASC', id: 'ASC' },
      take: BATCH,
    });
    let claimed = 0;
    for (const row of due) {
      if (!(await this.claim(row))) continue;
      claimed++;
      await this.deliver({ ...row, attempts: row.attempts + 1 });
    }
    return claimed;
  }

  /** Takes the row for this run only if nobody else has since: the attempt count is the row's version. */
  private async claim(row: OutboxMessage): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ attempts: () => 'attempts + 1', nextAttemptAt: new Date(this.clock.now().getTime() + CLAIM_LEASE_MS) })
      .where('id = :id AND status = :status AND attempts = :attempts', { id: row.id, status: 'pending', attempts: row.attempts })
      .execute();
    return result.affected === 1;
  }

  private async deliver(row: OutboxMessage): Promise<void> {
    const manager = this.dataSource.manager;
    if (!(await this.consents.consume(manager, row.openid, row.template))) {
      await manager.update(OutboxMessage, { id: row.id }, { status: 'refused', lastError: '用户未同意接收此类订阅消息' });
      return;
    }
    const result = await this.client.sendSubscribeMessage({ openid: row.openid, templateId: row.template, page: row.payload.page, data: row.payload.data });
    const now = this.clock.now();
    switch (result.outcome) {
      case 'sent':
        await manager.update(OutboxMessage, { id: row.id }, { status: 'sent', sentAt: now, lastError: null });
        return;
      case 'refused':
        await manager.update(OutboxMessage, { id: row.id }, { status: 'refused', lastError: result.error });
        return;
      case 'failed': {
        await this.consents.refund(manager, row.openid, row.template);
        const final = row.attempts >= MAX_ATTEMPTS;
        await manager.update(OutboxMessage, { id: row.id }, {
          status: final ? 'failed' : 'pending',
          lastError: result.error,
          nextAttemptAt: final ? now : new Date(now.getTime() + retryDelayMs(row.attempts)),
        });
        return;
      }
    }
  }
}
