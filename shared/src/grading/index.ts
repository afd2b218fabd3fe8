export * from './grade.js';
export * from './allocate-grades.js';
export * from './grade-cap.js';
