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
 *      The audit log's anchors (issue 25) are written into the store's anchors/ area once the rows are committed.
 *   5. Verify the result against the manifest: each table read back must give the same dump, byte for byte, when the
 *      engine is the same, or the same set of rows (datetimes at the target column's precision) across engines; every
 *      object is read back and hashed.
 *
 * Why refuse instead of merge: a backup is the whole truth at one instant, and mixing it with other data (ids that
 * collide, an audit chain that forks) would be worse than either.
 */
import { createReadStream, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { MIGRATIONS } from '../database/migrations/index.js';
import { openSnapshot, openTarget, type Target, where } from './database.js';
import { Hashing, sha256OfObject, storeHasObjects, withStore, writeObject } from './files.js';
import { anchorStoreFor } from '../modules/audit/audit-anchor-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import {
  ANCHOR_ENTRY_NAME,
  ANCHOR_PREFIX,
  cannotRun,
  datetimeFor,
  decodeValue,
  type DumpValue,
  encodeValue,
  type Engine,
  FORMAT,
  FORMAT_VERSION,
  type Manifest,
  MANIFEST_ENTRY,
  objectKey,
  RowSetDigest,
  TABLE_PREFIX,
  type TableInfo,
  type TableManifest,
  type Totals,
  verificationFailed,
} from './format.js';
import { readTar, type TarEntry } from './tar.js';

type Log = (line: string) => void;

export interface RestoreResult {
  totals: Totals;
  manifest: Manifest;
}

/**
 * The migration `audit-head` writes the chain head's one row (the genesis marker while the log is empty). That row is
 * schema, not data, and is replaced by the backup's; every other table must be empty.
 */
const WRITTEN_BY_MIGRATIONS = new Set(['audit_head']);
/** Rows per INSERT on MySQL/MariaDB, well inside the default max_allowed_packet; also bounds what is held in memory. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;
const OBJECT_ENTRY = /^files\/objects\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

const migrationName = (migration: (typeof MIGRATIONS)[number]) => new migration().name ?? migration.name;

/** The archive's entries, read start to end; the file is closed however the reading ends. */
async function* entries(archive: string): AsyncGenerator<TarEntry> {
  const gunzip = createGunzip();
  const source = createReadStream(archive);
  source.on('error', (error) => gunzip.destroy(error));
  try {
    yield* readTar(source.pipe(gunzip));
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

/** An entry's body cut into lines (each without its '\n'), without holding more than one line. */
async function* lines(body: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let carry: Buffer[] = [];
  for await (const chunk of body) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, nl);
      yield carry.length ? Buffer.concat([...carry, piece]) : piece;
      carry = [];
      start = nl + 1;
    }
    if (start < chunk.length) carry.push(chunk.subarray(start));
  }
  if (carry.length) yield Buffer.concat(carry);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// ───────────────────────────── 1. the archive against its manifest ─────────────────────────────

interface Seen {
  sha256: string;
  bytes: number;
  lines: number;
}

async function verifyArchive(archive: string, log: Log): Promise<Manifest> {
  const tables = new Map<string, Seen>();
  const objects = new Map<string, Seen>();
  const anchors = new Map<string, Seen>();
  const problems: string[] = [];
  let manifestText: string | null = null;
  try {
    for await (const entry of entries(archive)) {
      if (entry.name === MANIFEST_ENTRY) {
        const chunks: Buffer[] = [];
        for await (const chunk of entry.body) chunks.push(chunk);
        manifestText = Buffer.concat(chunks).toString('utf8');
        continue;
      }
      const hashing = new Hashing();
      let newlines = 0;
      for await (const chunk of hashing.through(entry.body)) {
        if (entry.name.startsWith(TABLE_PREFIX)) for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) newlines++;
      }
      const seen = { sha256: hashing.digest(), bytes: hashing.bytes, lines: newlines };
      const object = OBJECT_ENTRY.exec(entry.name);
      if (entry.name.startsWith(TABLE_PREFIX) && entry.name.endsWith('.jsonl')) {
        if (tables.has(entry.name)) problems.push(`备份中 ${entry.name} 出现了两次`);
        tables.set(entry.name, seen);
      } else if (object && object[2]!.startsWith(object[1]!)) {
        if (seen.sha256 !== object[2]) problems.push(`文件 ${object[2]} 的内容已损坏（校验值为 ${seen.sha256}）`);
        objects.set(object[2]!, seen);
      } else if (entry.name.startsWith(ANCHOR_PREFIX) && ANCHOR_ENTRY_NAME.test(entry.name.slice(ANCHOR_PREFIX.length))) {
        anchors.set(entry.name.slice(ANCHOR_PREFIX.length), seen);
      } else {
        problems.push(`备份中有不认识的内容：${entry.name}`);
      }
    }
  } catch (error) {
    throw verificationFailed(`备份文件 ${archive} 已损坏，无法完整读出：${describe(error)}`);
  }
  if (manifestText === null) throw verificationFailed(`备份文件 ${archive} 中没有清单（manifest.json），不是本平台的完整备份`);
  let manifest: Manifest;
  try {
    manifest = JSON.parse(manifestText) as Manifest;
  } catch {
    throw verificationFailed('备份清单（manifest.json）已损坏，无法解析');
  }
  if (manifest.format !== FORMAT) throw verificationFailed('这不是本平台的备份文件（清单格式不符）');
  if (manifest.formatVersion > FORMAT_VERSION) throw cannotRun(`备份格式版本 ${manifest.formatVersion} 比本程序支持的 ${FORMAT_VERSION} 新，请用更新版本的程序恢复`);

  for (const table of manifest.tables) {
    const seen = tables.get(table.file);
    tables.delete(table.file);
    if (!seen) problems.push(`表 ${table.name} 的数据（${table.file}）不在备份中`);
    else if (seen.sha256 !== table.sha256 || seen.bytes !== table.bytes) problems.push(`表 ${table.name} 的数据与清单不符（校验值或大小不同，数据被改动或损坏）`);
    else if (seen.lines !== table.rows) problems.push(`表 ${table.name} 的行数为 ${seen.lines}，清单记为 ${table.rows}`);
  }
  for (const name of tables.keys()) problems.push(`备份中有清单未列出的表数据：${name}`);
  let bytes = 0;
  for (const file of manifest.files.objects) {
    const seen = objects.get(file.sha256);
    objects.delete(file.sha256);
    bytes += file.size;
    if (!seen) problems.push(`文件 ${file.sha256} 不在备份中`);
    else if (seen.bytes !== file.size) problems.push(`文件 ${file.sha256} 的大小为 ${seen.bytes} 字节，清单记为 ${file.size}`);
  }
  for (const sha256 of objects.keys()) problems.push(`备份中有清单未列出的文件：${sha256}`);
  if (manifest.files.count !== manifest.files.objects.length || manifest.files.bytes !== bytes) problems.push('清单中的文件总数或总字节数与文件列表不符');
  for (const anchor of manifest.anchors ?? []) {
    const seen = anchors.get(anchor.name);
    anchors.delete(anchor.name);
    if (!seen) problems.push(`审计锚点 ${anchor.name} 不在备份中`);
    else if (seen.sha256 !== anchor.sha256 || seen.bytes !== anchor.size) problems.push(`审计锚点 ${anchor.name} 与清单不符（被改动或损坏）`);
  }
  for (const name of anchors.keys()) problems.push(`备份中有清单未列出的审计锚点：${name}`);
  if (problems.length) {
    const shown = problems.slice(0, 10).map((p) => `  · ${p}`);
    if (problems.length > 10) shown.push(`  · …另有 ${problems.length - 10} 处`);
    throw verificationFailed(`备份文件 ${archive} 校验未通过，未做任何恢复：\n${shown.join('\n')}`);
  }
  log(`备份文件校验通过：${manifest.tables.length} 张表、${manifest.files.count} 个文件与清单一致（备份于 ${manifest.createdAt}，来自 ${manifest.source.engine}）`);
  return manifest;
}

// ───────────────────────────── 2–3. the target ─────────────────────────────

async function refuseUnlessEmpty(target: Target, config: AppConfig): Promise<void> {
  const busy = (await target.nonEmpty(await target.tables())).filter((t) => !WRITTEN_BY_MIGRATIONS.has(t.table));
  if (busy.length) {
    const list = busy.slice(0, 5).map((t) => `${t.table}（${t.rows} 行）`).join('、');
    throw cannotRun(`目标数据库 ${where(config.database)} 已有数据：${list}${busy.length > 5 ? ' 等' : ''}。恢复只能在空的实例上进行，不会覆盖或合并现有数据；请换一个空的数据库/数据目录`);
  }
}

/** Cheap checks first, before the archive is read: the store holds no object and the database no row. */
async function refuseNonEmptyInstance(config: AppConfig, store: ObjectStore): Promise<void> {
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

async function prepareTarget(config: AppConfig, store: ObjectStore, manifest: Manifest): Promise<void> {
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

function checkSchema(manifest: Manifest, targetTables: TableInfo[]): Map<string, TableInfo> {
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

// ───────────────────────────── 4. rows and files ─────────────────────────────

/** Loads every row and object; the keys of the objects written are pushed onto `written` as they land, for cleaning up. */
async function load(
  archive: string,
  manifest: Manifest,
  config: AppConfig,
  store: ObjectStore,
  target: Target,
  targetTables: Map<string, TableInfo>,
  written: string[],
  anchors: Map<string, Buffer>,
  log: Log,
): Promise<Map<string, string>> {
  const byFile = new Map(manifest.tables.map((t) => [t.file, t]));
  const engine: Engine = target.engine;
  // MariaDB and MySQL store alike (both through mysql2); only SQLite ↔ the others needs converting.
  const crossEngine = (manifest.source.engine === 'sqlite') !== (engine === 'sqlite');
  const expected = new Map<string, string>();
  for await (const entry of entries(archive)) {
    const table = byFile.get(entry.name);
    if (table) {
      expected.set(table.name, await loadTable(entry, table, targetTables.get(table.name)!, target, engine, crossEngine));
      continue;
    }
    const object = OBJECT_ENTRY.exec(entry.name);
    if (object) {
      const sha256 = object[2]!;
      const result = await writeObject(store, config.storage.dir, sha256, entry.body);
      if (result.sha256 !== sha256) throw verificationFailed(`恢复时文件 ${sha256} 的内容与校验值不符（备份文件在两次读取之间被改动？）`);
      written.push(result.key);
      continue;
    }
    // Anchors are held (a few hundred bytes each) and written once the rows are committed.
    if (entry.name.startsWith(ANCHOR_PREFIX)) {
      const chunks: Buffer[] = [];
      for await (const chunk of entry.body) chunks.push(chunk);
      anchors.set(entry.name.slice(ANCHOR_PREFIX.length), Buffer.concat(chunks));
    }
  }
  log(`已写入 ${manifest.tables.reduce((n, t) => n + t.rows, 0)} 行数据、${written.length} 个文件，正在提交`);
  return expected;
}

async function loadTable(entry: TarEntry, table: TableManifest, own: TableInfo, target: Target, engine: Engine, crossEngine: boolean): Promise<string> {
  const columns = table.columns.map((c) => c.name);
  // Across engines a datetime is cut to what the target column keeps (see datetimeFor); the same engine takes it as is.
  const ownColumns = columns.map((name) => own.columns.find((c) => c.name === name)!);
  const digest = new RowSetDigest(table.columns);
  let batch: unknown[][] = [];
  let batchBytes = 0;
  let rows = 0;
  for await (const line of lines(entry.body)) {
    let values: DumpValue[];
    try {
      values = JSON.parse(line.toString('utf8')) as DumpValue[];
    } catch {
      throw verificationFailed(`表 ${table.name} 第 ${rows + 1} 行无法解析`);
    }
    if (!Array.isArray(values) || values.length !== columns.length) throw verificationFailed(`表 ${table.name} 第 ${rows + 1} 行的列数不符`);
    const bound = values.map((value, i) => {
      const decoded = decodeValue(value, engine);
      return crossEngine ? datetimeFor(decoded, ownColumns[i]!, engine) : decoded;
    });
    // What went in, in dump form (the same encoding the read-back goes through), for the comparison afterwards.
    digest.add(bound.map(encodeValue));
    batch.push(bound);
    batchBytes += line.length;
    rows++;
    if (batch.length >= BATCH_ROWS || batchBytes >= BATCH_BYTES) {
      await target.insert(table.name, columns, batch);
      batch = [];
      batchBytes = 0;
    }
  }
  await target.insert(table.name, columns, batch);
  if (rows !== table.rows) throw verificationFailed(`表 ${table.name} 读出 ${rows} 行，清单记为 ${table.rows} 行`);
  return digest.value;
}

/** The audit anchors into the store's anchors/ area, after the commit (the rows they vouch for are in by then). */
async function writeAnchors(config: AppConfig, manifest: Manifest, anchors: Map<string, Buffer>, log: Log): Promise<void> {
  const wanted = manifest.anchors ?? [];
  if (wanted.length === 0) return;
  const store = anchorStoreFor(config);
  try {
    for (const anchor of wanted) {
      const bytes = anchors.get(anchor.name);
      if (!bytes) throw verificationFailed(`恢复时审计锚点 ${anchor.name} 未读到（备份文件在两次读取之间被改动？）`);
      await store.write(anchor.name, bytes);
    }
  } catch (error) {
    throw cannotRun(`数据已写入，但写入审计锚点时出错（${describe(error)}）；请勿使用该实例，清空后重新恢复`);
  } finally {
    store.close();
  }
  log(`已写入 ${wanted.length} 个审计日志锚点`);
}

// ───────────────────────────── 5. verification ─────────────────────────────

async function verifyRestored(config: AppConfig, store: ObjectStore, manifest: Manifest, expected: Map<string, string>, log: Log): Promise<void> {
  const problems: string[] = [];
  const snapshot = await openSnapshot(config.database);
  try {
    const sameEngine = (manifest.source.engine === 'sqlite') === (snapshot.engine === 'sqlite');
    const tables = new Map((await snapshot.tables()).map((t) => [t.name, t]));
    for (const table of manifest.tables) {
      const own = tables.get(table.name)!;
      const order: TableInfo = { ...own, primaryKey: table.primaryKey.length ? table.primaryKey : own.primaryKey };
      const hashing = new Hashing();
      const digest = new RowSetDigest(table.columns);
      for await (const values of snapshot.rows(order, table.columns.map((c) => c.name))) {
        hashing.update(Buffer.from(`${JSON.stringify(values)}\n`, 'utf8'));
        digest.add(values);
      }
      if (sameEngine && hashing.digest() !== table.sha256) problems.push(`表 ${table.name} 读回的数据与备份不一致`);
      if (digest.value !== expected.get(table.name)) problems.push(`表 ${table.name} 读回的行与写入的不一致（${digest.rows} 行，备份 ${table.rows} 行）`);
    }
  } finally {
    await snapshot.close();
  }
  const wanted = new Map(manifest.files.objects.map((o) => [o.sha256, o.size]));
  let found = 0;
  for await (const object of store.list((stray) => problems.push(`文件存储中有多余的内容：${stray}`))) {
    found++;
    const sha256 = object.key.slice(object.key.lastIndexOf('/') + 1);
    if (!wanted.has(sha256)) {
      problems.push(`文件存储中有备份之外的文件：${sha256}`);
      continue;
    }
    const actual = await sha256OfObject(store, object.key);
    if (actual.sha256 !== sha256 || actual.size !== wanted.get(sha256)) problems.push(`文件 ${objectKey(sha256)} 读回的内容与备份不一致`);
  }
  if (found !== manifest.files.count) problems.push(`文件存储中有 ${found} 个文件，备份中有 ${manifest.files.count} 个`);
  const anchorStore = anchorStoreFor(config);
  try {
    const names = await anchorStore.names();
    if (names.length !== (manifest.anchors ?? []).length) problems.push(`文件存储中有 ${names.length} 个审计锚点，备份中有 ${(manifest.anchors ?? []).length} 个`);
    for (const anchor of manifest.anchors ?? []) {
      const bytes = await anchorStore.read(anchor.name);
      const hashing = new Hashing();
      if (bytes) hashing.update(bytes);
      if (!bytes || hashing.digest() !== anchor.sha256) problems.push(`审计锚点 ${anchor.name} 读回的内容与备份不一致`);
    }
  } finally {
    anchorStore.close();
  }
  if (problems.length) throw verificationFailed(`数据已写入，但恢复后的核对未通过，请勿使用该实例：\n${problems.slice(0, 10).map((p) => `  · ${p}`).join('\n')}`);
  log('恢复后核对通过：每张表读回的数据、每个文件的校验值都与备份清单一致');
}

// ───────────────────────────── the whole ─────────────────────────────

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
    if (committed) throw cannotRun(`数据已写入，但调整自增计数器时出错（${describe(error)}），新记录的编号可能与旧记录冲突；请勿使用该实例，清空后重新恢复`);
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

