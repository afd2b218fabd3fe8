// Helpers shared by `npm start` and `npm test`: install what is missing, build what is stale.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options, env: { ...process.env, ...options.env } });
    child.on('error', (error) => {
      console.error(`${command}: ${error.message}`);
      resolvePromise(127);
    });
    child.on('exit', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
}

export const npm = (args, options) => run(NPM, args, options);

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry === 'dist' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

/** True when `output` is missing or older than any of `inputs`. */
export function isStale(output, inputs) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  return inputs.some((input) => newestMtime(join(ROOT, input)) > built);
}

/** Installs dependencies from the lockfile when node_modules is missing or older than the lockfile. */
export async function ensureDependencies() {
  const marker = join(ROOT, 'node_modules', '.package-lock.json');
  const lock = join(ROOT, 'package-lock.json');
  const markerRequired = ['better-sqlite3', 'argon2', '@tarojs/cli', '@nestjs/core'].every((p) => existsSync(join(ROOT, 'node_modules', p)));
  if (existsSync(marker) && markerRequired && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return 0;
  console.log('▶ 安装依赖（npm ci）……');
  return npm(['ci', '--no-audit', '--no-fund']);
}

export const BUILDS = {
  shared: { output: join(ROOT, 'shared/dist/index.js'), inputs: ['shared/src', 'shared/package.json', 'shared/tsconfig.build.json', 'tsconfig.json'], args: ['run', 'build', '-w', 'shared'] },
  server: { output: join(ROOT, 'server/dist/main.js'), inputs: ['server/src', 'server/tsconfig.build.json', 'shared/src', 'tsconfig.json'], args: ['run', 'build', '-w', 'server'] },
  h5: {
    output: join(ROOT, 'miniapp/dist/h5/index.html'),
    inputs: ['miniapp/src', 'miniapp/config', 'miniapp/babel.config.js', 'shared/src'],
    args: ['run', 'build:h5', '-w', 'miniapp'],
    env: { NODE_ENV: 'production' },
  },
};

/** Builds the named targets that are missing or older than their sources. */
export async function buildIfStale(names) {
  for (const name of names) {
    const b = BUILDS[name];
    if (!isStale(b.output, b.inputs)) continue;
    console.log(`▶ 构建 ${name}……`);
    const code = await npm(b.args, { env: b.env });
    if (code !== 0) return code;
  }
  return 0;
}
