import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { cli, expectSameTables, expectServes, figures, QUIET, rowCount, sqliteContents, summaryOf } from './support/backup-cli.js';
import { backedUpSeasonForSuite } from './support/backup-season.js';
import { hashesUnder, sha256 } from './support/file-hashes.js';
import { startServer } from './support/server.js';

/*
 * `npm run backup` / `npm run restore` (server/src/backup/): a season's worth of data is backed up while the server
 * runs, restored into an empty instance, and compared row by row and file by file; the restored instance then serves
 * logins, reads and files and its audit chain verifies. Damaged backups and non-empty targets are refused.
 * backup-stores.e2e.ts backs up under writes, from a damaged store, from a bucket and from MariaDB.
 */

describe('backup and restore from the command line (npm run backup / npm run restore)', () => {
  const season = backedUpSeasonForSuite();

  it('a backup taken while the server runs restores into an empty instance with every row of every table and every file identical', async () => {
    const { backup, restore, backupFile, sourceDir, restoredDir } = season;
    expect(backup.output).toContain('✔ 备份已写入');
    expect(backup.code).toBe(0);
    expect(season.backupsMade).toEqual([expect.stringMatching(/^cacem-backup-\d{8}-\d{6}\.tar\.gz$/)]);
    expect(restore.output).toContain('恢复后核对通过');
    expect(restore.code).toBe(0);

    const source = sqliteContents(join(sourceDir, 'platform.sqlite'));
    const restored = sqliteContents(join(restoredDir, 'platform.sqlite'));
    // Every table, the migration log and SQLite's id counters (sqlite_sequence) included.
    expectSameTables(restored, source);
    for (const table of ['registration_card', 'team', 'application', 'material', 'audit_entry', 'expert', 'panel_draw']) expect(source[table]!.length).toBeGreaterThan(0);
    const sourceFiles = hashesUnder(join(sourceDir, 'files', 'objects'));
    expect(Object.keys(sourceFiles).length).toBeGreaterThanOrEqual(6);
    expect(hashesUnder(join(restoredDir, 'files', 'objects'))).toEqual(sourceFiles);
    expect(hashesUnder(join(restoredDir, 'files', 'tmp'))).toEqual({});

    const b = summaryOf(backup.output);
    const r = summaryOf(restore.output);
    expect({ tables: r.tables, rows: r.rows, files: r.files, bytes: r.bytes }).toEqual({ tables: b.tables, rows: b.rows, files: b.files, bytes: b.bytes });
    expect(b.files).toBe(Object.keys(sourceFiles).length);
    figures('SQLite → SQLite:', {
      'tables / rows (dumped)': `${b.tables} / ${b.rows}`,
      'rows compared (all tables incl. migrations, sqlite_sequence)': rowCount(source),
      'files / bytes': `${b.files} / ${b.bytes}`,
      'archive bytes': statSync(backupFile).size,
      'backup / restore seconds': `${b.seconds} / ${r.seconds}`,
    });
  }, 120_000);

  it('the restored instance starts, serves a login, a read and a file, and its audit chain verifies', async () => {
    const verify = await cli('audit-verify', [], { DATA_DIR: season.restoredDir });
    expect(verify.output).toMatch(/✔ 审计日志完整：共 \d+ 条记录/);
    expect(verify.code).toBe(0);
    const restoredServer = await startServer(QUIET, { dataDir: season.restoredDir });
    try {
      await expectServes(restoredServer, season.teams[0]!);
    } finally {
      await restoredServer.stop();
    }
    const after = await cli('audit-verify', [], { DATA_DIR: season.restoredDir });
    expect(after.code).toBe(0);
  }, 120_000);

  it('refuses to restore into an instance that has data or files (exit 2), and never overwrites an existing backup', async () => {
    const intoSource = await cli('restore', [season.backupFile], { DATA_DIR: season.sourceDir });
    expect(intoSource.code).toBe(2);
    expect(intoSource.output).toMatch(/已有(数据|文件)/);

    // Only rows, no files: the database is what refuses.
    const rowsOnly = season.tempDir();
    cpSync(join(season.sourceDir, 'platform.sqlite'), join(rowsOnly, 'platform.sqlite'));
    const intoRows = await cli('restore', [season.backupFile], { DATA_DIR: rowsOnly });
    expect(intoRows.code).toBe(2);
    expect(intoRows.output).toContain('已有数据');
    expect(intoRows.output).toContain('恢复只能在空的实例上进行');

    // Only files, no database.
    const filesOnly = season.tempDir();
    cpSync(join(season.sourceDir, 'files'), join(filesOnly, 'files'), { recursive: true });
    const intoFiles = await cli('restore', [season.backupFile], { DATA_DIR: filesOnly });
    expect(intoFiles.code).toBe(2);
    expect(intoFiles.output).toContain('已有文件');
    expect(existsSync(join(filesOnly, 'platform.sqlite'))).toBe(false);

    const before = sha256(readFileSync(season.backupFile));
    const overwrite = await cli('backup', [season.backupFile], { DATA_DIR: season.sourceDir });
    expect(overwrite.code).toBe(2);
    expect(overwrite.output).toContain('已存在，不会覆盖');
    expect(sha256(readFileSync(season.backupFile))).toBe(before);

    const missing = await cli('restore', [join(season.tempDir(), 'nothing.tar.gz')], { DATA_DIR: season.tempDir() });
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('找不到备份文件');
  }, 120_000);

  it('refuses a damaged backup — a file changed, a table dump edited, the archive cut short — and leaves the target untouched (exit 1)', async () => {
    // The archive is an ordinary tar.gz: unpack it with tar, damage one thing, pack it again.
    const unpacked = season.tempDir();
    const tar = (args: string[]) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn('tar', args, { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args.join(' ')} → ${code}`))));
      });
    await tar(['-xzf', season.backupFile, '-C', unpacked]);
    // anchors/: the audit log's anchors (the source server wrote one when it stopped after registration).
    expect(readdirSync(unpacked).sort()).toEqual(['anchors', 'files', 'manifest.json', 'tables']);
    const repack = async (name: string, damage: (dir: string) => void) => {
      const dir = season.tempDir();
      cpSync(unpacked, dir, { recursive: true });
      damage(dir);
      const file = join(season.tempDir(), name);
      await tar(['-czf', file, '-C', dir, '.']);
      return file;
    };
    const expectRefused = async (file: string, message: RegExp) => {
      const target = season.tempDir();
      const run = await cli('restore', [file], { DATA_DIR: target });
      expect(run.output).toMatch(message);
      expect(run.code).toBe(1);
      // Nothing written: no database file, no object.
      expect(existsSync(join(target, 'platform.sqlite'))).toBe(false);
      expect(hashesUnder(join(target, 'files'))).toEqual({});
    };

    // Repacked untouched by GNU tar, it is still a good backup (its layout and order need not be ours).
    const intact = await repack('intact.tar.gz', () => undefined);
    const intactTarget = season.tempDir();
    const good = await cli('restore', [intact], { DATA_DIR: intactTarget });
    expect(good.output).toContain('恢复后核对通过');
    expect(good.code).toBe(0);

    const fileChanged = await repack('file-changed.tar.gz', (dir) => {
      const objects = Object.keys(hashesUnder(join(dir, 'files')));
      const path = join(dir, 'files', objects[0]!);
      const bytes = readFileSync(path);
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      writeFileSync(path, bytes);
    });
    await expectRefused(fileChanged, /校验未通过[\s\S]*内容已损坏/);

    const dumpEdited = await repack('dump-edited.tar.gz', (dir) => {
      const path = join(dir, 'tables', 'team.jsonl');
      writeFileSync(path, readFileSync(path, 'utf8').replace(season.teams[0]!.name, '被改过的班组'));
    });
    await expectRefused(dumpEdited, /表 team 的数据与清单不符/);

    const rowRemoved = await repack('row-removed.tar.gz', (dir) => {
      const path = join(dir, 'tables', 'audit_entry.jsonl');
      const lines = readFileSync(path, 'utf8').split('\n');
      lines.splice(1, 1);
      writeFileSync(path, lines.join('\n'));
    });
    await expectRefused(rowRemoved, /表 audit_entry 的数据与清单不符/);

    const anchorEdited = await repack('anchor-edited.tar.gz', (dir) => {
      const path = join(dir, 'anchors', readdirSync(join(dir, 'anchors'))[0]!);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/"entries":\d+/, '"entries":1'));
    });
    await expectRefused(anchorEdited, /审计锚点 .+ 与清单不符/);

    // A backup from a newer program (a migration this one does not know) is refused before anything is touched.
    const newer = await repack('newer-schema.tar.gz', (dir) => {
      const path = join(dir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(path, 'utf8')) as { migrations: Array<{ timestamp: number; name: string }> };
      manifest.migrations.push({ timestamp: 1799999999999, name: 'FromTheFuture1799999999999' });
      writeFileSync(path, JSON.stringify(manifest));
    });
    const newerTarget = season.tempDir();
    const refusedNewer = await cli('restore', [newer], { DATA_DIR: newerTarget });
    expect(refusedNewer.output).toContain('本程序不认识的迁移：FromTheFuture1799999999999');
    expect(refusedNewer.code).toBe(2);
    expect(existsSync(join(newerTarget, 'platform.sqlite'))).toBe(false);

    const cut = join(season.tempDir(), 'cut.tar.gz');
    cpSync(season.backupFile, cut);
    truncateSync(cut, Math.floor(statSync(cut).size * 0.6));
    await expectRefused(cut, /已损坏|不完整/);
  }, 120_000);

});
