import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import { startMariaDb } from '../../scripts/lib/mariadb.mjs';
import { api } from './support/api.js';
import { configDirInRegistrationWindow } from './support/config-dir.js';
import { configDirInMaterialsReviewWindow, moveStoredCampaignToMaterialsReview } from './support/review-config.js';
import { startS3StandIn } from './support/s3.js';
import { login, type RegisteredTeam, registerAndRecommend, screenAndDraw } from './support/season.js';
import { newDataDir, ROOT, type RunningServer, startServer } from './support/server.js';

/*
 * `npm run backup` / `npm run restore` (server/src/backup/): a season's worth of data is backed up while the server
 * runs, restored into an empty instance, and compared row by row and file by file; the restored instance then serves
 * logins, reads and files and its audit chain verifies. Damaged backups and non-empty targets are refused.
 */

const DIST = process.env.E2E_SERVER_DIST ?? join(ROOT, 'server/dist');
// No background senders: the source must not change by itself after the backup, or the comparison would be unfair.
const QUIET = { NOTIFY_INTERVAL_MS: '0', SIMILARITY_AFTER_SCREENING_MS: '0' };
const haveMariaDb = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'].some((path) => existsSync(path));

interface Run {
  code: number | null;
  output: string;
}

/** One of the server's command-line programs (backup, restore, audit-verify), run as `npm run …` would, without blocking. */
function cli(program: 'backup' | 'restore' | 'audit-verify', args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(DIST, 'cli', `${program}.js`), ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under a folder: relative path → SHA-256 of its bytes. */
function filesUnder(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = sha256(readFileSync(path));
    }
  };
  walk(dir);
  return out;
}

/** Every row of every table of a SQLite file (integers as bigint, bytes as Buffers), rows sorted. */
function sqliteContents(path: string): Record<string, unknown[][]> {
  const db = new Database(path, { readonly: true });
  try {
    db.defaultSafeIntegers(true);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((t) => t.name);
    return Object.fromEntries(tables.map((t) => [t, sortRows(db.prepare(`SELECT * FROM "${t}"`).raw(true).all() as unknown[][])]));
  } finally {
    db.close();
  }
}

function sortRows(rows: unknown[][]): unknown[][] {
  const key = (row: unknown[]) => JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v));
  return rows.map((row) => ({ row, key: key(row) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((r) => r.row);
}

function expectSameTables(restored: Record<string, unknown[][]>, source: Record<string, unknown[][]>): void {
  expect(Object.keys(restored).sort()).toEqual(Object.keys(source).sort());
  for (const table of Object.keys(source)) expect({ table, rows: restored[table] }).toEqual({ table, rows: source[table] });
}

const rowCount = (contents: Record<string, unknown[][]>) => Object.values(contents).reduce((n, rows) => n + rows.length, 0);

/** The restored instance is usable: the secretariat and a team log in, the team's data reads back, its PDF downloads intact. */
async function expectServes(server: RunningServer, team: RegisteredTeam): Promise<void> {
  const secretariat = await login(server.url, 'mishuchu', 'Demo@2026');
  const cards = await api<{ items: unknown[] }>(server.url, 'GET', '/registration-cards', { token: secretariat });
  expect(cards.items.length).toBeGreaterThanOrEqual(3);
  const token = (await api<{ accessToken: string }>(server.url, 'POST', '/auth/card-login', { json: { cardNo: team.cardNo, password: team.cardPassword } })).accessToken;
  expect(JSON.stringify(await api(server.url, 'GET', '/teams', { token }))).toContain(team.name);
  const materials = await api<{ items: Array<{ kind: string; url: string; sha256: string; size: number }> }>(server.url, 'GET', `/applications/${team.applicationId}/materials`, { token });
  const pdf = materials.items.find((m) => m.kind === 'pdf')!;
  const download = await fetch(`${server.url}${pdf.url}`);
  expect(download.status).toBe(200);
  const bytes = new Uint8Array(await download.arrayBuffer());
  expect({ size: bytes.length, sha256: sha256(bytes) }).toEqual({ size: pdf.size, sha256: pdf.sha256 });
  // A new row gets a number the restored counters have not handed out before.
  const card = await api<{ cardNo: string }>(server.url, 'POST', '/registration-cards', { token: secretariat, json: { enterpriseName: '恢复后新登记企业' } });
  expect(card.cardNo).toBeTruthy();
}

function figures(title: string, values: Record<string, string | number>): void {
  console.log([title, ...Object.entries(values).map(([k, v]) => `  ${k}: ${v}`)].join('\n'));
}

/** The numbers on the summary line: 表 N 张 · 行 N · 文件 N 个 · N 字节 · 用时 N 秒. */
function summaryOf(output: string): { tables: number; rows: number; files: number; bytes: number; seconds: number } {
  const m = /表 (\d+) 张 · 行 (\d+) · 文件 (\d+) 个 · (\d+) 字节 · 用时 ([\d.]+) 秒/.exec(output);
  if (!m) throw new Error(`no summary line in:\n${output}`);
  return { tables: Number(m[1]), rows: Number(m[2]), files: Number(m[3]), bytes: Number(m[4]), seconds: Number(m[5]) };
}

describe('backup and restore from the command line (npm run backup / npm run restore)', () => {
  const scratch: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'cacem-backup-e2e-'));
    scratch.push(dir);
    return dir;
  };
  let sourceDir: string;
  let teams: RegisteredTeam[];
  let server: RunningServer | undefined;
  let backupFile: string;
  let restoredDir: string;

  beforeAll(async () => {
    // A season on SQLite: registration (cards, enterprises, teams, applications, activity records, PDF and PPTX
    // materials, submissions, recommendations), then screening, experts with accounts and a panel draw.
    sourceDir = newDataDir();
    scratch.push(sourceDir);
    const registrationConfig = configDirInRegistrationWindow();
    const reviewConfig = configDirInMaterialsReviewWindow();
    scratch.push(registrationConfig, reviewConfig);
    const registration = await startServer({ ...QUIET, CONFIG_DIR: registrationConfig }, { dataDir: sourceDir });
    try {
      teams = await registerAndRecommend(registration.url);
    } finally {
      await registration.stop();
    }
    moveStoredCampaignToMaterialsReview(sourceDir);
    server = await startServer({ ...QUIET, CONFIG_DIR: reviewConfig }, { dataDir: sourceDir });
    await screenAndDraw(server.url);
  }, 240_000);

  afterAll(async () => {
    await server?.stop();
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  it('a backup taken while the server runs restores into an empty instance with every row of every table and every file identical', async () => {
    const backups = tempDir();
    const backup = await cli('backup', [backups], { DATA_DIR: sourceDir });
    expect(backup.output).toContain('✔ 备份已写入');
    expect(backup.code).toBe(0);
    const made = readdirSync(backups);
    expect(made).toEqual([expect.stringMatching(/^cacem-backup-\d{8}-\d{6}\.tar\.gz$/)]);
    backupFile = join(backups, made[0]!);
    await server!.stop();
    server = undefined;

    restoredDir = tempDir();
    const restore = await cli('restore', [backupFile], { DATA_DIR: restoredDir });
    expect(restore.output).toContain('恢复后核对通过');
    expect(restore.code).toBe(0);

    const source = sqliteContents(join(sourceDir, 'platform.sqlite'));
    const restored = sqliteContents(join(restoredDir, 'platform.sqlite'));
    // Every table, the migration log and SQLite's id counters (sqlite_sequence) included.
    expectSameTables(restored, source);
    for (const table of ['registration_card', 'team', 'application', 'material', 'audit_entry', 'expert', 'panel_draw']) expect(source[table]!.length).toBeGreaterThan(0);
    const sourceFiles = filesUnder(join(sourceDir, 'files', 'objects'));
    expect(Object.keys(sourceFiles).length).toBeGreaterThanOrEqual(6);
    expect(filesUnder(join(restoredDir, 'files', 'objects'))).toEqual(sourceFiles);
    expect(filesUnder(join(restoredDir, 'files', 'tmp'))).toEqual({});

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
    const verify = await cli('audit-verify', [], { DATA_DIR: restoredDir });
    expect(verify.output).toMatch(/✔ 审计日志完整：共 \d+ 条记录/);
    expect(verify.code).toBe(0);
    const restoredServer = await startServer(QUIET, { dataDir: restoredDir });
    try {
      await expectServes(restoredServer, teams[0]!);
    } finally {
      await restoredServer.stop();
    }
    const after = await cli('audit-verify', [], { DATA_DIR: restoredDir });
    expect(after.code).toBe(0);
  }, 120_000);

  it('refuses to restore into an instance that has data or files (exit 2), and never overwrites an existing backup', async () => {
    const intoSource = await cli('restore', [backupFile], { DATA_DIR: sourceDir });
    expect(intoSource.code).toBe(2);
    expect(intoSource.output).toMatch(/已有(数据|文件)/);

    // Only rows, no files: the database is what refuses.
    const rowsOnly = tempDir();
    cpSync(join(sourceDir, 'platform.sqlite'), join(rowsOnly, 'platform.sqlite'));
    const intoRows = await cli('restore', [backupFile], { DATA_DIR: rowsOnly });
    expect(intoRows.code).toBe(2);
    expect(intoRows.output).toContain('已有数据');
    expect(intoRows.output).toContain('恢复只能在空的实例上进行');

    // Only files, no database.
    const filesOnly = tempDir();
    cpSync(join(sourceDir, 'files'), join(filesOnly, 'files'), { recursive: true });
    const intoFiles = await cli('restore', [backupFile], { DATA_DIR: filesOnly });
    expect(intoFiles.code).toBe(2);
    expect(intoFiles.output).toContain('已有文件');
    expect(existsSync(join(filesOnly, 'platform.sqlite'))).toBe(false);

    const before = sha256(readFileSync(backupFile));
    const overwrite = await cli('backup', [backupFile], { DATA_DIR: sourceDir });
    expect(overwrite.code).toBe(2);
    expect(overwrite.output).toContain('已存在，不会覆盖');
    expect(sha256(readFileSync(backupFile))).toBe(before);

    const missing = await cli('restore', [join(tempDir(), 'nothing.tar.gz')], { DATA_DIR: tempDir() });
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('找不到备份文件');
  }, 120_000);

  it('refuses a damaged backup — a file changed, a table dump edited, the archive cut short — and leaves the target untouched (exit 1)', async () => {
    // The archive is an ordinary tar.gz: unpack it with tar, damage one thing, pack it again.
    const unpacked = tempDir();
    const tar = (args: string[]) =>
      new Promise<void>((resolve, reject) => {
        const child = spawn('tar', args, { stdio: 'ignore' });
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`tar ${args.join(' ')} → ${code}`))));
      });
    await tar(['-xzf', backupFile, '-C', unpacked]);
    // anchors/: the audit log's anchors (the source server wrote one when it stopped after registration).
    expect(readdirSync(unpacked).sort()).toEqual(['anchors', 'files', 'manifest.json', 'tables']);
    const repack = async (name: string, damage: (dir: string) => void) => {
      const dir = tempDir();
      cpSync(unpacked, dir, { recursive: true });
      damage(dir);
      const file = join(tempDir(), name);
      await tar(['-czf', file, '-C', dir, '.']);
      return file;
    };
    const expectRefused = async (file: string, message: RegExp) => {
      const target = tempDir();
      const run = await cli('restore', [file], { DATA_DIR: target });
      expect(run.output).toMatch(message);
      expect(run.code).toBe(1);
      // Nothing written: no database file, no object.
      expect(existsSync(join(target, 'platform.sqlite'))).toBe(false);
      expect(filesUnder(join(target, 'files'))).toEqual({});
    };

    // Repacked untouched by GNU tar, it is still a good backup (its layout and order need not be ours).
    const intact = await repack('intact.tar.gz', () => undefined);
    const intactTarget = tempDir();
    const good = await cli('restore', [intact], { DATA_DIR: intactTarget });
    expect(good.output).toContain('恢复后核对通过');
    expect(good.code).toBe(0);

    const fileChanged = await repack('file-changed.tar.gz', (dir) => {
      const objects = Object.keys(filesUnder(join(dir, 'files')));
      const path = join(dir, 'files', objects[0]!);
      const bytes = readFileSync(path);
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      writeFileSync(path, bytes);
    });
    await expectRefused(fileChanged, /校验未通过[\s\S]*内容已损坏/);

    const dumpEdited = await repack('dump-edited.tar.gz', (dir) => {
      const path = join(dir, 'tables', 'team.jsonl');
      writeFileSync(path, readFileSync(path, 'utf8').replace(teams[0]!.name, '被改过的班组'));
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
    const newerTarget = tempDir();
    const refusedNewer = await cli('restore', [newer], { DATA_DIR: newerTarget });
    expect(refusedNewer.output).toContain('本程序不认识的迁移：FromTheFuture1799999999999');
    expect(refusedNewer.code).toBe(2);
    expect(existsSync(join(newerTarget, 'platform.sqlite'))).toBe(false);

    const cut = join(tempDir(), 'cut.tar.gz');
    cpSync(backupFile, cut);
    truncateSync(cut, Math.floor(statSync(cut).size * 0.6));
    await expectRefused(cut, /已损坏|不完整/);
  }, 120_000);

  it('a backup taken during a burst of writes is one consistent instant: the restored audit chain verifies and every card has its enterprise', async () => {
    const dataDir = tempDir();
    cpSync(restoredDir, dataDir, { recursive: true });
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
      const file = join(tempDir(), 'during-writes.tar.gz');
      const writtenBefore = written;
      const backup = await cli('backup', [file], { DATA_DIR: dataDir });
      const writtenDuring = written - writtenBefore;
      writing = false;
      await Promise.all(writers);
      expect(backup.code).toBe(0);
      // The backup really ran during the burst: cards kept arriving while it was taken.
      expect(writtenDuring).toBeGreaterThan(0);

      const target = tempDir();
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
    const dataDir = tempDir();
    cpSync(restoredDir, dataDir, { recursive: true });
    const objects = Object.keys(filesUnder(join(dataDir, 'files', 'objects')));
    const path = join(dataDir, 'files', 'objects', objects[0]!);
    const bytes = readFileSync(path);
    bytes[0] ^= 0xff;
    writeFileSync(path, bytes);
    const out = tempDir();
    const backup = await cli('backup', [join(out, 'x.tar.gz')], { DATA_DIR: dataDir });
    expect(backup.output).toContain('文件存储中的文件已损坏');
    expect(backup.code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  }, 60_000);

  it('says so (exit 1) when a file the rows name is missing from the store, yet keeps a faithful backup that restores', async () => {
    const dataDir = tempDir();
    cpSync(restoredDir, dataDir, { recursive: true });
    const objects = Object.keys(filesUnder(join(dataDir, 'files', 'objects')));
    rmSync(join(dataDir, 'files', 'objects', objects[0]!));
    const file = join(tempDir(), 'missing.tar.gz');
    const backup = await cli('backup', [file], { DATA_DIR: dataDir });
    expect(backup.output).toContain('✔ 备份已写入');
    expect(backup.output).toContain('数据中引用的 1 个文件在文件存储中不存在');
    expect(backup.code).toBe(1);
    expect(summaryOf(backup.output).files).toBe(objects.length - 1);
    const target = tempDir();
    const restore = await cli('restore', [file], { DATA_DIR: target });
    expect(restore.code).toBe(0);
    expect(Object.keys(filesUnder(join(target, 'files', 'objects'))).sort()).toEqual(objects.slice(1).sort());
  }, 60_000);

  it('with STORAGE_DRIVER=s3: restores the files into an empty bucket prefix, backs them up from the bucket, and refuses a prefix that holds files', async () => {
    // s3rver stands in for MinIO/OSS/COS (test/e2e/support/s3.ts); two prefixes of one bucket are two empty stores.
    const s3 = await startS3StandIn('cacem-backup');
    try {
      const inBucket = (prefix: string) => ({ ...s3.env, S3_PREFIX: prefix });
      const firstDir = tempDir();
      const first = await cli('restore', [backupFile], { DATA_DIR: firstDir, ...inBucket('first') });
      expect(first.output).toContain('恢复后核对通过');
      expect(first.code).toBe(0);
      expect(filesUnder(join(firstDir, 'files', 'objects'))).toEqual({});
      expect(filesUnder(join(firstDir, 'files', 'tmp'))).toEqual({});

      const file = join(tempDir(), 's3.tar.gz');
      const backup = await cli('backup', [file], { DATA_DIR: firstDir, ...inBucket('first') });
      expect(backup.output).toContain('✔ 备份已写入');
      expect(backup.code).toBe(0);
      // Every file of the local backup went into the bucket and came back out of it.
      const restoredFirst = summaryOf(first.output);
      const fromBucket = summaryOf(backup.output);
      expect(fromBucket.files).toBeGreaterThanOrEqual(6);
      expect({ files: fromBucket.files, bytes: fromBucket.bytes, rows: fromBucket.rows }).toEqual({ files: restoredFirst.files, bytes: restoredFirst.bytes, rows: restoredFirst.rows });

      const secondDir = tempDir();
      const second = await cli('restore', [file], { DATA_DIR: secondDir, ...inBucket('second') });
      expect(second.output).toContain('恢复后核对通过');
      expect(second.code).toBe(0);
      expectSameTables(sqliteContents(join(secondDir, 'platform.sqlite')), sqliteContents(join(firstDir, 'platform.sqlite')));
      const serving = await startServer({ ...QUIET, ...inBucket('second') }, { dataDir: secondDir });
      try {
        await expectServes(serving, teams[0]!);
      } finally {
        await serving.stop();
      }

      const intoFull = await cli('restore', [file], { DATA_DIR: tempDir(), ...inBucket('first') });
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

        const sourceData = tempDir();
        const config = configDirInRegistrationWindow();
        scratch.push(config);
        const source = await startServer({ ...QUIET, ...dbEnv('cacem_src'), CONFIG_DIR: config }, { dataDir: sourceData });
        let mariaTeams: RegisteredTeam[];
        const file = join(tempDir(), 'mariadb.tar.gz');
        let backup: Run;
        try {
          mariaTeams = await registerAndRecommend(source.url);
          backup = await cli('backup', [file], { DATA_DIR: sourceData, ...dbEnv('cacem_src') });
        } finally {
          await source.stop();
        }
        expect(backup.code).toBe(0);

        const target = tempDir();
        const restore = await cli('restore', [file], { DATA_DIR: target, ...dbEnv('cacem_dst') });
        expect(restore.output).toContain('恢复后核对通过');
        expect(restore.code).toBe(0);
        const before = await contents('cacem_src');
        const after = await contents('cacem_dst');
        expectSameTables(after.tables, before.tables);
        expect(after.counters).toEqual(before.counters);
        expect(filesUnder(join(target, 'files', 'objects'))).toEqual(filesUnder(join(sourceData, 'files', 'objects')));
        const again = await cli('restore', [file], { DATA_DIR: tempDir(), ...dbEnv('cacem_dst') });
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
        const crossTarget = tempDir();
        const cross = await cli('restore', [backupFile], { DATA_DIR: crossTarget, ...dbEnv('cacem_cross') });
        expect(cross.output).toContain('恢复后核对通过');
        expect(cross.code).toBe(0);
        const crossed = await contents('cacem_cross');
        const fromSqlite = sqliteContents(join(restoredDir, 'platform.sqlite'));
        const sqliteRows = (db: Record<string, unknown[][]>) => Object.fromEntries(Object.entries(db).filter(([t]) => t !== 'sqlite_sequence' && t !== 'migrations').map(([t, rows]) => [t, rows.length]));
        const backupRows = summaryOf(cross.output).rows;
        expect(Object.values(sqliteRows(crossed.tables)).reduce((a, b) => a + b, 0)).toBe(backupRows);
        expect(Object.keys(crossed.tables).filter((t) => t !== 'migrations').sort()).toEqual(Object.keys(sqliteRows(fromSqlite)).sort());
        const crossServer = await startServer({ ...QUIET, ...dbEnv('cacem_cross') }, { dataDir: crossTarget });
        try {
          await expectServes(crossServer, teams[1]!);
        } finally {
          await crossServer.stop();
        }
        expect((await cli('audit-verify', [], { DATA_DIR: crossTarget, ...dbEnv('cacem_cross') })).code).toBe(0);

        const intoSqlite = tempDir();
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
