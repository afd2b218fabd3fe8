// System packages the tests need, installed from Debian when missing (as root) or named exactly (otherwise).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const hasFont = () => spawnSync('sh', ['-c', 'fc-list :lang=zh | grep -q .'], { stdio: 'ignore' }).status === 0;

export const REQUIREMENTS = [
  { what: 'MariaDB server', ok: () => has('mariadbd') || existsSync('/usr/sbin/mariadbd'), packages: ['mariadb-server-core', 'mariadb-client-core'] },
  { what: 'Chromium', ok: () => existsSync('/usr/bin/chromium'), packages: ['chromium'] },
  { what: 'CJK font', ok: hasFont, packages: ['fonts-wqy-zenhei', 'fontconfig'] },
  // The scale-out test puts two server instances behind nginx (test/e2e/scale-out.e2e.ts).
  { what: 'nginx', ok: () => has('nginx') || existsSync('/usr/sbin/nginx'), packages: ['nginx-light'] },
  // The durability test runs the server under strace and reads every fsync and rename (test/e2e/durability.e2e.ts).
  { what: 'strace', ok: () => has('strace'), packages: ['strace'] },
];

export function ensureSystemDeps(log = console.log) {
  const missing = REQUIREMENTS.filter((r) => !r.ok());
  if (missing.length === 0) return;
  const packages = missing.flatMap((r) => r.packages);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    throw new Error(
      `测试需要以下系统软件包：${missing.map((r) => r.what).join('、')}。请以 root 身份安装：\n  apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`,
    );
  }
  log(`Installing system packages: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
  const still = missing.filter((r) => !r.ok());
  if (still.length) throw new Error(`安装后仍缺少：${still.map((r) => r.what).join('、')}`);
}
