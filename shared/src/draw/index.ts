export * from './seeded-random.js';
export * from './draw-panels.js';
