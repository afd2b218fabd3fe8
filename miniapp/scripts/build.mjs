// Builds the mini-program and the H5 site, then enforces WeChat's package size limits on the weapp output.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const taroBin = path.join(path.dirname(require.resolve('@tarojs/cli/package.json')), 'bin', 'taro');

const MAIN_PACKAGE_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 20 * 1024 * 1024;

function build(type) {
  console.log(`\n> taro build --type ${type}`);
  const result = spawnSync(process.execPath, [taroBin, 'build', '--type', type], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    console.error(`taro build --type ${type} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

function sizeOf(target) {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

build('weapp');
build('h5');

const weappDir = path.join(root, 'dist', 'weapp');
const appJsonPath = path.join(weappDir, 'app.json');
if (!existsSync(appJsonPath)) {
  console.error('dist/weapp/app.json is missing');
  process.exit(1);
}
if (!existsSync(path.join(root, 'dist', 'h5', 'index.html'))) {
  console.error('dist/h5/index.html is missing (is src/index.html present?)');
  process.exit(1);
}

const appJson = JSON.parse(readFileSync(appJsonPath, 'utf8'));
const subPackages = [...(appJson.subPackages ?? []), ...(appJson.subpackages ?? [])];
const subRoots = new Set(subPackages.map((p) => path.normalize(p.root).replace(/[\\/]+$/, '')));

const total = sizeOf(weappDir);
let main = 0;
// Walk the tree so that nested subpackage roots (e.g. "packages/declarant") are excluded too.
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    const rel = path.relative(weappDir, full);
    if (subRoots.has(rel)) continue;
    const stat = statSync(full);
    if (stat.isDirectory()) walk(full);
    else main += stat.size;
  }
}
walk(weappDir);

console.log('\nweapp package sizes');
console.log(`  main package: ${kb(main)} (limit ${kb(MAIN_PACKAGE_LIMIT)})`);
for (const p of subPackages) {
  const dir = path.join(weappDir, p.root);
  if (existsSync(dir)) console.log(`  subpackage ${p.root}: ${kb(sizeOf(dir))}`);
}
console.log(`  total: ${kb(total)} (limit ${kb(TOTAL_LIMIT)})`);
console.log(`h5 total: ${kb(sizeOf(path.join(root, 'dist', 'h5')))}`);

let ok = true;
// Every page the mini-program declares must have been emitted, main package and subpackages alike.
const declaredPages = [...appJson.pages, ...subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))];
for (const page of declaredPages) {
  for (const ext of ['js', 'json', 'wxml']) {
    if (!existsSync(path.join(weappDir, `${page}.${ext}`))) {
      console.error(`weapp page ${page} is missing its .${ext}`);
      ok = false;
    }
  }
}
console.log(`weapp pages: ${declaredPages.length} (${declaredPages.join(', ')})`);
if (main > MAIN_PACKAGE_LIMIT) {
  console.error(`main package ${kb(main)} exceeds ${kb(MAIN_PACKAGE_LIMIT)}`);
  ok = false;
}
if (total > TOTAL_LIMIT) {
  console.error(`total ${kb(total)} exceeds ${kb(TOTAL_LIMIT)}`);
  ok = false;
}
process.exit(ok ? 0 : 1);
