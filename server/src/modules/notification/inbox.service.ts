import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, IsNull } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { notFound } from '../../common/domain.exception.js';
import type { PageQueryDto } from '../../common/page-query.dto.js';
import { InboxMessage } from './inbox-message.entity.js';
import type { InboxItem, InboxPage } from './inbox.schemas.js';
import type { Recipient } from './recipient.js';

export type { InboxItem } from './inbox.schemas.js';

const view = (m: InboxMessage): InboxItem => ({ id: m.id, title: m.title, body: m.body, applicationId: m.applicationId, createdAt: m.createdAt, readAt: m.readAt });

@Injectable()
export class InboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The caller's own mailbox (recipientOf their principal): anyone logged in reads their own, no one another's. */
  async list(own: Recipient, query: PageQueryDto): Promise<InboxPage> {
    const repo = this.dataSource.getRepository(InboxMessage);
    const where = { recipientType: own.type, recipientId: own.id };
    const [items, total] = await repo.findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const unread = await repo.countBy({ ...where, readAt: IsNull() });
    return { items: items.map(view), total, unread, page: query.page, pageSize: query.pageSize };
  }

  /** Marks one of the caller's own messages read; someone else's answers 404 so ids cannot be probed. */
  async markRead(own: Recipient, id: number): Promise<void> {
    const repo = this.dataSource.getRepository(InboxMessage);
    const message = await repo.findOneBy({ id, recipientType: own.type, recipientId: own.id });
    if (!message) throw notFound('INBOX_MESSAGE_NOT_FOUND');
    if (message.readAt === null) await repo.update({ id, readAt: IsNull() }, { readAt: this.clock.now() });
  }
}
