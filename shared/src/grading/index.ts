export * from './grade.js';
export * from './allocate-grades.js';
