// Steps 2–3 of a restore (restore.ts): the target must be empty and not further on than the backup; then it gets
// exactly the backup's migrations, and its schema is checked against the backup's tables.
import { existsSync } from 'node:fs';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { MIGRATIONS } from '../database/migrations/index.js';
import { anchorStoreFor } from '../modules/audit/audit-anchor-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import { openTarget, type Target, where } from './database.js';
import { storeHasObjects } from './files.js';
import { cannotRun, type Manifest, type TableInfo } from './format.js';

/**
 * The migration `audit-head` writes the chain head's one row (the genesis marker while the log is empty). That row is
 * schema, not data, and is replaced by the backup's; every other table must be empty.
 */
export const WRITTEN_BY_MIGRATIONS = new Set(['audit_head']);

const migrationName = (migration: (typeof MIGRATIONS)[number]) => new migration().name ?? migration.name;

export async function refuseUnlessEmpty(target: Target, config: AppConfig): Promise<void> {
  const busy = (await target.nonEmpty(await target.tables())).filter((t) => !WRITTEN_BY_MIGRATIONS.has(t.table));
  if (busy.length) {
    const list = busy.slice(0, 5).map((t) => `${t.table}（${t.rows} 行）`).join('、');
    throw cannotRun(`目标数据库 ${where(config.database)} 已有数据：${list}${busy.length > 5 ? ' 等' : ''}。恢复只能在空的实例上进行，不会覆盖或合并现有数据；请换一个空的数据库/数据目录`);
  }
}

/** Cheap checks first, before the archive is read: the store holds no object and the database no row. */
export async function refuseNonEmptyInstance(config: AppConfig, store: ObjectStore): Promise<void> {
  if (config.database.type === 'sqlite' && config.database.sqlitePath === ':memory:') throw cannotRun('DB_SQLITE_PATH=:memory: 的数据库无法恢复（进程结束即消失）');
  if (await storeHasObjects(store)) {
    const instead = config.storage.driver === 's3' ? '请换一个空的存储桶或 S3_PREFIX' : '请换一个空的数据目录';
    throw cannotRun(`目标文件存储 ${store.description} 中已有文件。恢复只能在空的实例上进行，不会覆盖或合并现有文件；${instead}`);
  }
  const anchorStore = anchorStoreFor(config);
  try {
    if ((await anchorStore.names()).length) throw cannotRun(`目标文件存储 ${anchorStore.description} 中已有审计锚点。恢复只能在空的实例上进行；请换一个空的数据目录、存储桶或 S3_PREFIX`);
  } finally {
    anchorStore.close();
  }
  // A SQLite file that does not exist yet is empty; opening it would create it, and a refused restore creates nothing.
  if (config.database.type === 'sqlite' && !existsSync(config.database.sqlitePath)) return;
  const target = await openTarget(config.database);
  try {
    await refuseUnlessEmpty(target, config);
  } finally {
    await target.close();
  }
}

export async function prepareTarget(config: AppConfig, store: ObjectStore, manifest: Manifest): Promise<void> {
  const known = new Map(MIGRATIONS.map((m) => [migrationName(m), m]));
  const unknown = manifest.migrations.filter((m) => !known.has(m.name)).map((m) => m.name);
  if (unknown.length) throw cannotRun(`备份来自更新版本的程序，其数据库结构含本程序不认识的迁移：${unknown.join('、')}。请用不低于备份时版本的程序恢复`);

  await refuseNonEmptyInstance(config, store);
  const target = await openTarget(config.database);
  try {
    const applied = await target.migrations();
    const inBackup = new Set(manifest.migrations.map((m) => m.name));
    const ahead = applied.filter((name) => !inBackup.has(name));
    if (ahead.length) throw cannotRun(`目标数据库的结构比备份新（已执行迁移 ${ahead.join('、')}），无法放入旧结构的数据；请用空的数据库恢复`);
  } finally {
    await target.close();
  }

  const dataSource = new DataSource({ ...dataSourceOptions(config.database), migrations: MIGRATIONS.filter((m) => manifest.migrations.some((b) => b.name === migrationName(m))) });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
}

export function checkSchema(manifest: Manifest, targetTables: TableInfo[]): Map<string, TableInfo> {
  const byName = new Map(targetTables.map((t) => [t.name, t]));
  const problems: string[] = [];
  for (const table of manifest.tables) {
    const own = byName.get(table.name);
    if (!own) {
      problems.push(`目标数据库中没有表 ${table.name}`);
      continue;
    }
    const theirs = table.columns.map((c) => c.name).sort();
    const ours = own.columns.map((c) => c.name).sort();
    if (theirs.join(',') !== ours.join(',')) problems.push(`表 ${table.name} 的列不一致：备份为 ${theirs.join(',')}，目标为 ${ours.join(',')}`);
  }
  if (problems.length) throw cannotRun(`执行迁移后，目标数据库结构与备份不一致：\n${problems.map((p) => `  · ${p}`).join('\n')}`);
  return byName;
}
