// LibreOffice for the evaluation: installed from Debian when missing (as root), run headless in batches with its own
// profile (so it neither waits for nor disturbs another soffice on the machine).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PACKAGES = ['libreoffice-writer-nogui', 'libreoffice-impress-nogui'];
const BATCH = 20;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

export function ensureSoffice(log) {
  if (has('soffice')) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    throw new Error(`查重评估需要 LibreOffice（soffice）把文档转成 PDF 和 PPTX。请以 root 身份安装：\n  apt-get update && apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}\n或用 --text-only 跳过渲染。`);
  }
  log(`Installing LibreOffice: ${PACKAGES.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () => spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env }).status === 0;
  if (!install()) {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    if (!install()) throw new Error(`安装 LibreOffice 失败：apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`);
  }
}

/** Converts files (absolute paths) to `format` into outDir, BATCH files per soffice run. */
export function convert(files, format, outDir, profileDir) {
  mkdirSync(outDir, { recursive: true });
  for (let i = 0; i < files.length; i += BATCH) {
    const batch = files.slice(i, i + BATCH);
    const result = spawnSync(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profileDir).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...batch],
      { encoding: 'utf8', timeout: 600_000 },
    );
    if (result.status !== 0) throw new Error(`soffice --convert-to ${format} 失败（${result.status ?? result.signal}）：${result.stderr}`);
  }
  return files.map((f) => join(outDir, f.replace(/^.*\//u, '').replace(/\.[^.]+$/u, `.${format}`)));
}
