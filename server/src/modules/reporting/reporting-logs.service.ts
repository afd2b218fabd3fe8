import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import { type Principal, requireAccess } from '../access/index.js';
import { accountsById } from '../account/index.js';
import { type AuditEntryFilter, auditEntriesPage, AuditService } from '../audit/index.js';
import { enterprisesById } from '../enterprise/index.js';
import { membersById } from '../member/index.js';
import { outboxPage, outboxStatusCounts } from '../notification/index.js';
import { cardsByNo } from '../registration-card/index.js';
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
    const filter: AuditEntryFilter = {
      actor: query.actor,
      actionPrefix: query.action,
      entity: query.entity,
      entityId: query.entityId,
      applicationId: query.applicationId,
      from: query.from ? instant(query.from, 'from').toISOString() : undefined,
    };
    if (query.to) {
      // A date alone takes in its whole (Beijing) day.
      if (DATE_ONLY.test(query.to)) filter.before = new Date(instant(query.to, 'to').getTime() + 86_400_000).toISOString();
      else filter.until = instant(query.to, 'to').toISOString();
    }
    const [entries, total] = await auditEntriesPage(manager, filter, (query.page - 1) * query.pageSize, query.pageSize);
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
    const [rows, total] = await outboxPage(manager, query.status, (query.page - 1) * query.pageSize, query.pageSize);
    const counts = await outboxStatusCounts(manager);
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
    for (const u of (await accountsById(manager, idsOf('user:'))).values()) labels.set(`user:${u.id}`, u.displayName);
    for (const m of (await membersById(manager, idsOf('member:'))).values()) labels.set(`member:${m.id}`, m.name);
    const cards = await cardsByNo(manager, actors.filter((a) => a.startsWith('card:')).map((a) => a.slice('card:'.length)));
    const enterprises = await enterprisesById(manager, cards.map((c) => c.enterpriseId));
    for (const c of cards) {
      const name = enterprises.get(c.enterpriseId)?.name;
      if (name !== undefined) labels.set(`card:${c.cardNo}`, name);
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
