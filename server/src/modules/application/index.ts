// The application module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { applicationLabels } from './application-labels.js';
export { ApplicationViewService } from './application-view.service.js';
export type { Application } from './application.entity.js';
export { ApplicationModule } from './application.module.js';
export { ApplicationDeclarationsView, ApplicationProfileView } from './application.schemas.js';
export { ApplicationService } from './application.service.js';
export { applicationsById, findApplication } from './application.queries.js';
