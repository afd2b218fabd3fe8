import type { Grade } from '@cacem/shared';
import { type EntityManager, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { columnReader, type RawReader } from '../../common/column-reader.js';
import { GradeResult } from './grade-result.entity.js';

// The grade results' queries for other modules (they never open the table's repository).

/** The grade rows of these applications, keyed by application id, in one query (none for no ids). */
export async function gradesByApplication(manager: EntityManager, applicationIds: Iterable<number>): Promise<Map<number, GradeResult>> {
  const ids = [...new Set(applicationIds)];
  if (ids.length === 0) return new Map();
  return new Map((await manager.findBy(GradeResult, { applicationId: In(ids) })).map((g) => [g.applicationId, g]));
}

/** Left-joins each row's grade on its application id (a column expression); returns the grade's total, to sort by. */
export function joinGradeTotal<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, applicationIdColumn: string): { total: string } {
  qb.leftJoin(GradeResult, alias, `${alias}.applicationId = ${applicationIdColumn}`);
  return { total: `${alias}.total` };
}

/** Flags a grade built on a changed score; only the secretariat's re-proposal or re-confirmation changes it. */
export async function markRescoreRequired(manager: EntityManager, grade: Pick<GradeResult, 'id' | 'version'>, rescoreNote: string, now: Date): Promise<void> {
  await manager.update(GradeResult, { id: grade.id }, { rescoreRequiredAt: now, rescoreNote, version: grade.version + 1 });
}

/** Left-joins each row's grade (as `alias`, on `on`: one row at most, unique per application); returns the grade to select and a reader of its raw value. */
export function leftJoinGrade<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): { grade: string; readGrade: RawReader<Grade> } {
  qb.leftJoin(GradeResult, alias, on);
  return { grade: `${alias}.grade`, readGrade: columnReader<Grade>(qb.connection, GradeResult, 'grade') };
}

/** A campaign's grade results in rank order (then by application). */
export function campaignGradeResults(manager: EntityManager, campaignId: number): Promise<GradeResult[]> {
  return manager.find(GradeResult, { where: { campaignId }, order: { rank: 'ASC', applicationId: 'ASC' } });
}

/** Left-joins each row's grade (as `alias`, on `on`) into another module's query, mapped whole onto `property`. */
export function leftJoinAndMapGrade<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, property: string, alias: string, on: string): SelectQueryBuilder<T> {
  return qb.leftJoinAndMapOne(property, GradeResult, alias, on);
}
