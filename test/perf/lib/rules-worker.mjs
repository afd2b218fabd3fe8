// One rule at one size, in a process of its own so that its peak memory (max RSS) is its own. Prints one JSON line.
//   node rules-worker.mjs grading <n>                 allocateGrades over n applications
//   node rules-worker.mjs draw <n>                    drawPanels over n applications, n/10 experts, n/100 panels of 7
//   node rules-worker.mjs similarity <corpusDir> <n>  the 材料查重 run over the first n declarations of a generated corpus
//   node rules-worker.mjs similarity-corpus <dir> <max> <pages> <charsPerPage>   writes that corpus
// The fixtures are those of the shared benches (shared/bench/grading.bench.ts, draw.bench.ts, similarity.bench.ts),
// ported here so that the rules come from the built package (shared/dist), as the server runs them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { allocateGrades, createSeededRandom, describePassages, drawPanels, SimilarityIndex, syntheticCorpus } from '../../../shared/dist/index.js';

const rssMb = () => process.memoryUsage().rss / 2 ** 20;
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;

const cpuMs = (since) => {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Times fn once; if that was quick (< 3 s), `runs` more times (5 under 0.5 s) and takes the medians of those (the first
 * run is then the warm-up). Wall time and this process's CPU time: on a shared machine the CPU time is the steadier.
 */
function measure(fn, runs = 3) {
  const once = () => {
    const cpu = process.cpuUsage();
    const t = performance.now();
    fn();
    return { ms: performance.now() - t, cpuMs: cpuMs(cpu) };
  };
  const first = once();
  if (first.ms > 3000) return { ...first, runs: 1 };
  const count = first.ms < 500 ? 5 : runs;
  const all = Array.from({ length: count }, once);
  return { ms: median(all.map((r) => r.ms)), cpuMs: median(all.map((r) => r.cpuMs)), runs: count };
}

// shared/bench/grading.bench.ts: deterministic scores on 0.5 steps (a 32-bit LCG), so runs compare and ties are plentiful.
function gradingEntries(n, seed = 20260601) {
  let state = seed >>> 0;
  const next = (max) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % (max + 1);
  };
  return Array.from({ length: n }, (_, i) => ({ id: `T${i}`, materials: (80 + next(80)) / 2, presentation: (20 + next(20)) / 2 }));
}

// shared/bench/draw.bench.ts: each expert and each application belongs to one of `kinds` enterprises and one of `kinds`
// units; with kinds = 40 an application conflicts with about 2/40 = 5 % of the experts, at every size.
function drawPool(expertCount, applicationCount, kinds = 40) {
  const random = createSeededRandom(`bench-${expertCount}-${applicationCount}`);
  const experts = Array.from({ length: expertCount }, (_, i) => ({ id: `expert-${i}`, enterpriseId: `E${random.nextInt(kinds)}`, unitId: `U${random.nextInt(kinds)}` }));
  const applications = Array.from({ length: applicationCount }, (_, i) => ({ id: `application-${i}`, enterpriseId: `E${random.nextInt(kinds)}`, unitId: `U${random.nextInt(kinds)}` }));
  return { experts, applications };
}

function grading(n) {
  const entries = gradingEntries(n);
  const baseMb = rssMb();
  return { n, ...measure(() => allocateGrades(entries)), baseMb, maxRssMb: maxRssMb() };
}

function draw(n) {
  const expertCount = n / 10;
  const panelCount = n / 100;
  const panelSize = 7;
  const { experts, applications } = drawPool(expertCount, n);
  const baseMb = rssMb();
  const timing = measure(() => drawPanels({ seed: '2026-资料审核', experts, applications, panelCount, panelSize }));
  return { n, experts: expertCount, panels: panelCount, panelSize, ...timing, baseMb, maxRssMb: maxRssMb() };
}

const load = (dir, i) => JSON.parse(gunzipSync(readFileSync(join(dir, `${i}.json.gz`))).toString('utf8'));

// As the server's run does it: texts read back from gzipped files (as from storage), counted; fingerprints and
// template runs; candidate pairs and template clusters; exact comparison with passages for each candidate.
function similarity(dir, n) {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const chars = meta.chars.slice(0, n).reduce((a, b) => a + b, 0);
  const baseMb = rssMb();
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const index = new SimilarityIndex(chars);
  for (const text of meta.boilerplate) index.addBoilerplate([text]);
  for (let i = 0; i < n; i++) index.count(index.prepare(load(dir, i)));
  const t1 = performance.now();
  const fingerprints = [];
  const runs = [];
  for (let i = 0; i < n; i++) {
    const prepared = index.prepare(load(dir, i));
    fingerprints.push(index.sign(prepared));
    runs.push(index.templateRuns(prepared));
  }
  const t2 = performance.now();
  const candidates = index.candidates(fingerprints);
  const clusters = index.templates(runs);
  const t3 = performance.now();
  let suspicious = 0;
  for (const [i, j] of candidates) {
    const pagesA = load(dir, i);
    const pagesB = load(dir, j);
    const figures = index.compare(index.prepare(pagesA), index.prepare(pagesB));
    if (figures.score >= index.options.suspiciousFrom) {
      suspicious += 1;
      describePassages(pagesA, pagesB, figures.spans);
    }
  }
  const t4 = performance.now();
  return {
    n,
    megachars: chars / 1e6,
    countMs: t1 - t0,
    signMs: t2 - t1,
    lshMs: t3 - t2,
    compareMs: t4 - t3,
    ms: t4 - t0,
    cpuMs: cpuMs(cpu),
    runs: 1,
    candidates: candidates.length,
    suspicious,
    clusters: clusters.length,
    baseMb,
    maxRssMb: maxRssMb(),
  };
}

/** `max` declarations: independent ones, and after every 50th a copy of it (30 %–90 % planted), so every prefix has copies. */
function similarityCorpus(dir, max, pages, charsPerPage) {
  mkdirSync(dir, { recursive: true });
  const copies = max / 50;
  const corpus = syntheticCorpus({ seed: 'bench', independent: max - copies, copiesPerProportion: copies / 4, proportions: [0.3, 0.5, 0.7, 0.9], pages, charsPerPage });
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  const copyOf = new Map(corpus.planted.map((p) => [p.sourceId, byId.get(p.copyId)]));
  const ordered = corpus.documents.filter((d) => d.id.startsWith('D')).flatMap((d) => (copyOf.has(d.id) ? [d, copyOf.get(d.id)] : [d]));
  const chars = [];
  ordered.forEach((d, i) => {
    writeFileSync(join(dir, `${i}.json.gz`), gzipSync(JSON.stringify(d.pages)));
    chars.push(d.pages.reduce((n, p) => n + p.length, 0));
  });
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ chars, boilerplate: corpus.boilerplate }));
  return { documents: ordered.length };
}

const [kind, ...args] = process.argv.slice(2);
const result =
  kind === 'grading'
    ? grading(Number(args[0]))
    : kind === 'draw'
      ? draw(Number(args[0]))
      : kind === 'similarity'
        ? similarity(args[0], Number(args[1]))
        : kind === 'similarity-corpus'
          ? similarityCorpus(args[0], Number(args[1]), Number(args[2]), Number(args[3]))
          : (() => {
              throw new Error(`unknown case ${kind}`);
            })();
console.log(JSON.stringify(result));
