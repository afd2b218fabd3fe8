import type { EntityManager } from 'typeorm';
import { OUTBOX_STATUSES, OutboxMessage, type OutboxStatus } from './outbox-message.entity.js';

// The notification tables' queries for other modules (they never open the tables' repositories).

/** The outbox's delivery states, for other modules' schemas and filters. */
export { OUTBOX_STATUSES, type OutboxStatus } from './outbox-message.entity.js';

/** One page of the outbox (in one status, when given), newest first, and how many messages match. */
export function outboxPage(manager: EntityManager, status: OutboxStatus | undefined, skip: number, take: number): Promise<[OutboxMessage[], number]> {
  return manager.findAndCount(OutboxMessage, { where: status ? { status } : {}, order: { id: 'DESC' }, skip, take });
}

/** How many outbox messages are in each state (0 for a state with none). */
export async function outboxStatusCounts(manager: EntityManager): Promise<Record<OutboxStatus, number>> {
  const grouped = await manager
    .getRepository(OutboxMessage)
    .createQueryBuilder('o')
    .select('o.status', 'status')
    .addSelect('COUNT(*)', 'count')
    .groupBy('o.status')
    .getRawMany<{ status: OutboxStatus; count: number | string }>();
  return Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, Number(grouped.find((g) => g.status === s)?.count ?? 0)])) as Record<OutboxStatus, number>;
}
