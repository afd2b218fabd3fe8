export * from './rubric.js';
export * from './scores.js';
