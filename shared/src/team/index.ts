export * from './team-kind.js';
export * from './member.js';
export * from './activity-record.js';
