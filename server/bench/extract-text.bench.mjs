// 材料查重 benchmark, the server's part (issue 8): pdf.js text extraction from declaration PDFs of 20 pages in
// Chinese, as a run does it for every new file; the rest of a run is shared/bench/similarity.bench.ts.
// Prints pages per second and the time this would take for 5,000 declarations, and the peak memory.
//   npm run bench -w server   (builds the server first)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syntheticDeclaration } from '@cacem/shared';
import { extractText } from '../dist/modules/similarity/text-extraction.js';
import { cjkTextPdf } from '../dist/common/cjk-text-pdf.js';

const DOCUMENTS = 30;
const PAGES = 20;

if (process.argv[2] === '--generate') {
  // In a child process of its own, so that the font subsetting of the generation does not count in the peak memory.
  for (let i = 0; i < DOCUMENTS; i++) writeFileSync(join(process.argv[3], `${i}.pdf`), await cjkTextPdf(syntheticDeclaration(`extract-${i}`, PAGES, 800)));
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
try {
  const g0 = performance.now();
  execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--generate', dir], { stdio: 'inherit' });
  const files = readdirSync(dir).map((name) => join(dir, name));
  console.log(`pdf.js text extraction: ${DOCUMENTS} synthetic declarations of ${PAGES} pages in Chinese (generated in ${((performance.now() - g0) / 1000).toFixed(1)} s, not counted)\n`);
  await extractText(files[0], 'application/pdf'); // warm-up: loads pdf.js
  const t0 = performance.now();
  let pages = 0;
  let chars = 0;
  for (const path of files) {
    const result = await extractText(path, 'application/pdf');
    if (!result.ok) throw new Error(`extraction failed: ${result.code}`);
    pages += result.pages.length;
    chars += result.pages.reduce((n, p) => n + p.length, 0);
  }
  const seconds = (performance.now() - t0) / 1000;
  const perPage = seconds / pages;
  const rows = [
    ['documents', String(DOCUMENTS)],
    ['pages', String(pages)],
    ['characters extracted', String(chars)],
    ['time', `${seconds.toFixed(1)} s`],
    ['pages per second', (pages / seconds).toFixed(0)],
    ['5,000 declarations × 20 pages (extrapolated, one process)', `${((5000 * 20 * perPage) / 60).toFixed(1)} min`],
    ['peak RSS', `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
