// The presentation module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { PresentationSession } from './presentation-session.entity.js';
export type { PresentationSlot } from './presentation-slot.entity.js';
export { PresentationModule } from './presentation.module.js';
export { sessionsById, slotsOfApplications } from './presentation.queries.js';
