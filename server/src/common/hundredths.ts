import type { ValueTransformer } from 'typeorm';

/**
 * Scores are stored as whole hundredths in an int column, so SQLite and MySQL give back exactly what was written
 * (no float or DECIMAL-as-string differences) and sums compare exactly.
 */
export const hundredths: ValueTransformer = {
  to: (value: number | null | undefined) => (value === null || value === undefined ? value : Math.round(value * 100)),
  from: (value: number | string | null) => (value === null || value === undefined ? null : Number(value) / 100),
};
