// `npm run restore -- <backup.tar.gz>`: restores a backup made by `npm run backup` into the EMPTY instance configured
// by the same environment as the server (DB_TYPE, DB_SQLITE_PATH or DB_HOST…, DATA_DIR, STORAGE_DIR). Stop the server
// first. It refuses a damaged backup (exit 1) and a target that already holds data or files (exit 2), and never
// overwrites or merges; see server/src/backup/restore.ts. Exit code 0 restored and verified, 1 a check failed, 2 could not run.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { BackupFailure, summary } from '../backup/format.js';
import { runRestore } from '../backup/restore.js';
import { loadConfig } from '../config/app-config.js';

const USAGE = '用法：npm run restore -- <备份文件.tar.gz>（恢复到空的实例：与服务器相同的环境变量 DATA_DIR / DB_* / STORAGE_DIR）';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env);
  // `npm run` works in the repository root; a relative path means relative to where the command was typed.
  const archive = resolve(process.env.INIT_CWD ?? process.cwd(), args[0]!);
  const result = await runRestore(config, archive, (line) => console.log(line));
  console.log(`✔ 恢复完成（备份于 ${result.manifest.createdAt}）`);
  console.log(`  ${summary('恢复', result.totals)}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BackupFailure) {
      console.error(`✘ 恢复失败：${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(`✘ 恢复未能进行：${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
