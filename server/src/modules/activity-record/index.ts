// The activity-record module's public face: what other modules may use (see .dependency-cruiser.cjs).
export type { ActivityRecord } from './activity-record.entity.js';
export { ActivityRecordModule } from './activity-record.module.js';
export { ActivityRecordService } from './activity-record.service.js';
export { addActivityRecordCount, countActivityRecords } from './activity-record.queries.js';
