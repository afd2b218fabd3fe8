// Step 1 of a restore (restore.ts): the archive read through once and checked against its manifest, before anything
// is written anywhere.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { Hashing } from './files.js';
import {
  ANCHOR_ENTRY_NAME,
  ANCHOR_PREFIX,
  cannotRun,
  FORMAT,
  FORMAT_VERSION,
  type Log,
  type Manifest,
  MANIFEST_ENTRY,
  messageOf,
  TABLE_PREFIX,
  verificationFailed,
} from './format.js';
import { readTar, type TarEntry } from './tar.js';

/** A stored object's entry: files/objects/<aa>/<sha256>. */
export const OBJECT_ENTRY = /^files\/objects\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The archive's entries, read start to end; the file is closed however the reading ends. */
export async function* entries(archive: string): AsyncGenerator<TarEntry> {
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
export async function* lines(body: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
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

interface Seen {
  sha256: string;
  bytes: number;
  lines: number;
}

export async function verifyArchive(archive: string, log: Log): Promise<Manifest> {
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
    throw verificationFailed(`备份文件 ${archive} 已损坏，无法完整读出：${messageOf(error)}`);
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
