// Benchmarks print figures; they assert nothing (these machines are shared and noisy).
export interface BenchRow {
  /** What was measured, e.g. 'allocateGrades'. */
  name: string;
  /** The input size in words, e.g. '10k entries'. */
  size: string;
  /** Number of items, used to show how time grows between sizes of the same name. */
  n: number;
  /** Median wall time of the runs, in milliseconds. */
  ms: number;
  note?: string;
}

/** Runs fn `runs` times after one warm-up and returns the median time in ms. */
export function measure(fn: () => unknown, runs = 5): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function printTable(rows: BenchRow[]): void {
  const lines = [['benchmark', 'size', 'median ms', 'growth vs previous size', 'note']];
  let previous: BenchRow | undefined;
  for (const row of rows) {
    const growth =
      previous && previous.name === row.name
        ? `×${(row.ms / previous.ms).toFixed(1)} time for ×${(row.n / previous.n).toFixed(0)} size`
        : '';
    lines.push([row.name, row.size, row.ms.toFixed(2), growth, row.note ?? '']);
    previous = row;
  }
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  for (const [i, line] of lines.entries()) {
    console.log(line.map((cell, j) => cell.padEnd(widths[j]!)).join('  ').trimEnd());
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
