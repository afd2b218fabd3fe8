import type { EntityManager } from 'typeorm';
import { enterprisesById } from '../enterprise/index.js';
import { unitsById } from '../recommending-unit/index.js';
import { teamsById } from '../team/index.js';
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
  const teams = await teamsById(manager, applications.map((a) => a.teamId));
  const enterprises = await enterprisesById(manager, applications.map((a) => a.enterpriseId));
  const units = await unitsById(manager, applications.flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId])));
  for (const a of applications) {
    const unit = a.recommendingUnitId === null ? undefined : units.get(a.recommendingUnitId);
    out.set(a.id, { teamName: teams.get(a.teamId)?.name ?? '', enterpriseName: enterprises.get(a.enterpriseId)?.name ?? '', unitName: unit?.name ?? '', unitSeq: unit?.seq ?? 999 });
  }
  return out;
}
