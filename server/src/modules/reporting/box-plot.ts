import type { ConsoleBoxStats } from './reporting.schemas.js';

/** The five numbers of a box plot, the mean and how many values. */
export type BoxStats = ConsoleBoxStats;

/** Rounded to hundredths, the precision of every score. */
const round2 = (x: number) => Math.round(x * 100) / 100;

/** The p-quantile of sorted values by linear interpolation between closest ranks (position (n − 1)·p). */
export function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/** Null when there is no value. */
export function boxStats(values: readonly number[]): BoxStats | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    min: sorted[0]!,
    q1: round2(quantile(sorted, 0.25)),
    median: round2(quantile(sorted, 0.5)),
    q3: round2(quantile(sorted, 0.75)),
    max: sorted[sorted.length - 1]!,
    mean: round2(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}
