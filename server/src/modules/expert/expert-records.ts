import type { EntityManager } from 'typeorm';
import { conflict } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { syncExpertAccount } from '../account/index.js';
import { enterprisesNamed } from '../enterprise/index.js';
import type { ImportedExpertFields } from './expert-import.js';
import type { Expert } from './expert.entity.js';

// How an expert's record is written, whether entered by hand (ExpertService) or imported (ExpertImportService).

/** The fields an expert is saved with: as entered or imported, and the enterprise linked to them if any. */
export type ExpertFields = ImportedExpertFields & { enterpriseId: number | null };

/** 申报企业 known by exactly one name: an expert's enterprise is linked only when the name is unambiguous. */
export async function enterprisesByName(manager: EntityManager, names: string[]): Promise<Map<string, number>> {
  const unique = [...new Set(names)];
  if (unique.length === 0) return new Map();
  const found = await enterprisesNamed(manager, unique);
  const counts = new Map<string, number>();
  for (const e of found) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  return new Map(found.filter((e) => counts.get(e.name) === 1).map((e) => [e.name, e.id]));
}

/** The expert's login follows the record: name, mobile, and no login while the expert is disabled. */
export async function syncAccount(manager: EntityManager, expert: Expert): Promise<void> {
  if (expert.userId === null) return;
  await syncExpertAccount(manager, expert.userId, { displayName: expert.name, mobile: expert.mobile, active: expert.active });
}

export async function savingExpert<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two requests with the same new mobile at once: the unique key stopped one.
    if (isUniqueViolation(error)) throw conflict('EXPERT_MOBILE_TAKEN', 'mobile');
    throw error;
  }
}

/** An expert's fields as the audit log records them, before and after a change. */
export function auditFields(e: Expert) {
  return {
    name: e.name,
    mobile: e.mobile,
    enterpriseName: e.enterpriseName,
    enterpriseId: e.enterpriseId,
    recommendingUnitId: e.recommendingUnitId,
    specialties: e.specialties,
    trainingStatus: e.trainingStatus,
    trainedAt: e.trainedAt,
    assessmentStatus: e.assessmentStatus,
    assessedAt: e.assessedAt,
    active: e.active,
  };
}
