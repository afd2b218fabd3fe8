export * from './unit-statistics.js';
