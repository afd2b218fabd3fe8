// `npm run bench`: every package's benchmarks, one after another. Each prints its own table of figures;
// none asserts timings (these machines are shared and noisy).
import { ensureDependencies, npm } from './lib/workspace.mjs';

const BENCHES = [{ workspace: 'shared', what: 'grade allocation and panel draw' }];

if ((await ensureDependencies()) !== 0) process.exit(1);
let failed = 0;
for (const { workspace, what } of BENCHES) {
  console.log(`\n━━ ${workspace}: ${what}`);
  if ((await npm(['run', 'bench', '-w', workspace])) !== 0) failed += 1;
}
process.exit(failed ? 1 : 0);
