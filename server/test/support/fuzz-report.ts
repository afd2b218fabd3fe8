// What both fuzz suites (fuzz.spec.ts, fuzz-static.spec.ts) share: the seed and run count, the hang guard and the report.
import { TEST_DB } from './test-app.js';

/** The fuzz's seed is fixed (FUZZ_SEED overrides it) and printed, so a failing case can be replayed. */
export const SEED = Number(process.env.FUZZ_SEED ?? 20_260_926);
/** Cases per route; MariaDB answers slower, so fewer there. */
export const RUNS = Number(process.env.FUZZ_RUNS ?? (TEST_DB === 'sqlite' ? 60 : 40));

/** One line per kind of problem (its first three words), so one broken path does not fill the report. */
export function dedupeLines(problems: string[]): string[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = p.split(' ').slice(0, 3).join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A request that never answers is a failure too (reported, not waited on until Jest's own timeout). */
export const HANG_SECONDS = 15;
export async function answerOrHang<T>(pending: Promise<T>): Promise<T | 'no answer'> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<'no answer'>((resolve) => (timer = setTimeout(() => resolve('no answer'), HANG_SECONDS * 1000)));
  try {
    return await Promise.race([pending, hang]);
  } finally {
    clearTimeout(timer);
  }
}
