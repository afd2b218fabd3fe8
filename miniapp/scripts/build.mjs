// Builds the mini-program and the H5 site, then checks the weapp output against WeChat's rules (weapp-rules.mjs).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIN_BASE_LIBRARY, PACKAGE_LIMIT, TOTAL_LIMIT, checkWeappBuild } from './weapp-rules.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const taroBin = path.join(path.dirname(require.resolve('@tarojs/cli/package.json')), 'bin', 'taro');

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
if (!existsSync(path.join(root, 'dist', 'h5', 'index.html'))) {
  console.error('dist/h5/index.html is missing (is src/index.html present?)');
  process.exit(1);
}

const result = checkWeappBuild(weappDir, {
  projectConfigs: [path.join(root, 'project.config.json'), path.join(weappDir, 'project.config.json')],
});
if (result.sizes) {
  console.log('\nweapp package sizes');
  console.log(`  main package: ${kb(result.sizes.main)} (limit ${kb(PACKAGE_LIMIT)})`);
  for (const sub of result.sizes.subpackages) console.log(`  subpackage ${sub.root}: ${kb(sub.size)} (limit ${kb(PACKAGE_LIMIT)})`);
  console.log(`  total: ${kb(result.sizes.total)} (limit ${kb(TOTAL_LIMIT)})`);
}
console.log(`h5 total: ${kb(sizeOf(path.join(root, 'dist', 'h5')))}`);
console.log(`weapp pages: ${result.pages.length} (${result.pages.join(', ')})`);
console.log(`weapp minimum base library: ${MIN_BASE_LIBRARY}`);
for (const a of result.allowed) console.log(`  allowed browser global ${a.name} at ${a.where}: ${a.reason}`);

if (result.violations.length > 0) {
  console.error(`\nweapp violates ${result.violations.length} of WeChat's rules (微信小程序规则检查未通过):`);
  for (const v of result.violations) console.error(`  [${v.rule}] ${v.message}`);
  process.exit(1);
}
console.log('weapp rules passed (微信小程序规则检查通过): package sizes, pages emitted, app.json for the base library, browser globals');
