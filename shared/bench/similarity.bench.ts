// 材料查重 benchmark (issue 8): the similarity check over 500 … 5,000 declarations of about 20 pages each, as the
// server runs it: texts read back from gzipped files (as from storage), counted; fingerprints and template runs;
// candidate pairs and template clusters; exact comparison with passages. Each size runs in a child process of its
// own so that its peak memory (max RSS) is its own.
//   node .bench-dist/bench/similarity.bench.js            → the table (generates the corpus once into a temp dir)
//   node .bench-dist/bench/similarity.bench.js <dir> <n>  → one size, one JSON line

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describePassages, type DocumentRuns, type Fingerprint, SimilarityIndex, syntheticCorpus } from '../src/similarity/index.js';

const SIZES = [500, 1000, 2000, 5000];
const PAGES = 20;
const CHARS_PER_PAGE = 800;

interface SizeResult {
  n: number;
  pages: number;
  megachars: number;
  countMs: number;
  signMs: number;
  lshMs: number;
  compareMs: number;
  totalMs: number;
  candidates: number;
  suspicious: number;
  clusters: number;
  maxRssMb: number;
}

function load(dir: string, i: number): string[] {
  return JSON.parse(gunzipSync(readFileSync(join(dir, `${i}.json.gz`))).toString('utf8')) as string[];
}

function runSize(dir: string, n: number): SizeResult {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { chars: number[]; boilerplate: string[] };
  const chars = meta.chars.slice(0, n).reduce((a, b) => a + b, 0);
  const t0 = performance.now();
  const index = new SimilarityIndex(chars);
  for (const text of meta.boilerplate) index.addBoilerplate([text]);
  for (let i = 0; i < n; i++) index.count(index.prepare(load(dir, i)));
  const t1 = performance.now();
  const fingerprints: Array<Fingerprint | null> = [];
  const runs: DocumentRuns[] = [];
  for (let i = 0; i < n; i++) {
    const prepared = index.prepare(load(dir, i));
    fingerprints.push(index.sign(prepared));
    runs.push(index.templateRuns(prepared));
  }
  const t2 = performance.now();
  const candidates = index.candidates(fingerprints);
  const clusters = index.templates(runs).length;
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
    pages: n * PAGES,
    megachars: chars / 1e6,
    countMs: t1 - t0,
    signMs: t2 - t1,
    lshMs: t3 - t2,
    compareMs: t4 - t3,
    totalMs: t4 - t0,
    candidates: candidates.length,
    suspicious,
    clusters,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

/** 5,000 declarations: independent ones, and after every 50th a copy of it (30 %–90 % planted), so every prefix has copies. */
function generate(dir: string): void {
  const max = SIZES[SIZES.length - 1]!;
  const copies = max / 50;
  const corpus = syntheticCorpus({ seed: 'bench', independent: max - copies, copiesPerProportion: copies / 4, proportions: [0.3, 0.5, 0.7, 0.9], pages: PAGES, charsPerPage: CHARS_PER_PAGE });
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  const copyOf = new Map(corpus.planted.map((p) => [p.sourceId, byId.get(p.copyId)!]));
  const ordered = corpus.documents.filter((d) => d.id.startsWith('D')).flatMap((d) => (copyOf.has(d.id) ? [d, copyOf.get(d.id)!] : [d]));
  const chars: number[] = [];
  ordered.forEach((d, i) => {
    writeFileSync(join(dir, `${i}.json.gz`), gzipSync(JSON.stringify(d.pages)));
    chars.push(d.pages.reduce((n, p) => n + p.length, 0));
  });
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ chars, boilerplate: corpus.boilerplate }));
}

const [dirArg, nArg] = process.argv.slice(2);
if (dirArg && nArg) {
  console.log(JSON.stringify(runSize(dirArg, Number(nArg))));
} else {
  const dir = mkdtempSync(join(tmpdir(), 'similarity-bench-'));
  mkdirSync(dir, { recursive: true });
  try {
    const g0 = performance.now();
    generate(dir);
    console.log(`材料查重 benchmark: synthetic declarations of ${PAGES} pages × ~${CHARS_PER_PAGE} characters, generated in ${((performance.now() - g0) / 1000).toFixed(1)} s (not counted)\n`);
    const rows: SizeResult[] = [];
    for (const n of SIZES) {
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), dir, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      rows.push(JSON.parse(out.trim().split('\n').pop()!) as SizeResult);
    }
    const header = ['documents', 'pages', 'M chars', 'count s', 'fingerprint s', 'candidates s', 'compare s', 'total s', 'candidates', 'suspicious', 'clusters', 'peak RSS MB', 'growth (time, memory) vs previous'];
    const lines = rows.map((r, k) => {
      const p = rows[k - 1];
      const growth = p ? `×${(r.totalMs / p.totalMs).toFixed(1)} time, ×${(r.maxRssMb / p.maxRssMb).toFixed(1)} memory for ×${(r.n / p.n).toFixed(1)} documents` : '';
      const s = (ms: number) => (ms / 1000).toFixed(1);
      return [String(r.n), String(r.pages), r.megachars.toFixed(1), s(r.countMs), s(r.signMs), s(r.lshMs), s(r.compareMs), s(r.totalMs), String(r.candidates), String(r.suspicious), String(r.clusters), r.maxRssMb.toFixed(0), growth];
    });
    const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
    console.log(header.map((h, i) => h.padEnd(widths[i]!)).join('  '));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const l of lines) console.log(l.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
