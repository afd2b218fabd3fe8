import { APPLICATION_ERRORS } from './codes/application.js';
import { AUTH_ERRORS } from './codes/auth.js';
import { CAMPAIGN_ERRORS } from './codes/campaign.js';
import { DISCIPLINE_ERRORS } from './codes/discipline.js';
import { ENTERPRISE_ERRORS } from './codes/enterprise.js';
import { GRADING_ERRORS } from './codes/grading.js';
import { NOTIFICATION_ERRORS } from './codes/notification.js';
import { PRESENTATION_ERRORS } from './codes/presentation.js';
import { RECOMMENDING_UNIT_ERRORS } from './codes/recommending-unit.js';
import { REQUEST_ERRORS } from './codes/request.js';
import { REVIEW_ERRORS } from './codes/review.js';
import { SCREENING_ERRORS } from './codes/screening.js';
import { SIMILARITY_ERRORS } from './codes/similarity.js';
import { TEAM_ERRORS } from './codes/team.js';
import { UPLOAD_ERRORS } from './codes/upload.js';

// Every machine code a client can receive, with the Chinese text a person reads, gathered from one file per domain
// under codes/. The server answers with the code; the mini-program may show its own text for the same code.
// A code is defined in exactly one domain (error-codes.spec.ts checks that no spread hides another's code).
export const ERROR_MESSAGES = {
  ...REQUEST_ERRORS,
  ...AUTH_ERRORS,
  ...NOTIFICATION_ERRORS,
  ...CAMPAIGN_ERRORS,
  ...ENTERPRISE_ERRORS,
  ...TEAM_ERRORS,
  ...APPLICATION_ERRORS,
  ...UPLOAD_ERRORS,
  ...RECOMMENDING_UNIT_ERRORS,
  ...SCREENING_ERRORS,
  ...SIMILARITY_ERRORS,
  ...REVIEW_ERRORS,
  ...PRESENTATION_ERRORS,
  ...GRADING_ERRORS,
  ...DISCIPLINE_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function errorMessage(code: ErrorCode): string {
  return ERROR_MESSAGES[code];
}

/** The one error shape of the API. */
export interface ApiErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  field?: string;
  /** Per-field problems of a refused form, or every unmet condition of a refused step (ELIGIBILITY_FAILED). */
  details?: Array<{ field: string; code: ErrorCode; message: string }> | { problems: Array<{ code: ErrorCode; message: string }> };
}
