// Step 4 of a restore (restore.ts): the rows in batches inside the caller's transaction, the objects written the way
// uploads are, and the audit anchors once the rows are committed.
import type { AppConfig } from '../config/app-config.js';
import { anchorStoreFor } from '../modules/audit/audit-anchor-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import type { Target } from './database.js';
import { writeObject } from './files.js';
import {
  ANCHOR_PREFIX,
  cannotRun,
  datetimeFor,
  decodeValue,
  type DumpValue,
  encodeValue,
  type Engine,
  type Log,
  type Manifest,
  messageOf,
  RowSetDigest,
  type TableInfo,
  type TableManifest,
  verificationFailed,
} from './format.js';
import { entries, lines, OBJECT_ENTRY } from './restore-archive.js';
import type { TarEntry } from './tar.js';

/** Rows per INSERT on MySQL/MariaDB, well inside the default max_allowed_packet; also bounds what is held in memory. */
const BATCH_ROWS = 500;
const BATCH_BYTES = 4 * 1024 * 1024;

/** Loads every row and object; the keys of the objects written are pushed onto `written` as they land, for cleaning up. */
export async function load(
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
export async function writeAnchors(config: AppConfig, manifest: Manifest, anchors: Map<string, Buffer>, log: Log): Promise<void> {
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
    throw cannotRun(`数据已写入，但写入审计锚点时出错（${messageOf(error)}）；请勿使用该实例，清空后重新恢复`);
  } finally {
    store.close();
  }
  log(`已写入 ${wanted.length} 个审计日志锚点`);
}
