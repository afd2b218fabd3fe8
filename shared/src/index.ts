export * from './ids/index.js';
export * from './team/index.js';
export * from './errors/index.js';
export * from './campaign/index.js';
export * from './application/index.js';
export * from './review/index.js';
export * from './grading/index.js';
export * from './draw/index.js';
