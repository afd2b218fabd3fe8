// `npm run backup -- <target>`: a consistent backup of the database and the file store of the instance configured by
// the same environment as the server (DB_TYPE, DB_SQLITE_PATH or DB_HOST…, DATA_DIR, STORAGE_DIR), running or stopped,
// into one .tar.gz (see server/src/backup/). <target> is the archive's name or a folder to put a dated one in.
// Exit code 0 done, 1 a check failed (a damaged file in the store, or files the rows name are missing), 2 could not run.
import 'reflect-metadata';
import { resolve } from 'node:path';
import { runBackup } from '../backup/backup.js';
import { BackupFailure, summary } from '../backup/format.js';
import { loadConfig } from '../config/app-config.js';

const USAGE = '用法：npm run backup -- <备份文件名.tar.gz 或 目录>';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length !== 1 || args[0]!.startsWith('-')) {
    console.error(USAGE);
    return 2;
  }
  const config = loadConfig(process.env);
  // `npm run` works in the repository root; a relative path means relative to where the command was typed.
  const target = resolve(process.env.INIT_CWD ?? process.cwd(), args[0]!);
  const result = await runBackup(config, target, (line) => console.log(line));
  const missing = result.manifest.missingReferencedObjects;
  console.log(`✔ 备份已写入 ${result.path}`);
  console.log(`  ${summary('备份', result.totals)}`);
  if (missing.length) {
    // The backup is as complete as the store allows; the store itself lacks files the data names. Someone must look.
    console.error(`✘ 数据中引用的 ${missing.length} 个文件在文件存储中不存在（备份前已缺失），例如 ${missing.slice(0, 3).join('、')}；清单中已记录，请核查文件存储`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof BackupFailure) {
      console.error(`✘ 备份失败：${error.message}`);
      process.exit(error.exitCode);
    }
    console.error(`✘ 备份未能进行：${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
