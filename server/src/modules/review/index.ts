// The review module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { panelExpertIds, ReviewSeats, sitsOn } from './review-seats.js';
export { ReviewModule } from './review.module.js';
export { PanelRoleField, SheetStateField } from './review.schemas.js';
export { SCORE_KIND_LABEL } from './review.service.js';
export { assertNoHeldChange } from './score-change.service.js';
