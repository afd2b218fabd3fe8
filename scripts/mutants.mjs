// `npm run test:broken [name…]`: deliberately broken copies of the code, each of which one named test must catch.
//
// Every file in test/mutants/ names a claim of the README, the fault its test injects, and edits that break the code
// the way the claim says cannot happen. For each, this copies the working tree to a temporary folder (the repository's
// own node_modules linked in, so nothing is installed), applies the edits there, builds what it names, runs its test
// in the copy, and reports whether the test FAILED — as it must. A broken copy that passes is a claim no test checks:
// the command then exits 1. `--control` also runs each test on the unbroken copy first (it must pass there).
// The working tree itself is never changed.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stripVTControlCharacters } from 'node:util';
import { startMariaDb } from './lib/mariadb.mjs';
import { ROOT } from './lib/workspace.mjs';

const MUTANTS = join(ROOT, 'test/mutants');
const OUT = join(ROOT, 'test/artifacts/mutants');
const WORKSPACES = ['shared', 'server', 'miniapp', 'test'];
/** Left out of the copy: dependencies (linked instead), git, test output, and other builds of the server. */
const NOT_COPIED = ['./node_modules', './.git', './test/artifacts', './test/perf/out', ...WORKSPACES.map((w) => `./${w}/node_modules`), './server/dist-*'];

const args = process.argv.slice(2);
const control = args.includes('--control');
const wanted = args.filter((a) => !a.startsWith('--'));

function exec(command, argv, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

async function loadMutants() {
  const files = readdirSync(MUTANTS).filter((f) => f.endsWith('.mjs')).sort();
  const all = [];
  for (const file of files) {
    const name = file.replace(/\.mjs$/, '');
    const m = (await import(pathToFileURL(join(MUTANTS, file)).href)).default;
    for (const key of ['claim', 'fault', 'broken', 'edits', 'test']) if (!m?.[key]) throw new Error(`test/mutants/${file}: "${key}" is missing`);
    all.push({ name, ...m });
  }
  const chosen = wanted.length === 0 ? all : all.filter((m) => wanted.some((w) => m.name === w || m.name.startsWith(w)));
  if (chosen.length === 0) throw new Error(`no broken copy matches ${wanted.join(', ')}`);
  return chosen;
}

/** The working tree as it is now (tracked or not, built outputs included), with the dependencies linked, not copied. */
async function copyTree() {
  const dir = mkdtempSync(join(tmpdir(), 'cacem-mutant-'));
  const excludes = NOT_COPIED.map((p) => `--exclude=${p}`);
  const packed = await exec('sh', ['-c', `tar -C "${ROOT}" ${excludes.map((e) => `'${e}'`).join(' ')} -cf - . | tar -C "${dir}" -xf -`]);
  if (packed.code !== 0) throw new Error(`copying the tree failed: ${packed.output}`);
  // Packages resolve from the repository's node_modules; the workspaces' own links point at the copy's folders.
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
    if (entry === '@cacem') continue;
    symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry));
  }
  mkdirSync(join(modules, '@cacem'));
  for (const w of readdirSync(join(ROOT, 'node_modules/@cacem'))) symlinkSync(join('..', '..', w), join(modules, '@cacem', w));
  for (const w of WORKSPACES) {
    const own = join(ROOT, w, 'node_modules');
    if (existsSync(own) && lstatSync(own).isDirectory()) symlinkSync(own, join(dir, w, 'node_modules'));
  }
  return dir;
}

function applyEdits(dir, mutant) {
  for (const edit of mutant.edits) {
    const path = join(dir, edit.file);
    if (!existsSync(path)) throw new Error(`${mutant.name}: ${edit.file} does not exist`);
    const text = readFileSync(path, 'utf8');
    const count = text.split(edit.find).length - 1;
    if (count !== 1) throw new Error(`${mutant.name}: the text to break occurs ${count} times in ${edit.file} (must be once): the broken copy is stale`);
    writeFileSync(path, text.replace(edit.find, () => edit.replace));
  }
}

async function build(dir, what) {
  for (const w of what ?? []) {
    if (w === 'h5' || w === 'weapp') {
      const taro = join(ROOT, 'node_modules/@tarojs/cli/bin/taro');
      const r = await exec(process.execPath, [taro, 'build', '--type', w], { cwd: join(dir, 'miniapp'), env: { ...process.env, NODE_ENV: 'production' } });
      if (r.code !== 0) throw new Error(`building the ${w === 'h5' ? 'H5 site' : 'mini-program'} in the copy failed:\n${r.output.slice(-3000)}`);
      continue;
    }
    const r = await exec(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, w, w === 'server' ? 'tsconfig.build.json' : 'tsconfig.json')], { cwd: join(dir, w) });
    if (r.code !== 0) throw new Error(`building ${w} in the copy failed:\n${r.output.slice(-3000)}`);
  }
}

const firstLines = (text = '') => stripVTControlCharacters(text).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join(' ⏎ ').slice(0, 300);

let mariadb = null;
async function runTest(dir, test) {
  const env = { ...process.env, FORCE_COLOR: '0', ...(test.env ?? {}) };
  delete env.E2E_SERVER_DIST;
  if (env.TEST_DB === 'mariadb') {
    mariadb ??= await startMariaDb(() => undefined);
    Object.assign(env, mariadb.env);
  }
  const report = join(dir, 'mutant-report.json');
  rmSync(report, { force: true });
  const esm = test.cwd !== 'miniapp';
  const argv = [...(esm ? ['--experimental-vm-modules', '--no-warnings'] : []), join(ROOT, 'node_modules/jest/bin/jest.js'), '--runInBand', '--json', `--outputFile=${report}`, ...test.args];
  const r = await exec(process.execPath, argv, { cwd: join(dir, test.cwd), env });
  if (!existsSync(report)) return { code: r.code, passed: 0, failed: 0, errors: 1, total: 0, output: r.output };
  const j = JSON.parse(readFileSync(report, 'utf8'));
  // What the test said when it failed: its name and the first lines of its message, to show it failed for the claim.
  const failures = (j.testResults ?? []).flatMap((f) => [
    ...(f.assertionResults ?? []).filter((t) => t.status === 'failed').map((t) => `${t.fullName}: ${firstLines(t.failureMessages?.[0])}`),
    ...(f.testExecError ? [`${relative(dir, f.name)}: ${firstLines(f.testExecError.message)}`] : []),
  ]);
  return { code: r.code, passed: j.numPassedTests, failed: j.numFailedTests, errors: j.numRuntimeErrorTestSuites, total: j.numTotalTests, failures, output: r.output };
}

const rows = [];
let survived = 0;
try {
  const mutants = await loadMutants();
  console.log(`${mutants.length} deliberately broken cop${mutants.length === 1 ? 'y' : 'ies'}${control ? ', each test first run on the unbroken copy' : ''}\n`);
  for (const m of mutants) {
    const started = Date.now();
    const dir = await copyTree();
    const row = { name: m.name, claim: m.claim, fault: m.fault, broken: m.broken, test: `${m.test.cwd}/ ${m.test.args.join(' ')}`, env: m.test.env ?? {} };
    try {
      if (control) {
        await build(dir, m.build);
        const c = await runTest(dir, m.test);
        row.control = { passed: c.passed, failed: c.failed + c.errors };
        // A test that fails on the unbroken copy proves nothing by failing on the broken one.
        if (c.failed + c.errors > 0 || c.passed === 0) throw new Error(`the unbroken copy does not pass its test (${c.passed} passed, ${c.failed + c.errors} failed):\n${c.output.slice(-4000)}`);
      }
      applyEdits(dir, m);
      await build(dir, m.build);
      const r = await runTest(dir, m.test);
      row.result = { passed: r.passed, failed: r.failed, errors: r.errors, total: r.total, failures: r.failures };
      row.caught = r.failed + r.errors > 0 && r.code !== 0;
      // A test file that fails to load also "fails", but that proves nothing about the claim: say so.
      if (r.total === 0) row.caught = false;
      if (!row.caught) {
        survived += 1;
        console.log(`${m.name}: the broken copy PASSED its test — no test checks this claim.\n${r.output.slice(-4000)}`);
      }
    } catch (error) {
      row.caught = false;
      row.error = error instanceof Error ? error.message : String(error);
      survived += 1;
      console.log(`${m.name}: ${row.error}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    row.seconds = Math.round((Date.now() - started) / 1000);
    row.ranAt = new Date().toISOString();
    rows.push(row);
    const res = row.result ? `${row.result.failed + row.result.errors} of ${row.result.total} failed` : 'did not run';
    console.log(`${row.caught ? '✔ caught  ' : '✘ MISSED  '} ${m.name.padEnd(34)} ${res.padEnd(18)} ${String(row.seconds).padStart(4)} s   ${m.claim}`);
    for (const f of row.result?.failures ?? []) console.log(`             ↳ ${f}`);
  }
} finally {
  if (mariadb) await mariadb.stop();
  // Results of earlier runs are kept for the broken copies not run this time (and still in test/mutants/).
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'results.json');
  const present = new Set(readdirSync(MUTANTS).map((f) => f.replace(/\.mjs$/, '')));
  const earlier = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).filter((r) => present.has(r.name) && !rows.some((x) => x.name === r.name)) : [];
  writeFileSync(file, `${JSON.stringify([...earlier, ...rows].sort((a, b) => a.name.localeCompare(b.name)), null, 2)}\n`);
}

console.log(`\n${rows.length - survived} of ${rows.length} broken copies caught by their tests (results in ${relative(ROOT, join(OUT, 'results.json'))})`);
process.exit(survived > 0 ? 1 : 0);
