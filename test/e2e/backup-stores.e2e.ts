import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import { startMariaDb } from '../../scripts/lib/mariadb.mjs';
import { api } from './support/api.js';
import { cli, expectSameTables, expectServes, figures, QUIET, type Run, sortRows, sqliteContents, summaryOf } from './support/backup-cli.js';
import { backedUpSeasonForSuite } from './support/backup-season.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { hashesUnder } from './support/file-hashes.js';
import { startS3StandIn } from './support/s3.js';
import { login, type RegisteredTeam, registerAndRecommend } from './support/season.js';
import { startServer } from './support/server.js';

/*
 * `npm run backup` / `npm run restore` beyond the plain SQLite round trip of backup-restore.e2e.ts, from the same
 * backed-up season: a backup taken during a burst of writes, a store holding a damaged or missing file, files in an
 * S3 bucket, and MariaDB (to MariaDB and across engines).
 */

const haveMariaDb = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].some((path) => existsSync(path));

describe('backup and restore from the command line (npm run backup / npm run restore)', () => {
  const season = backedUpSeasonForSuite();

  it('a backup taken during a burst of writes is one consistent instant: the restored audit chain verifies and every card has its enterprise', async () => {
    const dataDir = season.tempDir();
    cpSync(season.restoredDir, dataDir, { recursive: true });
    const cardsBefore = sqliteContents(join(dataDir, 'platform.sqlite')).registration_card!.length;
    const running = await startServer(QUIET, { dataDir });
    try {
      const token = await login(running.url, 'mishuchu', 'Demo@2026');
      let writing = true;
      let written = 0;
      // The backup starts once the writers are writing (a few cards stored), not after a guessed delay.
      const WARM = 6;
      let warm!: () => void;
      const warmedUp = new Promise<void>((resolve) => (warm = resolve));
      const writers = [0, 1, 2].map(async (w) => {
        while (writing) {
          await api(running.url, 'POST', '/registration-cards', { token, json: { enterpriseName: `并发写入企业${w}-${written}` } });
          if (++written === WARM) warm();
        }
      });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        warmedUp,
        // A writer's failed request ends the wait at once, with its error.
        Promise.all(writers),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`the writers stored ${written} of ${WARM} cards in 30 s`)), 30_000))),
      ]).finally(() => clearTimeout(timer));
      const file = join(season.tempDir(), 'during-writes.tar.gz');
      const writtenBefore = written;
      const backup = await cli('backup', [file], { DATA_DIR: dataDir });
      const writtenDuring = written - writtenBefore;
      writing = false;
      await Promise.all(writers);
      expect(backup.code).toBe(0);
      // The backup really ran during the burst: cards kept arriving while it was taken.
      expect(writtenDuring).toBeGreaterThan(0);

      const target = season.tempDir();
      const restore = await cli('restore', [file], { DATA_DIR: target });
      expect(restore.code).toBe(0);
      const verify = await cli('audit-verify', [], { DATA_DIR: target });
      expect(verify.output).toMatch(/✔ 审计日志完整/);
      expect(verify.code).toBe(0);
      const db = new Database(join(target, 'platform.sqlite'), { readonly: true });
      try {
        const orphans = db.prepare('SELECT count(*) AS n FROM registration_card c LEFT JOIN enterprise e ON e.id = c.enterpriseId WHERE e.id IS NULL').get() as { n: number };
        expect(orphans.n).toBe(0);
        const cards = (db.prepare('SELECT count(*) AS n FROM registration_card').get() as { n: number }).n;
        expect(cards).toBeGreaterThanOrEqual(cardsBefore);
        expect(cards).toBeLessThanOrEqual(cardsBefore + written);
        figures('Backup during writes:', { 'cards written by 3 writers meanwhile': written, 'cards in the snapshot (before the burst)': `${cards} (${cardsBefore})` });
      } finally {
        db.close();
      }
      expect(written).toBeGreaterThan(0);
    } finally {
      await running.stop();
    }
  }, 120_000);

  it('refuses to back up a store holding a damaged file (exit 1), leaving no archive behind', async () => {
    const dataDir = season.tempDir();
    cpSync(season.restoredDir, dataDir, { recursive: true });
    const objects = Object.keys(hashesUnder(join(dataDir, 'files', 'objects')));
    const path = join(dataDir, 'files', 'objects', objects[0]!);
    const bytes = readFileSync(path);
    bytes[0] ^= 0xff;
    writeFileSync(path, bytes);
    const out = season.tempDir();
    const backup = await cli('backup', [join(out, 'x.tar.gz')], { DATA_DIR: dataDir });
    expect(backup.output).toContain('文件存储中的文件已损坏');
    expect(backup.code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('says so (exit 1) when a file the rows name is missing from the store, yet keeps a faithful backup that restores', async () => {
    const dataDir = season.tempDir();
    cpSync(season.restoredDir, dataDir, { recursive: true });
    const objects = Object.keys(hashesUnder(join(dataDir, 'files', 'objects')));
    rmSync(join(dataDir, 'files', 'objects', objects[0]!));
    const file = join(season.tempDir(), 'missing.tar.gz');
    const backup = await cli('backup', [file], { DATA_DIR: dataDir });
    expect(backup.output).toContain('✔ 备份已写入');
    expect(backup.output).toContain('数据中引用的 1 个文件在文件存储中不存在');
    expect(backup.code).toBe(1);
    expect(summaryOf(backup.output).files).toBe(objects.length - 1);
    const target = season.tempDir();
    const restore = await cli('restore', [file], { DATA_DIR: target });
    expect(restore.code).toBe(0);
    expect(Object.keys(hashesUnder(join(target, 'files', 'objects'))).sort()).toEqual(objects.slice(1).sort());
  }, 60_000);

  it('with STORAGE_DRIVER=s3: restores the files into an empty bucket prefix, backs them up from the bucket, and refuses a prefix that holds files', async () => {
    // s3rver stands in for MinIO/OSS/COS (test/e2e/support/s3.ts); two prefixes of one bucket are two empty stores.
    const s3 = await startS3StandIn('cacem-backup');
    try {
      const inBucket = (prefix: string) => ({ ...s3.env, S3_PREFIX: prefix });
      const firstDir = season.tempDir();
      const first = await cli('restore', [season.backupFile], { DATA_DIR: firstDir, ...inBucket('first') });
      expect(first.output).toContain('恢复后核对通过');
      expect(first.code).toBe(0);
      expect(hashesUnder(join(firstDir, 'files', 'objects'))).toEqual({});
      expect(hashesUnder(join(firstDir, 'files', 'tmp'))).toEqual({});

      const file = join(season.tempDir(), 's3.tar.gz');
      const backup = await cli('backup', [file], { DATA_DIR: firstDir, ...inBucket('first') });
      expect(backup.output).toContain('✔ 备份已写入');
      expect(backup.code).toBe(0);
      // Every file of the local backup went into the bucket and came back out of it.
      const restoredFirst = summaryOf(first.output);
      const fromBucket = summaryOf(backup.output);
      expect(fromBucket.files).toBeGreaterThanOrEqual(6);
      expect({ files: fromBucket.files, bytes: fromBucket.bytes, rows: fromBucket.rows }).toEqual({ files: restoredFirst.files, bytes: restoredFirst.bytes, rows: restoredFirst.rows });

      const secondDir = season.tempDir();
      const second = await cli('restore', [file], { DATA_DIR: secondDir, ...inBucket('second') });
      expect(second.output).toContain('恢复后核对通过');
      expect(second.code).toBe(0);
      expectSameTables(sqliteContents(join(secondDir, 'platform.sqlite')), sqliteContents(join(firstDir, 'platform.sqlite')));
      const serving = await startServer({ ...QUIET, ...inBucket('second') }, { dataDir: secondDir });
      try {
        await expectServes(serving, season.teams[0]!);
      } finally {
        await serving.stop();
      }

      const intoFull = await cli('restore', [file], { DATA_DIR: season.tempDir(), ...inBucket('first') });
      expect(intoFull.code).toBe(2);
      expect(intoFull.output).toContain('已有文件');
      expect(intoFull.output).toContain('S3_PREFIX');
      figures('SQLite + S3 bucket → backup → SQLite + another S3 prefix:', { 'files / bytes': `${fromBucket.files} / ${fromBucket.bytes}`, 'backup seconds': fromBucket.seconds });
    } finally {
      await s3.stop();
    }
  }, 180_000);

  // A machine without MariaDB fails here by name (scripts/lib/system-deps.mjs installs it), never skips the round trip.
  it('has MariaDB to run the MariaDB round trip on', () => {
    expect({ mariadbd: haveMariaDb }).toEqual({ mariadbd: true });
  });

  it(
    'MariaDB → MariaDB round trip with every row and file identical, and across engines (SQLite → MariaDB → SQLite)',
    async () => {
      const mariadb = await startMariaDb(() => undefined);
      try {
        const { MARIADB_HOST: host, MARIADB_PORT: port, MARIADB_USER: user, MARIADB_PASSWORD: password } = mariadb.env;
        const admin = await createConnection({ host, port: Number(port), user, password });
        for (const name of ['cacem_src', 'cacem_dst', 'cacem_cross']) await admin.query(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
        await admin.end();
        const dbEnv = (name: string) => ({ DB_TYPE: 'mariadb', DB_HOST: host, DB_PORT: port, DB_USER: user, DB_PASSWORD: password, DB_NAME: name });
        const contents = async (name: string) => {
          const c = await createConnection({ host, port: Number(port), user, password, database: name, dateStrings: true, supportBigNumbers: true, bigNumberStrings: true });
          try {
            const [tables] = (await c.query("SELECT TABLE_NAME AS t FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE'", [name])) as unknown as [Array<{ t: string }>];
            const out: Record<string, unknown[][]> = {};
            for (const { t } of tables) out[t] = sortRows(((await c.query({ sql: `SELECT * FROM \`${t}\``, rowsAsArray: true })) as unknown as [unknown[][]])[0]);
            const [counters] = (await c.query('SELECT TABLE_NAME AS t, AUTO_INCREMENT AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND AUTO_INCREMENT IS NOT NULL ORDER BY TABLE_NAME', [name])) as unknown as [unknown[]];
            return { tables: out, counters };
          } finally {
            await c.end();
          }
        };

        const sourceData = season.tempDir();
        const config = season.removeAtEnd(configDirInRegistrationWindow());
        const source = await startServer({ ...QUIET, ...dbEnv('cacem_src'), CONFIG_DIR: config }, { dataDir: sourceData });
        let mariaTeams: RegisteredTeam[];
        const file = join(season.tempDir(), 'mariadb.tar.gz');
        let backup: Run;
        try {
          mariaTeams = await registerAndRecommend(source.url);
          backup = await cli('backup', [file], { DATA_DIR: sourceData, ...dbEnv('cacem_src') });
        } finally {
          await source.stop();
        }
        expect(backup.code).toBe(0);

        const target = season.tempDir();
        const restore = await cli('restore', [file], { DATA_DIR: target, ...dbEnv('cacem_dst') });
        expect(restore.output).toContain('恢复后核对通过');
        expect(restore.code).toBe(0);
        const before = await contents('cacem_src');
        const after = await contents('cacem_dst');
        expectSameTables(after.tables, before.tables);
        expect(after.counters).toEqual(before.counters);
        expect(hashesUnder(join(target, 'files', 'objects'))).toEqual(hashesUnder(join(sourceData, 'files', 'objects')));
        const again = await cli('restore', [file], { DATA_DIR: season.tempDir(), ...dbEnv('cacem_dst') });
        expect(again.code).toBe(2);
        expect(again.output).toContain('已有数据');

        const restoredServer = await startServer({ ...QUIET, ...dbEnv('cacem_dst') }, { dataDir: target });
        try {
          await expectServes(restoredServer, mariaTeams[0]!);
        } finally {
          await restoredServer.stop();
        }
        const verify = await cli('audit-verify', [], { DATA_DIR: target, ...dbEnv('cacem_dst') });
        expect(verify.code).toBe(0);

        // The dump is logical: the SQLite season goes into MariaDB, and the MariaDB one into a SQLite file.
        const crossTarget = season.tempDir();
        const cross = await cli('restore', [season.backupFile], { DATA_DIR: crossTarget, ...dbEnv('cacem_cross') });
        expect(cross.output).toContain('恢复后核对通过');
        expect(cross.code).toBe(0);
        const crossed = await contents('cacem_cross');
        const fromSqlite = sqliteContents(join(season.restoredDir, 'platform.sqlite'));
        const sqliteRows = (db: Record<string, unknown[][]>) => Object.fromEntries(Object.entries(db).filter(([t]) => t !== 'sqlite_sequence' && t !== 'migrations').map(([t, rows]) => [t, rows.length]));
        const backupRows = summaryOf(cross.output).rows;
        expect(Object.values(sqliteRows(crossed.tables)).reduce((a, b) => a + b, 0)).toBe(backupRows);
        expect(Object.keys(crossed.tables).filter((t) => t !== 'migrations').sort()).toEqual(Object.keys(sqliteRows(fromSqlite)).sort());
        const crossServer = await startServer({ ...QUIET, ...dbEnv('cacem_cross') }, { dataDir: crossTarget });
        try {
          await expectServes(crossServer, season.teams[1]!);
        } finally {
          await crossServer.stop();
        }
        expect((await cli('audit-verify', [], { DATA_DIR: crossTarget, ...dbEnv('cacem_cross') })).code).toBe(0);

        const intoSqlite = season.tempDir();
        const back = await cli('restore', [file], { DATA_DIR: intoSqlite });
        expect(back.output).toContain('恢复后核对通过');
        expect(back.code).toBe(0);
        expect((await cli('audit-verify', [], { DATA_DIR: intoSqlite })).code).toBe(0);
        const r = summaryOf(restore.output);
        figures('MariaDB:', {
          'MariaDB → MariaDB tables / rows / files / bytes / s': `${r.tables} / ${r.rows} / ${r.files} / ${r.bytes} / ${r.seconds}`,
          'SQLite → MariaDB rows / s': `${summaryOf(cross.output).rows} / ${summaryOf(cross.output).seconds}`,
          'MariaDB → SQLite rows / s': `${summaryOf(back.output).rows} / ${summaryOf(back.output).seconds}`,
        });
      } finally {
        await mariadb.stop();
      }
    },
    240_000,
  );
});
