import { type EntityManager, In, Not } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { ReviewScore } from './review-score.entity.js';
import { type ScoreKind, ScoreSheetEntity } from './score-sheet.entity.js';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { columnReader, type RawReader } from '../../common/column-reader.js';

// The review tables' queries for other modules (they never open the tables' repositories).

/** The kinds of score (materials, presentation), for other modules' schemas. */
export { SCORE_KINDS } from './score-sheet.entity.js';

export function scoreSheetsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, ScoreSheetEntity>> {
  return rowsById(manager, ScoreSheetEntity, ids);
}

/** An expert's sheets in one draw that are not void, in id order. */
export function liveSheetsOfExpert(manager: EntityManager, expertId: number, drawId: number): Promise<ScoreSheetEntity[]> {
  return manager.find(ScoreSheetEntity, { where: { expertId, drawId, status: Not('void') }, order: { id: 'ASC' } });
}

/** Voids a sheet still at the version read; false when it changed meanwhile. The caller records the audit entry. */
export async function voidScoreSheet(manager: EntityManager, sheet: Pick<ScoreSheetEntity, 'id' | 'version'>, now: Date): Promise<boolean> {
  const result = await manager.update(ScoreSheetEntity, { id: sheet.id, version: sheet.version }, { status: 'void', version: sheet.version + 1, updatedAt: now });
  return Boolean(result.affected);
}

/** The panel scores of the given applications: of one kind, or of every kind. */
export async function reviewScoresOfApplications(manager: EntityManager, applicationIds: Iterable<number>, kind?: ScoreKind): Promise<ReviewScore[]> {
  const ids = [...new Set(applicationIds)];
  return ids.length ? manager.findBy(ReviewScore, { applicationId: In(ids), ...(kind ? { kind } : {}) }) : [];
}

/** A panel score aggregated again (after sheets were excluded). The caller records the audit entry. */
export async function setPanelScore(
  manager: EntityManager,
  id: number,
  aggregated: Pick<ReviewScore, 'score' | 'countedExpertIds' | 'droppedExpertIds'>,
  computedAt: Date,
): Promise<void> {
  await manager.update(ReviewScore, { id }, { score: aggregated.score, countedExpertIds: aggregated.countedExpertIds, droppedExpertIds: aggregated.droppedExpertIds, computedAt });
}

/**
 * Left-joins each row's panel score of one kind (as `alias`, on `on`) into another module's list query: one row at
 * most (unique per application and kind). Returns the score to select or sort by and a reader of its raw value.
 */
export function leftJoinReviewScore<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string, kind: ScoreKind): { score: string; readScore: RawReader<number> } {
  qb.leftJoin(ReviewScore, alias, `${on} AND ${alias}.kind = '${kind}'`);
  return { score: `${alias}.score`, readScore: columnReader<number>(qb.connection, ReviewScore, 'score') };
}

/** Kind, panel and total of the submitted sheets of one draw. */
export function submittedSheetTotals(manager: EntityManager, drawId: number): Promise<Pick<ScoreSheetEntity, 'id' | 'kind' | 'panelNo' | 'total'>[]> {
  return manager.find(ScoreSheetEntity, { select: { id: true, kind: true, panelNo: true, total: true }, where: { drawId, status: 'submitted' } });
}

/** The submitted sheets of a campaign, by application, panel and expert. */
export function submittedSheetsOfCampaign(manager: EntityManager, campaignId: number): Promise<ScoreSheetEntity[]> {
  return manager.find(ScoreSheetEntity, { where: { campaignId, status: 'submitted' }, order: { applicationId: 'ASC', panelNo: 'ASC', expertId: 'ASC' } });
}

/** The sheets (any status) of these applications for one kind. */
export function sheetsOfApplications(manager: EntityManager, applicationIds: readonly number[], kind: ScoreKind): Promise<ScoreSheetEntity[]> {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return manager.findBy(ScoreSheetEntity, { applicationId: In([...applicationIds]), kind });
}

/** The submitted sheets of these applications for one kind, by the given experts. */
export function submittedSheetsOf(manager: EntityManager, applicationIds: readonly number[], kind: ScoreKind, expertIds: readonly number[]): Promise<ScoreSheetEntity[]> {
  if (applicationIds.length === 0 || expertIds.length === 0) return Promise.resolve([]);
  return manager.findBy(ScoreSheetEntity, { applicationId: In([...applicationIds]), kind, status: 'submitted', expertId: In([...expertIds]) });
}

/** How many experts have submitted a sheet of this kind for the application. */
export function countSubmittedSheets(manager: EntityManager, applicationId: number, kind: ScoreKind): Promise<number> {
  return manager.countBy(ScoreSheetEntity, { applicationId, kind, status: 'submitted' });
}

/** Records an application's aggregated panel score of one kind. The caller records the audit entry. */
export async function insertPanelScore(manager: EntityManager, score: Omit<ReviewScore, 'id'>): Promise<void> {
  await manager.insert(ReviewScore, score);
}
