/*
 * Taking a backup: the database as one consistent snapshot, then the file store, into one .tar.gz (see format.ts).
 *
 * Order matters. An upload's object is committed (fsync + rename) before the row that names it, and objects never
 * change, so every object a row in the snapshot names is already in the store when the snapshot is taken; copying the
 * store *after* the snapshot therefore finds every one of them. Objects uploaded meanwhile come along too, harmlessly.
 *
 * Works on a running server: the snapshot never blocks its writers, and objects are immutable. The archive is written
 * as <target>.partial and renamed only once complete and flushed, so a half-written backup never looks like a backup.
 *
 * The audit log's anchors (the store's anchors/ area) come along after the objects, except any written after the
 * snapshot: it would name entries the restored log does not have, and the restored chain would look cut short.
 *
 * Not in the backup: DATA_DIR/jwt-secret, the signing secret made for development (production sets JWT_SECRET). A
 * secret does not belong in a file that is copied around; after a restore people simply log in again. Nor
 * DATA_DIR/audit-anchor-key (AUDIT_ANCHOR_KEY): whoever holds a backup must not be able to sign anchors; the restored
 * instance needs the same key to check the anchors it got back.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { AppConfig } from '../config/app-config.js';
import { anchorStoreFor, ANCHOR_MAX_BYTES } from '../modules/audit/audit-anchor-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import { openSnapshot, where } from './database.js';
import { Hashing, openObject, syncDirectory, withStore } from './files.js';
import {
  ANCHOR_ENTRY_NAME,
  ANCHOR_PREFIX,
  type AnchorManifest,
  cannotRun,
  FILE_PREFIX,
  type FileManifest,
  FORMAT,
  FORMAT_VERSION,
  type Log,
  type Manifest,
  MANIFEST_ENTRY,
  objectKey,
  STORAGE_KEY_IN_TEXT,
  TABLE_PREFIX,
  type TableManifest,
  type Totals,
  verificationFailed,
} from './format.js';
import { TarWriter } from './tar.js';

export interface BackupResult {
  path: string;
  totals: Totals;
  manifest: Manifest;
}

async function exists(path: string): Promise<'dir' | 'file' | null> {
  try {
    return (await stat(path)).isDirectory() ? 'dir' : 'file';
  } catch {
    return null;
  }
}

/** `<target>` may be a folder (a dated file is made in it) or the archive's own name; an existing file is never overwritten. */
async function archivePath(target: string, now: Date): Promise<string> {
  const full = resolve(target);
  const kind = await exists(full);
  if (kind === 'dir') {
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-');
    return join(full, `cacem-backup-${stamp}.tar.gz`);
  }
  if (kind === 'file') throw cannotRun(`备份文件 ${full} 已存在，不会覆盖；请换一个文件名或目录`);
  return full;
}

export async function runBackup(config: AppConfig, target: string, log: Log): Promise<BackupResult> {
  return withStore(config, (store) => backupInto(config, store, target, log));
}

async function backupInto(config: AppConfig, store: ObjectStore, target: string, log: Log): Promise<BackupResult> {
  const started = performance.now();
  const createdAt = new Date();
  const path = await archivePath(target, createdAt);
  await mkdir(dirname(path), { recursive: true });
  // Table dumps are staged beside the archive: a tar header needs each entry's size before its bytes.
  const staging = await mkdtemp(join(dirname(path), `.${basename(path)}.staging-`));
  const partial = `${path}.partial`;
  try {
    // 1. The database, every table inside one snapshot.
    const snapshot = await openSnapshot(config.database);
    const tables: TableManifest[] = [];
    const referenced = new Set<string>();
    let migrations: Manifest['migrations'];
    try {
      migrations = await snapshot.migrations();
      if (migrations.length === 0) throw cannotRun(`数据库 ${where(config.database)} 中没有本平台的表（未执行过数据库迁移），没有可备份的数据`);
      const nextIds = await snapshot.nextIds();
      for (const table of await snapshot.tables()) {
        const file = `${TABLE_PREFIX}${table.name}.jsonl`;
        const hashing = new Hashing();
        let rows = 0;
        const out = createWriteStream(join(staging, `${table.name}.jsonl`));
        await pipeline(
          (async function* () {
            for await (const values of snapshot.rows(table)) {
              for (const value of values) if (typeof value === 'string' && value.includes('objects/')) for (const key of value.match(STORAGE_KEY_IN_TEXT) ?? []) referenced.add(key);
              const line = Buffer.from(`${JSON.stringify(values)}\n`, 'utf8');
              hashing.update(line);
              rows++;
              yield line;
            }
          })(),
          out,
        );
        tables.push({ ...table, file, rows, bytes: hashing.bytes, sha256: hashing.digest(), nextId: nextIds.get(table.name) ?? null });
      }
    } finally {
      await snapshot.close();
    }
    const rowCount = tables.reduce((n, t) => n + t.rows, 0);
    log(`数据库快照完成：${tables.length} 张表，${rowCount} 行（${where(config.database)}）`);

    // 2. The archive: table dumps, then the store's objects, then the manifest.
    const gzip = createGzip({ level: 6 });
    const written = pipeline(gzip, createWriteStream(partial, { flags: 'wx' }));
    // Surface a write error (disk full) at once rather than only when the archive is finished.
    written.catch((error: unknown) => gzip.destroy(error instanceof Error ? error : new Error(String(error))));
    const tar = new TarWriter(gzip);
    const objects: FileManifest[] = [];
    let fileBytes = 0;
    try {
      for (const table of tables) {
        const again = new Hashing();
        await tar.add(table.file, table.bytes, again.through(createReadStream(join(staging, `${table.name}.jsonl`))));
        if (again.digest() !== table.sha256) throw verificationFailed(`表 ${table.name} 的导出文件在暂存时被改动，备份中止`);
      }
      for await (const object of store.list((stray) => log(`⚠ 文件存储中有不属于本平台格式的内容，未备份：${stray}`))) {
        const sha256 = object.key.slice(object.key.lastIndexOf('/') + 1);
        const opened = await openObject(store, object.key);
        if (opened.size !== object.size) throw verificationFailed(`文件存储中的文件 ${object.key} 在备份时大小有变（${object.size} → ${opened.size} 字节），备份中止，请先核查存储`);
        const hashing = new Hashing();
        await tar.add(`${FILE_PREFIX}${object.key}`, object.size, hashing.through(opened.stream));
        const actual = hashing.digest();
        // The name is the content's SHA-256; a mismatch means the stored bytes are damaged. Never back that up silently.
        if (actual !== sha256) throw verificationFailed(`文件存储中的文件已损坏：${store.description} 中 ${object.key} 的内容校验值为 ${actual}，与文件名不符。备份中止，请先核查存储`);
        objects.push({ sha256, size: object.size });
        fileBytes += object.size;
      }
      const auditRows = tables.find((t) => t.name === 'audit_entry')?.rows ?? 0;
      const anchors = await addAnchors(config, tar, auditRows, log);
      const inStore = new Set(objects.map((o) => objectKey(o.sha256)));
      const manifest: Manifest = {
        format: FORMAT,
        formatVersion: FORMAT_VERSION,
        createdAt: createdAt.toISOString(),
        source: { engine: config.database.type, where: where(config.database) },
        migrations,
        tables,
        files: { count: objects.length, bytes: fileBytes, objects },
        anchors,
        missingReferencedObjects: [...referenced].filter((key) => !inStore.has(key)).sort(),
        seconds: Number(((performance.now() - started) / 1000).toFixed(3)),
      };
      await tar.addBuffer(MANIFEST_ENTRY, Buffer.from(JSON.stringify(manifest, null, 1), 'utf8'));
      await tar.finish();
      await written;
      const handle = await open(partial, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(partial, path);
      await syncDirectory(dirname(path));
      const totals: Totals = { tables: tables.length, rows: rowCount, files: objects.length, bytes: fileBytes, seconds: (performance.now() - started) / 1000 };
      return { path, totals, manifest };
    } catch (error) {
      gzip.destroy();
      await written.catch(() => undefined);
      throw error;
    }
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** The store's audit anchors into the archive, but none the snapshot's audit log (auditRows entries) does not reach. */
async function addAnchors(config: AppConfig, tar: TarWriter, auditRows: number, log: Log): Promise<AnchorManifest[]> {
  const store = anchorStoreFor(config);
  const added: AnchorManifest[] = [];
  let later = 0;
  try {
    for (const name of await store.names()) {
      const bytes = await store.read(name);
      if (!bytes) continue;
      if (!ANCHOR_ENTRY_NAME.test(name) || bytes.length > ANCHOR_MAX_BYTES) {
        log(`⚠ 审计锚点区中有不是锚点的内容，未备份：${name}`);
        continue;
      }
      let entries: unknown;
      try {
        entries = (JSON.parse(bytes.toString('utf8')) as { entries?: unknown }).entries;
      } catch {
        // Not readable: kept as it is, so the restored instance's check reports it as the original would.
      }
      if (typeof entries === 'number' && entries > auditRows) {
        later++;
        continue;
      }
      const hashing = new Hashing();
      hashing.update(bytes);
      await tar.addBuffer(`${ANCHOR_PREFIX}${name}`, bytes);
      added.push({ name, sha256: hashing.digest(), size: bytes.length });
    }
  } finally {
    store.close();
  }
  log(`审计日志锚点：${added.length} 个${later ? `（另有 ${later} 个写于数据库快照之后，未备份）` : ''}`);
  return added;
}
