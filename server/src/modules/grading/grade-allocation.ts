import { type allocateGrades, type GradeCaps } from '@cacem/shared';
import type { Campaign } from '../campaign/index.js';

// What the proposal and the re-confirmation both write: shared allocateGrades' results under the campaign's caps.

/** The campaign's caps (percent in the settings) as the fractions shared allocateGrades takes. */
export function capsOf(campaign: Campaign): GradeCaps {
  return { excellent: campaign.settings.gradeCaps.excellentMax / 100, exemplary: campaign.settings.gradeCaps.exemplaryMax / 100 };
}

/** A grade row's fields as allocateGrades leaves them: the proposal is the grade, with no adjustment yet. */
export function allocatedFields(entry: { materials: number; presentation: number }, r: ReturnType<typeof allocateGrades>[number]) {
  return {
    materialsScore: entry.materials,
    presentationScore: entry.presentation,
    total: r.total,
    rank: r.rank,
    proposedGrade: r.grade,
    tiedAtBoundary: r.tiedAtBoundary,
    explanation: r.explanation,
    grade: r.grade,
    adjustmentReason: null,
  };
}
