export * from './application-status.js';
export * from './transitions.js';
export * from './eligibility.js';
export * from './timeline.js';
