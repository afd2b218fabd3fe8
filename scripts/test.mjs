// `npm test`: every check the project has, in one run — type checks, lint, unit tests, the server's
// integration tests on SQLite and on a throwaway MariaDB, both front-end builds, and the browser tests
// in Chromium. It goes on after a failure so one run shows everything, and ends with `N passed, N failed`.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { skippedTests, unlistedSkips } from './lib/skips.mjs';
import { startMariaDb } from './lib/mariadb.mjs';
import { printProbeTable } from './lib/probe-table.mjs';
import { ensureSystemDeps } from './lib/system-deps.mjs';
import { ensureDependencies, npm, ROOT, run } from './lib/workspace.mjs';

const JEST = join(ROOT, 'node_modules/jest/bin/jest.js');
const REPORTS = join(ROOT, 'test/artifacts/reports');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
// The probe suite (server/test/probe) appends its counts here; the table is printed before the summary.
const PROBE_OUT = join(ROOT, 'test/artifacts/probe');
rmSync(PROBE_OUT, { recursive: true, force: true });

const results = [];
let testsPassed = 0;
let testsFailed = 0;
let testsSkipped = 0;
/** Skipped tests found in the reports: `suite › test name` with the file, for the closing check against the list. */
const skipped = [];
const started = Date.now();

function banner(title) {
  console.log(`\n━━ ${title} ${'━'.repeat(Math.max(0, 60 - title.length))}`);
}

/** A step that is not a test suite (install, type check, build): it passes or fails as one. */
async function step(title, fn) {
  banner(title);
  const t0 = Date.now();
  let ok;
  try {
    ok = (await fn()) === 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    ok = false;
  }
  results.push({ title, ok, seconds: (Date.now() - t0) / 1000 });
  return ok;
}

/** A Jest run; its test counts go into the closing line. */
async function jest(title, cwd, { esm = true, env = {}, args = [] } = {}) {
  const report = join(REPORTS, `${title.replace(/[^a-z0-9]+/gi, '-')}.json`);
  const nodeArgs = [...(esm ? ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'] : []), JEST, '--json', `--outputFile=${report}`, ...args];
  return step(title, async () => {
    const code = await run(process.execPath, nodeArgs, { cwd: join(ROOT, cwd), env: { ...env, FORCE_COLOR: '0' } });
    if (!existsSync(report)) {
      testsFailed += 1;
      return code || 1;
    }
    const r = JSON.parse(readFileSync(report, 'utf8'));
    testsPassed += r.numPassedTests;
    const skippedHere = skippedTests(r, title);
    testsSkipped += skippedHere.length;
    skipped.push(...skippedHere);
    // A suite that fails to load runs no tests; count it, or a broken file would look like success.
    testsFailed += r.numFailedTests + r.numRuntimeErrorTestSuites;
    if (r.numTotalTests === 0) {
      console.error(`${title}: no tests ran`);
      testsFailed += 1;
      return 1;
    }
    return code;
  });
}

const tsc = (project) => run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project, '--noEmit']);

let mariadb = null;
try {
  if (!(await step('依赖 dependencies', ensureDependencies))) throw new Error('无法安装依赖');
  await step('系统软件包 system packages (MariaDB, Chromium, CJK font)', async () => (ensureSystemDeps(), 0));
  const sharedBuilt = await step('构建 shared', () => npm(['run', 'build', '-w', 'shared']));

  await step('类型检查 typecheck: shared', () => tsc('shared/tsconfig.json'));
  await step('类型检查 typecheck: shared benchmarks', () => tsc('shared/tsconfig.bench.json'));
  await step('类型检查 typecheck: server', () => tsc('server/tsconfig.json'));
  await step('类型检查 typecheck: miniapp', () => tsc('miniapp/tsconfig.json'));
  await step('类型检查 typecheck: test', () => tsc('test/tsconfig.json'));
  await step('代码检查 lint', () => run(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings=0']));

  await jest('unit: shared', 'shared');
  if (sharedBuilt) await jest('unit: miniapp components', 'miniapp', { esm: false });

  await jest('integration: server on SQLite', 'server', { env: { TEST_DB: 'sqlite' } });
  const mariadbUp = await step('启动 MariaDB', async () => {
    mariadb = await startMariaDb();
    return 0;
  });
  if (mariadbUp) await jest('integration: server on MariaDB', 'server', { env: { TEST_DB: 'mariadb', ...mariadb.env } });
  else testsFailed += 1;

  const built =
    (await step('构建 server', () => npm(['run', 'build', '-w', 'server']))) &&
    (await step('构建 weapp + h5 (npm run build)', () => npm(['run', 'build'])));
  if (built) await jest('browser end-to-end: Chromium on the H5 build', 'test', { args: ['--runInBand'] });
  else testsFailed += 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  testsFailed += 1;
} finally {
  if (mariadb) await step('停止 MariaDB', async () => (await mariadb.stop(), 0));
}

printProbeTable(PROBE_OUT);

banner('小结 summary');
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.title.padEnd(56)} ${r.seconds.toFixed(1).padStart(6)} s`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`\n总耗时 ${((Date.now() - started) / 1000).toFixed(0)} s；步骤 ${results.length - failedSteps}/${results.length} 通过`);
// Steps that failed without a test count (type check, lint, build) still count as failures in the closing line.
const stepFailures = results.filter((r) => !r.ok && !/^(unit|integration|browser)/.test(r.title)).length;
// A skipped test is a claim nobody checked: each one must be listed with its reason in test/skips.json, or the run fails.
const unlisted = unlistedSkips(skipped);
if (skipped.length > 0) {
  console.log(`\n跳过的测试 skipped tests (${skipped.length}):`);
  for (const s of skipped) console.log(`  ${unlisted.includes(s) ? '✘ 未登记 unlisted' : '· 已登记 listed  '} ${s.suite}: ${s.file} › ${s.name}`);
}
if (unlisted.length > 0) console.log(`${unlisted.length} skipped test(s) not listed with a reason in test/skips.json: this run fails.`);
console.log(`${testsPassed} passed, ${testsFailed + stepFailures} failed, ${testsSkipped} skipped`);
process.exit(failedSteps > 0 || testsFailed > 0 || unlisted.length > 0 ? 1 : 0);
