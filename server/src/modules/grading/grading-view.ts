import { type Grade, GRADE_LABEL, GRADES, gradeSlots } from '@cacem/shared';
import type { EntityManager } from 'typeorm';
import { applicationLabels, applicationsById, countApplicationsInStatus } from '../application/index.js';
import type { Campaign } from '../campaign/index.js';
import { findPublication } from '../invitation/index.js';
import { capsOf } from './grade-allocation.js';
import { GradeResult } from './grade-result.entity.js';
import type { GradingView } from './grading.schemas.js';

/** What the secretariat's grading page reads after every step: the rows, the slots and counts per grade, the ties. */
export async function gradingView(manager: EntityManager, campaign: Campaign): Promise<GradingView> {
  const rows = await manager.find(GradeResult, { where: { campaignId: campaign.id }, order: { rank: 'ASC', applicationId: 'ASC' } });
  const waiting = await countApplicationsInStatus(manager, campaign.id, 'invited');
  const presented = await countApplicationsInStatus(manager, campaign.id, 'presented');
  const published = await findPublication(manager, campaign.id, 'results');
  const slots = gradeSlots(rows.length, capsOf(campaign));
  const applications = await applicationsById(manager, rows.map((r) => r.applicationId));
  const names = await applicationLabels(manager, [...applications.values()]);
  const counts = Object.fromEntries(GRADES.map((g) => [g, rows.filter((r) => r.grade === g).length])) as Record<Grade, number>;
  return {
    proposed: rows.length > 0,
    confirmed: rows.length > 0 && rows.every((r) => r.confirmedAt !== null),
    published: published !== null,
    publishedAt: published?.publishedAt ?? null,
    waitingPresentations: waiting,
    presented,
    caps: campaign.settings.gradeCaps,
    slots: { graded: rows.length, excellent: slots.excellent, exemplary: slots.exemplary },
    counts,
    ties: rows.filter((r) => r.tiedAtBoundary).map((r) => r.applicationId),
    // Panel scores changed by a secretariat decision: re-propose (before confirmation) or re-confirm (after).
    rescoreRequired: rows.some((r) => r.rescoreRequiredAt !== null),
    items: rows.map((r) => ({
      applicationId: r.applicationId,
      teamName: names.get(r.applicationId)?.teamName ?? '',
      enterpriseName: names.get(r.applicationId)?.enterpriseName ?? '',
      unitName: names.get(r.applicationId)?.unitName ?? '',
      materialsScore: r.materialsScore,
      presentationScore: r.presentationScore,
      total: r.total,
      rank: r.rank,
      proposedGrade: r.proposedGrade,
      proposedGradeLabel: GRADE_LABEL[r.proposedGrade],
      grade: r.grade,
      gradeLabel: GRADE_LABEL[r.grade],
      tiedAtBoundary: r.tiedAtBoundary,
      explanation: r.explanation,
      adjustmentReason: r.adjustmentReason,
      confirmedAt: r.confirmedAt,
      publishedAt: r.publishedAt,
      rescoreRequired: r.rescoreRequiredAt !== null,
      rescoreNote: r.rescoreNote,
      version: r.version,
    })),
  };
}
