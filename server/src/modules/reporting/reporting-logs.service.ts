import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import { AuditService } from '../audit/index.js';
import { type Principal, requireAccess } from '../access/index.js';
import { UserAccount } from '../account/user-account.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { TeamMember } from '../member/team-member.entity.js';
import { OUTBOX_STATUSES, OutboxMessage, type OutboxStatus } from '../notification/outbox-message.entity.js';
import { RegistrationCard } from '../registration-card/registration-card.entity.js';
import { likeEscaped } from './like-pattern.js';
import type { AuditVerification, ConsoleAuditPage, ConsoleOutboxPage } from './reporting.schemas.js';
import { type ConsoleAuditQueryDto, type ConsoleOutboxQueryDto, DATE_ONLY } from './dto/reporting.dto.js';

/**
 * Reporting for the secretariat, the logs: the audit log with people's names (and its hash chain checked), and the WeChat outbox. Reads
 * only; each list pages in the database and every name is looked up in one batch per page.
 */
@Injectable()
export class ReportingLogsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async auditLog(principal: Principal, query: ConsoleAuditQueryDto): Promise<ConsoleAuditPage> {
    requireAccess(principal, 'console.read');
    const manager = this.dataSource.manager;
    const builder = manager.getRepository(AuditEntry).createQueryBuilder('x').where('1 = 1');
    if (query.actor) builder.andWhere('x.actor = :actor', { actor: query.actor });
    if (query.action) builder.andWhere("x.action LIKE :action ESCAPE '!'", { action: `${likeEscaped(query.action)}%` });
    if (query.entity) builder.andWhere('x.entity = :entity', { entity: query.entity });
    if (query.entityId) builder.andWhere('x.entityId = :entityId', { entityId: query.entityId });
    if (query.applicationId !== undefined) {
      builder.andWhere("x.entity = 'application' AND x.entityId = :applicationId", { applicationId: String(query.applicationId) });
    }
    // `at` is stored as toISOString(), so instants compare as text.
    if (query.from) builder.andWhere('x.at >= :from', { from: instant(query.from, 'from').toISOString() });
    if (query.to) {
      if (DATE_ONLY.test(query.to)) builder.andWhere('x.at < :to', { to: new Date(instant(query.to, 'to').getTime() + 86_400_000).toISOString() });
      else builder.andWhere('x.at <= :to', { to: instant(query.to, 'to').toISOString() });
    }
    const [entries, total] = await builder
      .orderBy('x.id', 'DESC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    const labels = await this.actorLabels(manager, entries.map((e) => e.actor));
    const items = entries.map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.actor,
      actorLabel: labels.get(e.actor) ?? e.actor,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      role: e.role,
      requestId: e.requestId,
      before: e.before ?? null,
      after: e.after ?? null,
    }));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  async verifyAudit(principal: Principal): Promise<AuditVerification> {
    requireAccess(principal, 'console.read');
    return this.audit.verifyChain();
  }

  async outbox(principal: Principal, query: ConsoleOutboxQueryDto): Promise<ConsoleOutboxPage> {
    requireAccess(principal, 'console.read');
    const manager = this.dataSource.manager;
    const [rows, total] = await manager.findAndCount(OutboxMessage, {
      where: query.status ? { status: query.status } : {},
      order: { id: 'DESC' },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
    });
    const grouped = await manager
      .getRepository(OutboxMessage)
      .createQueryBuilder('o')
      .select('o.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('o.status')
      .getRawMany<{ status: OutboxStatus; count: number | string }>();
    const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, Number(grouped.find((g) => g.status === s)?.count ?? 0)])) as Record<OutboxStatus, number>;
    const items = rows.map((o) => ({
      id: o.id,
      recipientType: o.recipientType,
      recipientId: o.recipientId,
      template: o.template,
      status: o.status,
      attempts: o.attempts,
      nextAttemptAt: o.nextAttemptAt,
      lastError: o.lastError,
      sentAt: o.sentAt,
    }));
    return { items, total, page: query.page, pageSize: query.pageSize, counts };
  }

  /** Who each audit actor is, as people read it: one query per kind of actor. */
  private async actorLabels(manager: EntityManager, actors: string[]): Promise<Map<string, string>> {
    const labels = new Map<string, string>();
    const idsOf = (prefix: string) => [
      ...new Set(
        actors
          .filter((a) => a.startsWith(prefix))
          .map((a) => Number(a.slice(prefix.length)))
          .filter((n) => Number.isInteger(n) && n > 0),
      ),
    ];
    const userIds = idsOf('user:');
    if (userIds.length) {
      for (const u of await manager.find(UserAccount, { select: { id: true, displayName: true }, where: { id: In(userIds) } })) labels.set(`user:${u.id}`, u.displayName);
    }
    const memberIds = idsOf('member:');
    if (memberIds.length) {
      for (const m of await manager.find(TeamMember, { select: { id: true, name: true }, where: { id: In(memberIds) } })) labels.set(`member:${m.id}`, m.name);
    }
    const cardNos = [...new Set(actors.filter((a) => a.startsWith('card:')).map((a) => a.slice('card:'.length)))];
    if (cardNos.length) {
      const cards = await manager.find(RegistrationCard, { select: { id: true, cardNo: true, enterpriseId: true }, where: { cardNo: In(cardNos) } });
      const enterprises = cards.length
        ? new Map((await manager.find(Enterprise, { select: { id: true, name: true }, where: { id: In([...new Set(cards.map((c) => c.enterpriseId))]) } })).map((e) => [e.id, e.name]))
        : new Map<number, string>();
      for (const c of cards) {
        const name = enterprises.get(c.enterpriseId);
        if (name !== undefined) labels.set(`card:${c.cardNo}`, name);
      }
    }
    return labels;
  }
}

/**
 * A query's ISO date or time as an instant: a date alone is Beijing midnight of that day, a time without a zone is
 * Beijing time. Forms the validator lets through but Date cannot read (week or ordinal dates) are refused.
 */
function instant(value: string, field: 'from' | 'to'): Date {
  const text = DATE_ONLY.test(value) ? `${value}T00:00:00+08:00` : /T.*(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}+08:00`;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    throw new DomainException('FIELD_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, {
      field,
      message: `${field === 'from' ? '起始时间' : '截止时间'}应为 ISO 8601 日期或时间，如 2026-07-01 或 2026-07-01T08:00:00+08:00`,
    });
  }
  return date;
}
