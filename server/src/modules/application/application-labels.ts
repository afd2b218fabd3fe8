import { type EntityManager, In } from 'typeorm';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { RecommendingUnit } from '../recommending-unit/recommending-unit.entity.js';
import { Team } from '../team/team.entity.js';
import type { Application } from './application.entity.js';

export interface ApplicationLabel {
  teamName: string;
  enterpriseName: string;
  unitName: string;
  /** Annex 2's order; 999 when the application has no recommending unit. */
  unitSeq: number;
}

/** Team, enterprise and recommending-unit names of many applications, in three queries, keyed by application id. */
export async function applicationLabels(manager: EntityManager, applications: readonly Application[]): Promise<Map<number, ApplicationLabel>> {
  const out = new Map<number, ApplicationLabel>();
  if (applications.length === 0) return out;
  const teams = new Map((await manager.findBy(Team, { id: In(applications.map((a) => a.teamId)) })).map((t) => [t.id, t.name]));
  const enterprises = new Map((await manager.findBy(Enterprise, { id: In(applications.map((a) => a.enterpriseId)) })).map((e) => [e.id, e.name]));
  const unitIds = applications.flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId]));
  const units = new Map(unitIds.length ? (await manager.findBy(RecommendingUnit, { id: In(unitIds) })).map((u) => [u.id, u]) : []);
  for (const a of applications) {
    const unit = a.recommendingUnitId === null ? undefined : units.get(a.recommendingUnitId);
    out.set(a.id, { teamName: teams.get(a.teamId) ?? '', enterpriseName: enterprises.get(a.enterpriseId) ?? '', unitName: unit?.name ?? '', unitSeq: unit?.seq ?? 999 });
  }
  return out;
}
