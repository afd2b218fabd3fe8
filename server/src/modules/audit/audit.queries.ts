import type { EntityManager } from 'typeorm';
import { likeEscaped } from '../../common/like-pattern.js';
import { AuditEntry } from './audit-entry.entity.js';

// The audit log's queries for other modules (they never open the table's repository); writes go through AuditService.

/** Which entries to list: every field given narrows the list; instants are ISO strings (`at` is stored as toISOString()). */
export interface AuditEntryFilter {
  actor?: string;
  /** The action starts with this text (taken literally). */
  actionPrefix?: string;
  entity?: string;
  entityId?: string;
  applicationId?: number;
  from?: string;
  /** Before this instant (excluded). */
  before?: string;
  /** Up to this instant (included). */
  until?: string;
}

/** One page of the audit log, newest first, and how many entries match. */
export function auditEntriesPage(manager: EntityManager, filter: AuditEntryFilter, skip: number, take: number): Promise<[AuditEntry[], number]> {
  const builder = manager.getRepository(AuditEntry).createQueryBuilder('x').where('1 = 1');
  if (filter.actor) builder.andWhere('x.actor = :actor', { actor: filter.actor });
  if (filter.actionPrefix) builder.andWhere("x.action LIKE :action ESCAPE '!'", { action: `${likeEscaped(filter.actionPrefix)}%` });
  if (filter.entity) builder.andWhere('x.entity = :entity', { entity: filter.entity });
  if (filter.entityId) builder.andWhere('x.entityId = :entityId', { entityId: filter.entityId });
  if (filter.applicationId !== undefined) {
    builder.andWhere("x.entity = 'application' AND x.entityId = :applicationId", { applicationId: String(filter.applicationId) });
  }
  // Instants compare as text.
  if (filter.from) builder.andWhere('x.at >= :from', { from: filter.from });
  if (filter.before) builder.andWhere('x.at < :to', { to: filter.before });
  if (filter.until) builder.andWhere('x.at <= :to', { to: filter.until });
  return builder.orderBy('x.id', 'DESC').offset(skip).limit(take).getManyAndCount();
}
