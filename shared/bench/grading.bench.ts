import { type BenchRow, measure } from './harness.js';
import { allocateGrades, type GradingEntry } from '../src/grading/index.js';

// Deterministic scores on 0.5 steps (a 32-bit LCG, not Math.random), so runs compare and ties are plentiful.
function syntheticEntries(n: number, seed = 20260601): GradingEntry[] {
  let state = seed >>> 0;
  const next = (max: number): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % (max + 1);
  };
  return Array.from({ length: n }, (_, i) => ({
    id: `T${i}`,
    materials: (80 + next(80)) / 2,
    presentation: (20 + next(20)) / 2,
  }));
}

export function benchGrading(): BenchRow[] {
  return [1_000, 10_000, 100_000].map((n) => {
    const entries = syntheticEntries(n);
    return { name: 'allocateGrades', size: `${n / 1000}k entries`, n, ms: measure(() => allocateGrades(entries)) };
  });
}
