import { isApiError } from '../../api';
import type { ExpertForm } from '../setup-pages/expert-form';

export type FieldErrors = Partial<Record<keyof ExpertForm, string>>;

const FIELDS: Array<keyof ExpertForm> = ['name', 'mobile', 'enterpriseName', 'recommendingUnitId', 'specialties', 'trainingStatus', 'trainedAt', 'assessmentStatus', 'assessedAt', 'active'];

/** The server's message for each field of the form (validation details, or the one field it named). */
export function fieldErrors(e: unknown): FieldErrors {
  if (!isApiError(e)) return {};
  const out: FieldErrors = {};
  for (const f of FIELDS) {
    const m = e.messageFor(f) ?? e.problems.find((p) => p.field === f)?.message;
    if (m) out[f] = m;
  }
  return out;
}
