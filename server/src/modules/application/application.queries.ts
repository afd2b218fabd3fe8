import type { ApplicationStatus } from '@cacem/shared';
import { type EntityManager, In, IsNull, Not, type SelectQueryBuilder } from 'typeorm';
import { columnReader, type RawReader } from '../../common/column-reader.js';
import { rowsById } from '../../common/rows-by-id.js';
import { ApplicationEvent } from './application-event.entity.js';
import { Application } from './application.entity.js';

// The applications' queries for other modules (they never open the table's repository).

export function findApplication(manager: EntityManager, id: number): Promise<Application | null> {
  return manager.findOneBy(Application, { id });
}

export function applicationsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, Application>> {
  return rowsById(manager, Application, ids);
}

/**
 * applicationsQuery narrowed to a campaign's applications in the given statuses (of one recommending unit, when given):
 * the paged lists of screening and recommendation.
 */
export function applicationListQuery(
  manager: EntityManager,
  alias: string,
  filter: { campaignId: number; statuses: readonly ApplicationStatus[]; unitId?: number },
): { builder: SelectQueryBuilder<Application>; columns: ApplicationColumns } {
  const query = applicationsQuery(manager, alias);
  const { campaignId, status, recommendingUnitId } = query.columns;
  query.builder.where(`${campaignId} = :campaignId AND ${status} IN (:...statuses)`, { campaignId: filter.campaignId, statuses: [...filter.statuses] });
  if (filter.unitId !== undefined) query.builder.andWhere(`${recommendingUnitId} = :unitId`, { unitId: filter.unitId });
  return query;
}

/** The ids of a campaign's applications in one status, in id order. */
export async function applicationIdsInStatus(manager: EntityManager, campaignId: number, status: ApplicationStatus): Promise<number[]> {
  const rows = await manager.find(Application, { select: { id: true }, where: { campaignId, status }, order: { id: 'ASC' } });
  return rows.map((a) => a.id);
}

/** A unit's recommended applications of a campaign (unordered). */
export function recommendedOfUnit(manager: EntityManager, campaignId: number, unitId: number): Promise<Application[]> {
  return manager.findBy(Application, { campaignId, recommendingUnitId: unitId, status: 'recommended' });
}

/** A unit's order of preference: the applications get 1..n in the order given. */
export async function writePreferenceOrder(manager: EntityManager, applicationIds: readonly number[]): Promise<void> {
  for (const [i, id] of applicationIds.entries()) await manager.update(Application, { id }, { preference: i + 1 });
}

/** The reason of the latest change into `to` of each application that has one (null when given none), keyed by application id. */
export async function latestReasonsInto(manager: EntityManager, applicationIds: readonly number[], to: ApplicationStatus): Promise<Map<number, string | null>> {
  if (applicationIds.length === 0) return new Map();
  const events = await manager.find(ApplicationEvent, { where: { applicationId: In([...applicationIds]), to }, order: { id: 'ASC' } });
  return new Map(events.map((e) => [e.applicationId, e.reason]));
}

/** The campaign of each submitted application, keyed by application id. */
export async function submittedApplicationCampaigns(manager: EntityManager): Promise<Map<number, number>> {
  const applications = await manager.find(Application, { select: { id: true, campaignId: true, submittedAt: true } });
  return new Map(applications.filter((a) => a.submittedAt !== null).map((a) => [a.id, a.campaignId]));
}

/** An application's columns in a list query of another module (see applicationsQuery), and a reader of its raw times. */
export interface ApplicationColumns {
  id: string;
  status: string;
  submittedAt: string;
  campaignId: string;
  teamId: string;
  enterpriseId: string;
  recommendingUnitId: string;
  preference: string;
  readSubmittedAt: RawReader<Date>;
}

/**
 * A query over the applications (as `alias`) for another module's list, which adds its joins, filters and columns: one
 * statement over several tables. Returns the columns to filter, select or sort by.
 */
export function applicationsQuery(manager: EntityManager, alias: string): { builder: SelectQueryBuilder<Application>; columns: ApplicationColumns } {
  const column = (property: string) => `${alias}.${property}`;
  return {
    builder: manager.getRepository(Application).createQueryBuilder(alias),
    columns: {
      id: column('id'),
      status: column('status'),
      submittedAt: column('submittedAt'),
      campaignId: column('campaignId'),
      teamId: column('teamId'),
      enterpriseId: column('enterpriseId'),
      recommendingUnitId: column('recommendingUnitId'),
      preference: column('preference'),
      readSubmittedAt: columnReader<Date>(manager.connection, Application, 'submittedAt'),
    },
  };
}

/** Id, status and recommending unit of every application of a campaign, by id. */
export function campaignApplicationStatuses(manager: EntityManager, campaignId: number): Promise<Pick<Application, 'id' | 'status' | 'recommendingUnitId'>[]> {
  return manager.find(Application, { select: { id: true, status: true, recommendingUnitId: true }, where: { campaignId }, order: { id: 'ASC' } });
}

/** Every status each application of a campaign has been moved to (its history), once per application and status. */
export async function campaignStatusesReached(manager: EntityManager, campaignId: number): Promise<{ applicationId: number; to: ApplicationStatus }[]> {
  const rows = await manager
    .getRepository(ApplicationEvent)
    .createQueryBuilder('ev')
    .innerJoin(Application, 'a', 'a.id = ev.applicationId')
    .select('ev.applicationId', 'applicationId')
    .addSelect('ev.to', 'to')
    .distinct(true)
    .where('a.campaignId = :campaignId', { campaignId })
    .getRawMany<{ applicationId: number | string; to: ApplicationStatus }>();
  return rows.map((r) => ({ applicationId: Number(r.applicationId), to: r.to }));
}

/** The campaign's submitted applications (any order). */
export function submittedApplications(manager: EntityManager, campaignId: number): Promise<Application[]> {
  return manager.find(Application, { where: { campaignId, submittedAt: Not(IsNull()) } });
}

/** The applications of a campaign in one of these statuses, in id order. */
export function applicationsInStatus(manager: EntityManager, campaignId: number, statuses: ApplicationStatus | readonly ApplicationStatus[]): Promise<Application[]> {
  const status = typeof statuses === 'string' ? statuses : In([...statuses]);
  return manager.find(Application, { where: { campaignId, status }, order: { id: 'ASC' } });
}

/** How many applications of a campaign are in this status. */
export function countApplicationsInStatus(manager: EntityManager, campaignId: number, status: ApplicationStatus): Promise<number> {
  return manager.countBy(Application, { campaignId, status });
}

/** Id, status and recommending unit of a campaign's submitted applications (any order). */
export function submittedApplicationStatuses(manager: EntityManager, campaignId: number): Promise<Pick<Application, 'id' | 'status' | 'recommendingUnitId'>[]> {
  return manager.find(Application, { where: { campaignId, submittedAt: Not(IsNull()) }, select: { id: true, recommendingUnitId: true, status: true } });
}

/** How many applications of a recommending unit, in these campaigns, are in one of these statuses. */
export function countUnitApplications(manager: EntityManager, unitId: number, campaigns: number | readonly number[], statuses: readonly ApplicationStatus[]): Promise<number> {
  const campaignId = typeof campaigns === 'number' ? campaigns : In([...campaigns]);
  return manager.countBy(Application, { campaignId, recommendingUnitId: unitId, status: In([...statuses]) });
}

/** An application that must exist (it is referenced by a row read just before); throws when missing. */
export function applicationById(manager: EntityManager, id: number): Promise<Application> {
  return manager.findOneByOrFail(Application, { id });
}

/** The applications of these teams in one campaign (at most one each), for the team views. */
export function teamApplicationsInCampaign(manager: EntityManager, campaignId: number, teamIds: readonly number[]): Promise<Application[]> {
  return manager.find(Application, { where: { campaignId, teamId: In([...teamIds]) } });
}

/** Whether any application of the enterprise has ever been submitted (whatever became of it since). */
export function enterpriseHasSubmitted(manager: EntityManager, enterpriseId: number): Promise<boolean> {
  return manager.exists(Application, { where: [{ enterpriseId, submittedAt: Not(IsNull()) }, { enterpriseId, status: Not('draft') }] });
}
