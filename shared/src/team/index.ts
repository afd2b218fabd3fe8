export * from './team-kind.js';
