// Step 5 of a restore (restore.ts): every table read back and compared with the backup, every object hashed again.
import type { AppConfig } from '../config/app-config.js';
import { anchorStoreFor } from '../modules/audit/audit-anchor-store.js';
import type { ObjectStore } from '../storage/object-store.js';
import { openSnapshot } from './database.js';
import { Hashing, sha256OfObject } from './files.js';
import { type Log, type Manifest, objectKey, RowSetDigest, type TableInfo, verificationFailed } from './format.js';

export async function verifyRestored(config: AppConfig, store: ObjectStore, manifest: Manifest, expected: Map<string, string>, log: Log): Promise<void> {
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
