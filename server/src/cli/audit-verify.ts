// `npm run audit:verify`: walks the audit log's hash chain in the configured database (the same environment as the
// server: DB_TYPE, DB_SQLITE_PATH or DB_HOST…, DATA_DIR, STORAGE_*, AUDIT_ANCHOR_KEY) and checks it against the anchors
// in the file store; names the first problem. Exit code 0 when intact, 1 when broken, 2 when the check could not run.
// Read-only: it opens the database and the file store and changes nothing.
import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { AuditAnchorService } from '../modules/audit/audit-anchor.service.js';
import { AuditService } from '../modules/audit/audit.service.js';

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  if (config.database.type === 'sqlite' && config.database.sqlitePath !== ':memory:' && !existsSync(config.database.sqlitePath)) {
    throw new Error(`找不到数据库文件 ${config.database.sqlitePath}（请设置与服务器相同的 DATA_DIR 或 DB_SQLITE_PATH）`);
  }
  const dataSource = new DataSource(dataSourceOptions(config.database));
  await dataSource.initialize();
  const anchors = new AuditAnchorService(dataSource, config);
  try {
    const started = performance.now();
    const result = await new AuditService(dataSource, anchors).verifyChain();
    const where = config.database.type === 'sqlite' ? config.database.sqlitePath : `${config.database.host}:${config.database.port}/${config.database.database}`;
    console.log(`${result.intact ? '✔' : '✘'} ${result.message}`);
    console.log(`  数据库 ${where} · ${result.entries} 条 · ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { valid, otherKey, forged } = result.anchors;
    console.log(`  锚点 ${anchors.description} · ${valid} 个有效${otherKey ? ` · ${otherKey} 个为另一密钥所签` : ''}${forged ? ` · ${forged} 个伪造或改动` : ''}${result.anchor ? ` · 最新 ${result.anchor.at}（第 ${result.anchor.lastId} 条）` : ''}`);
    if (!result.intact) console.log(`  first broken link: entry ${result.firstBrokenId ?? '-'} (${result.reason})`);
    return result.intact ? 0 : 1;
  } finally {
    anchors.close();
    await dataSource.destroy();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`审计日志校验未能进行：${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
