// The shared rules (shared/dist, as the server runs them) at 1k / 10k / 100k entries, with their growth per ×10:
//   grading     allocateGrades over n applications (scores on 0.5 steps, many ties);
//   draw        drawPanels over n applications, n/10 experts, n/100 panels of 7 (≈ 100 applications a panel), 5 % of
//               the experts conflicted with each application (same enterprise or same recommending unit);
//   similarity  the whole 材料查重 run (count, fingerprints and template runs, candidates and template clusters, exact compare with passages) over n declarations of
//               2 pages × ~800 characters read back from gzipped files, one in 50 a planted copy of its predecessor.
//               2 pages, not the real ~20, so that 100k declarations (175 M characters) fit the time of a 2-core
//               machine; the cost per declaration grows with its length, the growth with n is what is measured here.
// Each case runs in a child process of its own (test/perf/lib/rules-worker.mjs) so that its peak RSS is its own.
// Time: median of 5 runs under 0.5 s, of 3 under 3 s, else one run (after one warm-up run when repeated); the similarity
// run is one run. Wall and CPU time are both given; growth is taken on CPU time, steadier on a shared machine.
// BENCH_RULES_MAX=10000 stops at 10k (a quick look).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const name = 'rules';
export const what = 'the shared rules at 1k / 10k / 100k entries (grading, draw, similarity): time, peak memory, growth per ×10';

const WORKER = join(import.meta.dirname, '..', 'lib', 'rules-worker.mjs');
const SIZES = [1_000, 10_000, 100_000].filter((n) => n <= Number(process.env.BENCH_RULES_MAX ?? 100_000));
const PAGES = 2;
const CHARS_PER_PAGE = 800;
const GROWTH_TARGET = 15; // per ×10: 10 is linear, n·log n stays under 15
const run$ = promisify(execFile);

async function worker(args) {
  const { stdout } = await run$(process.execPath, [WORKER, ...args], { maxBuffer: 1 << 20, timeout: 30 * 60_000 });
  return JSON.parse(stdout.trim().split('\n').pop());
}

const k = (n) => `${n / 1000}k`;
const round = (x, digits = 1) => Number(x.toFixed(digits));

export async function run({ log }) {
  const rows = [];
  /** Rows for one rule over the sizes; `limitMs` is the wall-time target at the largest size. */
  const series = (rule, label, results, limitMs, runsNote) => {
    results.forEach((r, i) => {
      const largest = i === results.length - 1 && r.n === 100_000;
      const wall = { case: `${rule} ${k(r.n)} ${label}`, metric: `wall time (${r.runs === 1 ? '1 run' : `median of ${r.runs}`})`, value: round(r.ms), unit: 'ms' };
      if (largest && limitMs !== undefined) Object.assign(wall, { target: `< ${limitMs.toLocaleString('en-US')} ms`, ok: r.ms < limitMs });
      rows.push(wall);
      rows.push({ case: `${rule} ${k(r.n)} ${label}`, metric: 'CPU time', value: round(r.cpuMs), unit: 'ms' });
      rows.push({ case: `${rule} ${k(r.n)} ${label}`, metric: 'peak RSS (process)', value: round(r.maxRssMb, 0), unit: 'MB' });
      const previous = results[i - 1];
      if (previous) {
        const growth = r.cpuMs / previous.cpuMs;
        rows.push({ case: `${rule} ${k(previous.n)} → ${k(r.n)}`, metric: 'CPU-time growth per ×10', value: round(growth), unit: '×', target: `≤ ×${GROWTH_TARGET} (×10 = linear)`, ok: growth <= GROWTH_TARGET });
      }
    });
    if (runsNote) log(runsNote);
  };

  const gradings = [];
  for (const n of SIZES) {
    gradings.push(await worker(['grading', String(n)]));
    log(`grading ${k(n)}: ${gradings.at(-1).ms.toFixed(1)} ms`);
  }
  series('grading', 'applications', gradings, 1_000);

  const draws = [];
  for (const n of SIZES) {
    draws.push(await worker(['draw', String(n)]));
    const d = draws.at(-1);
    log(`draw ${k(n)}: ${d.experts} experts → ${d.panels}×${d.panelSize}, ${d.ms.toFixed(0)} ms`);
  }
  series('draw', 'applications (n/10 experts, n/100 panels × 7)', draws, 5_000);

  const dir = mkdtempSync(join(tmpdir(), 'rules-bench-similarity-'));
  try {
    const g0 = performance.now();
    await worker(['similarity-corpus', dir, String(SIZES.at(-1)), String(PAGES), String(CHARS_PER_PAGE)]);
    log(`similarity corpus: ${k(SIZES.at(-1))} declarations of ${PAGES} pages × ~${CHARS_PER_PAGE} chars, generated in ${((performance.now() - g0) / 1000).toFixed(0)} s (not counted)`);
    const sims = [];
    for (const n of SIZES) {
      sims.push(await worker(['similarity', dir, String(n)]));
      const s = sims.at(-1);
      const sec = (ms) => (ms / 1000).toFixed(1);
      log(`similarity ${k(n)}: ${s.megachars.toFixed(0)} M chars; count ${sec(s.countMs)} s, fingerprints ${sec(s.signMs)} s, candidates ${sec(s.lshMs)} s, compare ${sec(s.compareMs)} s; ${s.candidates} candidates, ${s.suspicious} suspicious, ${s.clusters} template clusters`);
    }
    // Issue 18: the rewrite (fingerprints, robust passages, template clusters) must be no slower than the 132 s before it.
    series('similarity', `declarations × ${PAGES} pages`, sims, 132_000);
    sims.forEach((s, i) => {
      const perThousand = (s.candidates / s.n) * 1000;
      rows.push({ case: `similarity ${k(s.n)} declarations × ${PAGES} pages`, metric: 'candidate pairs per 1,000 declarations', value: round(perThousand), unit: 'pairs' });
      const previous = sims[i - 1];
      if (previous) {
        const growth = perThousand / ((previous.candidates / previous.n) * 1000);
        rows.push({ case: `similarity ${k(previous.n)} → ${k(s.n)}`, metric: 'candidates-per-declaration growth per ×10', value: round(growth, 2), unit: '×', target: '≤ ×1.5 (flat)', ok: growth <= 1.5 });
      }
      rows.push({ case: `similarity ${k(s.n)} declarations × ${PAGES} pages`, metric: 'suspicious pairs (≈ 1 in 50 declarations is a planted copy)', value: s.suspicious, unit: 'pairs' });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
