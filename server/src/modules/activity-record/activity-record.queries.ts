import { Between, type EntityManager, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { ActivityRecord } from './activity-record.entity.js';

// The activity records' queries for other modules (they never open the table's repository).

/** How many records the team has dated from `from` to `to` (yyyy-mm-dd, both included). */
export function countActivityRecords(manager: EntityManager, teamId: number, from: string, to: string): Promise<number> {
  return manager.countBy(ActivityRecord, { teamId, date: Between(from, to) });
}

/**
 * Adds to another module's query, as the column `as`, how many records the team `teamIdColumn` has dated between the
 * query's parameters `:from` and `:to` (yyyy-mm-dd, both included): one sub-select, the query stays one statement.
 */
export function addActivityRecordCount<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, teamIdColumn: string, as: string): SelectQueryBuilder<T> {
  return qb.addSelect((count) => count.select('COUNT(1)').from(ActivityRecord, 'r').where(`r.teamId = ${teamIdColumn}`).andWhere('r.date BETWEEN :from AND :to'), as);
}
