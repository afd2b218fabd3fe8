// The review module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { panelExpertIds, ReviewSeats, sitsOn } from './review-seats.js';
export { ReviewModule } from './review.module.js';
export { PanelRoleField, SheetStateField } from './review.schemas.js';
export { SCORE_KIND_LABEL } from './review.service.js';
export { assertNoHeldChange } from './score-change.service.js';
export type { ReviewScore } from './review-score.entity.js';
export type { ScoreKind, ScoreSheetEntity } from './score-sheet.entity.js';
export { liveSheetsOfExpert, reviewScoresOfApplications, SCORE_KINDS, scoreSheetsById, setPanelScore, voidScoreSheet } from './review.queries.js';
export { leftJoinReviewScore, submittedSheetTotals, submittedSheetsOfCampaign } from './review.queries.js';
export { countSubmittedSheets, insertPanelScore, sheetsOfApplications, submittedSheetsOf } from './review.queries.js';
export { PresentationSchedule, type PresentationScheduleSource, type ScheduledSession, type ScheduledSlot, SESSION_STATUSES, type SessionStatus, SLOT_OUTCOMES, type SlotOutcome } from './presentation-schedule.js';
