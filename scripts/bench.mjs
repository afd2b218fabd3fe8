// `npm run bench`: every benchmark of the platform in one run (test/perf/run.mjs), after building what they measure:
// the rules (shared), the server, and the front end. They print ONE table of figures against their targets and write
// the same figures to test/perf/out/results.json; none asserts timings (these machines are shared and noisy).
//   npm run bench                 all of them
//   npm run bench -- api upload   only the benches named (api, upload, rules, frontend, season)
// The packages' own benchmarks still run alone: npm run bench -w shared, bench:similarity -w shared, bench -w server.
import { join } from 'node:path';
import { ensureDependencies, npm, ROOT, run } from './lib/workspace.mjs';

if ((await ensureDependencies()) !== 0) process.exit(1);
for (const args of [
  ['run', 'build', '-w', 'shared'],
  ['run', 'build', '-w', 'server'],
  ['run', 'build', '-w', 'miniapp'],
]) {
  if ((await npm(args)) !== 0) process.exit(1);
}
process.exit(await run(process.execPath, [join(ROOT, 'test/perf/run.mjs'), ...process.argv.slice(2)], { cwd: ROOT }));
