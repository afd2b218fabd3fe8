/*
 * Restoring a backup into an empty instance (same environment variables as the server).
 *
 *   1. Read the whole archive once and check it against its manifest — every table dump's SHA-256, size and row
 *      count, every object's SHA-256 against its name and the manifest — before anything is written anywhere. A
 *      damaged or edited backup is refused (exit 1) with the target untouched.
 *   2. Refuse (exit 2) unless the target is empty: no object in the store, no row in any table. The backup's schema
 *      must be one this program knows (every migration in it is one of ours), and the target must not be further on.
 *   3. Run exactly the backup's migrations, so the rows go into the schema they were taken from; a newer program
 *      runs its remaining migrations at its next start, as after any upgrade.
 *   4. Read the archive again: rows go in table by table, in batches, inside ONE transaction (SQLite: BEGIN IMMEDIATE,
 *      so no server can write in between; MariaDB/MySQL: DDL is done by then, and FK checks are off for the session);
 *      objects are written the way uploads are (temp file, fsync, rename) and their SHA-256 checked again. Any failure
 *      rolls the rows back and removes the objects written. Auto-increment counters are raised to the backup's.
 *      The audit log's anchors are written into the store's anchors/ area once the rows are committed.
 *   5. Verify the result against the manifest: each table read back must give the same dump, byte for byte, when the
 *      engine is the same, or the same set of rows (datetimes at the target column's precision) across engines; every
 *      object is read back and hashed.
 *
 * Why refuse instead of merge: a backup is the whole truth at one instant, and mixing it with other data (ids that
 * collide, an audit chain that forks) would be worse than either.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AppConfig } from '../config/app-config.js';
import type { ObjectStore } from '../storage/object-store.js';
import { openTarget } from './database.js';
import { withStore } from './files.js';
import { cannotRun, type Log, type Manifest, messageOf, type Totals } from './format.js';
import { verifyArchive } from './restore-archive.js';
import { load, writeAnchors } from './restore-load.js';
import { checkSchema, prepareTarget, refuseNonEmptyInstance, refuseUnlessEmpty, WRITTEN_BY_MIGRATIONS } from './restore-target.js';
import { verifyRestored } from './restore-verify.js';

export interface RestoreResult {
  totals: Totals;
  manifest: Manifest;
}

export async function runRestore(config: AppConfig, archiveArg: string, log: Log): Promise<RestoreResult> {
  const archive = resolve(archiveArg);
  if (!existsSync(archive)) throw cannotRun(`找不到备份文件 ${archive}`);
  return withStore(config, (store) => restoreInto(config, store, archive, log));
}

async function restoreInto(config: AppConfig, store: ObjectStore, archive: string, log: Log): Promise<RestoreResult> {
  const started = performance.now();
  await refuseNonEmptyInstance(config, store);
  const manifest = await verifyArchive(archive, log);
  // Again after the (possibly long) read: nothing may have arrived meanwhile.
  await prepareTarget(config, store, manifest);

  const target = await openTarget(config.database);
  let expected!: Map<string, string>;
  const written: string[] = [];
  const anchors = new Map<string, Buffer>();
  let committed = false;
  try {
    const targetTables = checkSchema(manifest, await target.tables());
    await target.begin();
    // Again, inside the transaction: nothing may have arrived since the first look.
    await refuseUnlessEmpty(target, config);
    for (const table of manifest.tables) if (WRITTEN_BY_MIGRATIONS.has(table.name)) await target.clear(table.name);
    expected = await load(archive, manifest, config, store, target, targetTables, written, anchors, log);
    // SQLite's counters live in a table and go in with the rows; MySQL/MariaDB's are DDL, after the commit.
    const counted = manifest.tables.filter((t) => t.nextId !== null && t.nextId > 1);
    if (target.engine === 'sqlite') for (const table of counted) await target.raiseNextId(targetTables.get(table.name)!, table.nextId!);
    await target.commit();
    committed = true;
    if (target.engine !== 'sqlite') for (const table of counted) await target.raiseNextId(targetTables.get(table.name)!, table.nextId!);
  } catch (error) {
    if (committed) throw cannotRun(`数据已写入，但调整自增计数器时出错（${messageOf(error)}），新记录的编号可能与旧记录冲突；请勿使用该实例，清空后重新恢复`);
    await target.rollback();
    // Only what we wrote: the store was empty when we began, but nothing else is ours to delete.
    for (const key of written) await store.remove(key);
    throw error;
  } finally {
    await target.close();
  }

  await writeAnchors(config, manifest, anchors, log);
  await verifyRestored(config, store, manifest, expected, log);
  const totals: Totals = {
    tables: manifest.tables.length,
    rows: manifest.tables.reduce((n, t) => n + t.rows, 0),
    files: manifest.files.count,
    bytes: manifest.files.bytes,
    seconds: (performance.now() - started) / 1000,
  };
  return { totals, manifest };
}
