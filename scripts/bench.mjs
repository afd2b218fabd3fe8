// `npm run bench`: every package's benchmarks, one after another. Each prints its own table of figures;
// none asserts timings (these machines are shared and noisy).
import { ensureDependencies, npm } from './lib/workspace.mjs';

const BENCHES = [
  { workspace: 'shared', script: 'bench', what: 'grade allocation and panel draw' },
  { workspace: 'shared', script: 'bench:similarity', what: '材料查重: 500 to 5,000 declarations of 20 pages (time and peak memory)' },
  { workspace: 'server', script: 'bench', what: '材料查重: pdf.js text extraction from 20-page declarations' },
];

if ((await ensureDependencies()) !== 0) process.exit(1);
// The server's benchmark imports the built rules.
if ((await npm(['run', 'build', '-w', 'shared'])) !== 0) process.exit(1);
let failed = 0;
for (const { workspace, script, what } of BENCHES) {
  console.log(`\n━━ ${workspace}: ${what}`);
  if ((await npm(['run', script, '-w', workspace])) !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
