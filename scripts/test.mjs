// `npm test`: every check the project has, in one run — type checks, lint, unit tests, the server's
// integration tests on SQLite and on a throwaway MariaDB, both front-end builds, and the browser tests
// in Chromium. It goes on after a failure so one run shows everything, and ends with `N passed, N failed`.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { skippedTests, unlistedSkips } from './lib/skips.mjs';
import { startMariaDb } from './lib/mariadb.mjs';
import { clearContractReports, printContractSummary } from './lib/contract-summary.mjs';
import { printProbeTable } from './lib/probe-table.mjs';
import { ensureProseCorpus } from './lib/prose-corpus.mjs';
import { ensureSystemDeps } from './lib/system-deps.mjs';
import { ensureDependencies, npm, ROOT, run } from './lib/workspace.mjs';

const JEST = join(ROOT, 'node_modules/jest/bin/jest.js');
const REPORTS = join(ROOT, 'test/artifacts/reports');
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });
// The probe suite (server/test/probe) appends its counts here; the table is printed before the summary.
const PROBE_OUT = join(ROOT, 'test/artifacts/probe');
rmSync(PROBE_OUT, { recursive: true, force: true });
clearContractReports(ROOT);

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
async function step(title, fn, { quiet = false } = {}) {
  if (!quiet) banner(title);
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

/** Runs a command with its output into a file (for steps that run side by side); resolves with its exit code. */
function runLogged(command, args, log, options) {
  return new Promise((resolvePromise) => {
    const fd = openSync(log, 'w');
    const child = spawn(command, args, { ...options, env: { ...process.env, ...options.env }, stdio: ['ignore', fd, fd] });
    child.on('error', (error) => {
      closeSync(fd);
      writeFileSync(log, `${command}: ${error.message}\n`, { flag: 'a' });
      resolvePromise(127);
    });
    child.on('exit', (code, signal) => {
      closeSync(fd);
      resolvePromise(code ?? (signal ? 128 : 1));
    });
  });
}

/** A Jest run; its test counts go into the closing line. With `log`, its output goes to that file (see alongside). */
async function jest(title, cwd, { esm = true, env = {}, args = [], log = null } = {}) {
  const report = join(REPORTS, `${title.replace(/[^a-z0-9]+/gi, '-')}.json`);
  const nodeArgs = [...(esm ? ['--experimental-vm-modules', '--no-warnings=ExperimentalWarning'] : []), JEST, '--json', `--outputFile=${report}`, ...args];
  return step(title, async () => {
    const options = { cwd: join(ROOT, cwd), env: { ...env, FORCE_COLOR: '0' } };
    const code = log ? await runLogged(process.execPath, nodeArgs, log, options) : await run(process.execPath, nodeArgs, options);
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
  }, { quiet: log !== null });
}

/**
 * Jest runs side by side (each runs its files one at a time, so two of them keep both cores busy): each one's output
 * goes to its own file under test/artifacts/reports/ and is printed whole, one after the other, once both are done.
 */
async function alongside(runs) {
  banner(`${runs.map(([title]) => title).join(' ‖ ')}（并行 side by side）`);
  const logs = runs.map(([title]) => join(REPORTS, `${title.replace(/[^a-z0-9]+/gi, '-')}.log`));
  await Promise.all(runs.map(([title, cwd, options], i) => jest(title, cwd, { ...options, log: logs[i] })));
  for (const [i, [title]] of runs.entries()) {
    banner(title);
    process.stdout.write(existsSync(logs[i]) ? readFileSync(logs[i], 'utf8') : '(no output)\n');
  }
}

const tsc = (project) => run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project, '--noEmit']);

let mariadb = null;
try {
  if (!(await step('依赖 dependencies', ensureDependencies))) throw new Error('无法安装依赖');
  await step('系统软件包 system packages (MariaDB, Chromium, CJK font)', async () => (ensureSystemDeps(), 0));
  // The 材料查重 evaluation spec (shared/src/similarity/eval) reads real Chinese prose from Debian's documentation.
  await step('查重评估语料 prose corpus (Debian zh docs)', async () => (await ensureProseCorpus({ log: console.log }), 0));
  const sharedBuilt = await step('构建 shared', () => npm(['run', 'build', '-w', 'shared']));

  await step('类型检查 typecheck: shared', () => tsc('shared/tsconfig.json'));
  await step('类型检查 typecheck: shared benchmarks', () => tsc('shared/tsconfig.bench.json'));
  await step('类型检查 typecheck: server', () => tsc('server/tsconfig.json'));
  await step('类型检查 typecheck: miniapp', () => tsc('miniapp/tsconfig.json'));
  await step('类型检查 typecheck: test', () => tsc('test/tsconfig.json'));
  await step('代码检查 lint', () => run(process.execPath, [join(ROOT, 'node_modules/eslint/bin/eslint.js'), '.', '--max-warnings=0']));
  await step('模块边界 module boundaries (dependency-cruiser)', () => run(process.execPath, [join(ROOT, 'scripts/boundaries.mjs')]));

  await jest('unit: shared', 'shared');
  if (sharedBuilt) await jest('unit: miniapp components', 'miniapp', { esm: false });

  const mariadbUp = await step('启动 MariaDB', async () => {
    mariadb = await startMariaDb();
    return 0;
  });
  if (!mariadbUp) testsFailed += 1;
  await alongside([
    ['integration: server on SQLite', 'server', { env: { TEST_DB: 'sqlite' } }],
    ...(mariadbUp ? [['integration: server on MariaDB', 'server', { env: { TEST_DB: 'mariadb', ...mariadb.env } }]] : []),
  ]);

  const built =
    (await step('构建 server', () => npm(['run', 'build', '-w', 'server']))) &&
    (await step('构建 weapp + h5 (npm run build)', () => npm(['run', 'build'])));
  // The weapp build in a headless WeChat runtime runs beside the browser tests: each starts its own servers.
  if (built) {
    await alongside([
      ['browser end-to-end: Chromium on the H5 build', 'test', { args: ['--runInBand'] }],
      ['mini-program: the weapp build in WeChat’s runtime (wcc + exparser)', 'test', { args: ['-c', 'jest.weapp.config.js', '--runInBand'] }],
    ]);
  } else testsFailed += 1;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  testsFailed += 1;
} finally {
  if (mariadb) await step('停止 MariaDB', async () => (await mariadb.stop(), 0));
}

printProbeTable(PROBE_OUT);
printContractSummary(ROOT);

banner('小结 summary');
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.title.padEnd(56)} ${r.seconds.toFixed(1).padStart(6)} s`);
const failedSteps = results.filter((r) => !r.ok).length;
console.log(`\n总耗时 ${((Date.now() - started) / 1000).toFixed(0)} s；步骤 ${results.length - failedSteps}/${results.length} 通过`);
// Steps that failed without a test count (type check, lint, build) still count as failures in the closing line.
const stepFailures = results.filter((r) => !r.ok && !/^(unit|integration|browser|mini-program)/.test(r.title)).length;
// A skipped test is a claim nobody checked: each one must be listed with its reason in test/skips.json, or the run fails.
const unlisted = unlistedSkips(skipped);
if (skipped.length > 0) {
  console.log(`\n跳过的测试 skipped tests (${skipped.length}):`);
  for (const s of skipped) console.log(`  ${unlisted.includes(s) ? '✘ 未登记 unlisted' : '· 已登记 listed  '} ${s.suite}: ${s.file} › ${s.name}`);
}
if (unlisted.length > 0) console.log(`${unlisted.length} skipped test(s) not listed with a reason in test/skips.json: this run fails.`);
console.log(`${testsPassed} passed, ${testsFailed + stepFailures} failed, ${testsSkipped} skipped`);
process.exit(failedSteps > 0 || testsFailed > 0 || unlisted.length > 0 ? 1 : 0);
