// The application module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { applicationLabels } from './application-labels.js';
export { ApplicationViewService } from './application-view.service.js';
export type { Application } from './application.entity.js';
export { ApplicationModule } from './application.module.js';
export { ApplicationDeclarationsView, ApplicationProfileView } from './application.schemas.js';
export { ApplicationService } from './application.service.js';
export { applicationsById, findApplication } from './application.queries.js';
export { applicationIdsInStatus, applicationListQuery, latestReasonsInto, recommendedOfUnit, submittedApplicationCampaigns, writePreferenceOrder } from './application.queries.js';
export { applicationsQuery, type ApplicationColumns, campaignApplicationStatuses, campaignStatusesReached, submittedApplications } from './application.queries.js';
export { applicationsInStatus, countApplicationsInStatus } from './application.queries.js';
export { countUnitApplications, submittedApplicationStatuses } from './application.queries.js';
export { applicationById } from './application.queries.js';
export { type ApplicationResultReader, ApplicationResults } from './application-result.js';
export type { ApplicationResult } from './application.schemas.js';
