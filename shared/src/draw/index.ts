export * from './seeded-random.js';
export * from './draw-panels.js';
export * from './drawable-expert.js';
export * from './draw-replacement.js';
