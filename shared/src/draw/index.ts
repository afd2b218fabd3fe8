export * from './seeded-random.js';
export * from './draw-panels.js';
export * from './drawable-expert.js';
