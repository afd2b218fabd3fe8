/*
 * The two engines behind one small interface: read every table inside one consistent snapshot, and write rows back
 * inside one transaction. Plain driver calls (better-sqlite3, mysql2) rather than TypeORM, so values come out exactly as
 * stored and rows can be streamed.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { type Connection as MysqlConnection, createConnection } from 'mysql2';
import type { DatabaseConfig } from '../config/app-config.js';
import { cannotRun, type ColumnInfo, type DumpValue, type Engine, encodeValue, kindOf, type TableInfo } from './format.js';

/** Tables that belong to the machinery, not the data: TypeORM's migration log and metadata, SQLite's own. */
const MACHINERY = new Set(['migrations', 'typeorm_metadata', 'sqlite_sequence']);

export interface Snapshot {
  readonly engine: Engine;
  tables(): Promise<TableInfo[]>;
  /** Every row of a table in primary-key order, values in the order of `columns` (a subset/permutation of the table's). */
  rows(table: TableInfo, columns?: string[]): AsyncIterable<DumpValue[]>;
  migrations(): Promise<Array<{ timestamp: number; name: string }>>;
  /** The next id each auto-numbered table would hand out, when the engine has counted at all. */
  nextIds(): Promise<Map<string, number>>;
  close(): Promise<void>;
}

export interface Target {
  readonly engine: Engine;
  tables(): Promise<TableInfo[]>;
  /** Tables (other than the machinery) that hold rows, with their counts. */
  nonEmpty(tables: TableInfo[]): Promise<Array<{ table: string; rows: number }>>;
  migrations(): Promise<string[]>;
  begin(): Promise<void>;
  /** Removes what the migrations themselves put in a table (see restore.ts), inside the transaction. */
  clear(table: string): Promise<void>;
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;
  /** Raises the table's counter to at least `nextId` (after commit: on MySQL/MariaDB this is DDL). */
  raiseNextId(table: TableInfo, nextId: number): Promise<void>;
  close(): Promise<void>;
}

export const where = (db: DatabaseConfig) => (db.type === 'sqlite' ? db.sqlitePath : `${db.host}:${db.port}/${db.database}`);

const sqliteName = (name: string) => `"${name.replace(/"/g, '""')}"`;
const mysqlName = (name: string) => `\`${name.replace(/`/g, '``')}\``;

function orderBy(table: TableInfo, quote: (n: string) => string): string {
  const keys = table.primaryKey.length ? table.primaryKey : table.columns.map((c) => c.name);
  return keys.map(quote).join(', ');
}

// ───────────────────────────── SQLite ─────────────────────────────

function sqliteTables(db: Database.Database): TableInfo[] {
  const names = (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as Array<{ name: string; sql: string }>).filter(
    (t) => !MACHINERY.has(t.name),
  );
  return names.map(({ name, sql }) => {
    const info = db.prepare(`PRAGMA table_info(${sqliteName(name)})`).all() as Array<{ name: string; type: string; pk: number }>;
    const columns: ColumnInfo[] = info.map((c) => ({ name: c.name, type: c.type.toLowerCase(), kind: kindOf(c.type), precision: null }));
    const primaryKey = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const autoIncrement = /AUTOINCREMENT/i.test(sql) && primaryKey.length === 1 ? primaryKey[0]! : null;
    return { name, columns, primaryKey, autoIncrement };
  });
}

function hasTable(db: Database.Database, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * A read transaction: in WAL mode (the server's setting) it sees the database as of its first read and never blocks
 * the server's writers, which go on appending to the WAL. Chosen over better-sqlite3's `.backup()` because that copies
 * pages and restarts whenever another process writes, and we want a logical dump anyway.
 */
export function openSqliteSnapshot(path: string): Snapshot {
  if (!existsSync(path)) throw cannotRun(`找不到数据库文件 ${path}（请设置与服务器相同的 DATA_DIR 或 DB_SQLITE_PATH）`);
  const db = new Database(path, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  db.exec('BEGIN');
  // The snapshot starts at the first read; take it now, before anything else happens.
  db.prepare('SELECT count(*) FROM sqlite_master').get();
  return {
    engine: 'sqlite',
    tables: async () => sqliteTables(db),
    async *rows(table, columns = table.columns.map((c) => c.name)) {
      const statement = db.prepare(`SELECT ${columns.map(sqliteName).join(', ')} FROM ${sqliteName(table.name)} ORDER BY ${orderBy(table, sqliteName)}`);
      // safeIntegers: integers come as bigint, so none beyond 2^53 is silently rounded.
      statement.raw(true).safeIntegers(true);
      for (const row of statement.iterate() as IterableIterator<unknown[]>) yield row.map(encodeValue);
    },
    migrations: async () =>
      hasTable(db, 'migrations') ? (db.prepare('SELECT timestamp, name FROM migrations ORDER BY id').all() as Array<{ timestamp: number; name: string }>).map((m) => ({ timestamp: Number(m.timestamp), name: m.name })) : [],
    nextIds: async () => {
      const out = new Map<string, number>();
      if (!hasTable(db, 'sqlite_sequence')) return out;
      for (const { name, seq } of db.prepare('SELECT name, seq FROM sqlite_sequence').all() as Array<{ name: string; seq: number }>) out.set(name, Number(seq) + 1);
      return out;
    },
    close: async () => {
      if (db.inTransaction) db.exec('COMMIT');
      db.close();
    },
  };
}

export function openSqliteTarget(path: string): Target {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, Database.Statement>();
  return {
    engine: 'sqlite',
    tables: async () => sqliteTables(db),
    nonEmpty: async (tables) =>
      tables
        .map((t) => ({ table: t.name, rows: Number((db.prepare(`SELECT count(*) AS n FROM ${sqliteName(t.name)}`).get() as { n: number }).n) }))
        .filter((t) => t.rows > 0),
    migrations: async () => (hasTable(db, 'migrations') ? (db.prepare('SELECT name FROM migrations').all() as Array<{ name: string }>).map((m) => m.name) : []),
    // IMMEDIATE: the write lock is ours from the start, so no server can slip a row in between our check and our insert.
    begin: async () => void db.exec('BEGIN IMMEDIATE'),
    clear: async (table) => void db.prepare(`DELETE FROM ${sqliteName(table)}`).run(),
    insert: async (table, columns, rows) => {
      const key = `${table}\0${columns.join('\0')}`;
      let statement = statements.get(key);
      if (!statement) {
        statement = db.prepare(`INSERT INTO ${sqliteName(table)} (${columns.map(sqliteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
        statements.set(key, statement);
      }
      for (const row of rows) statement.run(...row);
    },
    commit: async () => void db.exec('COMMIT'),
    rollback: async () => {
      if (db.inTransaction) db.exec('ROLLBACK');
    },
    // Inserting explicit ids already moves sqlite_sequence up to the largest; this keeps numbers that were used and
    // then deleted (the source's counter) from being handed out again.
    raiseNextId: async (table, nextId) => {
      if (!table.autoIncrement) return;
      const current = db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(table.name) as { seq: number } | undefined;
      if (current === undefined) db.prepare('INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)').run(table.name, nextId - 1);
      else if (Number(current.seq) < nextId - 1) db.prepare('UPDATE sqlite_sequence SET seq = ? WHERE name = ?').run(nextId - 1, table.name);
    },
    close: async () => {
      if (db.inTransaction) db.exec('ROLLBACK');
      db.close();
    },
  };
}

// ───────────────────────────── MySQL / MariaDB ─────────────────────────────

async function connectMysql(db: DatabaseConfig): Promise<MysqlConnection> {
  const connection = createConnection({
    host: db.host,
    port: db.port,
    user: db.username,
    password: db.password,
    database: db.database,
    charset: 'UTF8MB4_UNICODE_CI',
    // Exact values: DATETIME(6) as its string (a JS Date would drop the microseconds), BIGINT/DECIMAL as strings.
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    timezone: 'Z',
  });
  try {
    await connection.promise().query("SET time_zone = '+00:00'");
  } catch (error) {
    connection.destroy();
    throw cannotRun(`无法连接数据库 ${where(db)}：${error instanceof Error ? error.message : String(error)}`);
  }
  return connection;
}

async function mysqlTables(connection: MysqlConnection): Promise<TableInfo[]> {
  const q = connection.promise();
  const [tables] = (await q.query("SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) as unknown as [
    Array<{ name: string }>,
  ];
  const [columns] = (await q.query(
    'SELECT TABLE_NAME AS tableName, COLUMN_NAME AS name, DATA_TYPE AS dataType, COLUMN_TYPE AS columnType, DATETIME_PRECISION AS dtp, EXTRA AS extra FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() ORDER BY TABLE_NAME, ORDINAL_POSITION',
  )) as unknown as [Array<{ tableName: string; name: string; dataType: string; columnType: string; dtp: number | string | null; extra: string }>];
  const [keys] = (await q.query(
    "SELECT TABLE_NAME AS tableName, COLUMN_NAME AS name FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_NAME = 'PRIMARY' ORDER BY TABLE_NAME, ORDINAL_POSITION",
  )) as unknown as [Array<{ tableName: string; name: string }>];
  return tables
    .filter((t) => !MACHINERY.has(t.name))
    .map(({ name }) => {
      const own = columns.filter((c) => c.tableName === name);
      return {
        name,
        columns: own.map((c) => ({ name: c.name, type: String(c.columnType).toLowerCase(), kind: kindOf(c.dataType), precision: c.dtp === null ? null : Number(c.dtp) })),
        primaryKey: keys.filter((k) => k.tableName === name).map((k) => k.name),
        autoIncrement: own.find((c) => /auto_increment/i.test(c.extra))?.name ?? null,
      };
    });
}

async function mysqlHasTable(connection: MysqlConnection, name: string): Promise<boolean> {
  const [rows] = (await connection.promise().query('SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?', [name])) as unknown as [unknown[]];
  return rows.length > 0;
}

/**
 * REPEATABLE READ + START TRANSACTION WITH CONSISTENT SNAPSHOT: InnoDB's MVCC view is fixed at that statement, so every
 * table is read as of the same instant while the server goes on writing (what mysqldump --single-transaction does).
 */
export async function openMysqlSnapshot(db: DatabaseConfig): Promise<Snapshot> {
  const connection = await connectMysql(db);
  const q = connection.promise();
  await q.query('SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ');
  await q.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
  return {
    engine: db.type,
    tables: () => mysqlTables(connection),
    async *rows(table, columns = table.columns.map((c) => c.name)) {
      // A streamed query: rows arrive as they are read, the socket pauses while we write, nothing piles up in memory.
      const stream = connection.query({ sql: `SELECT ${columns.map(mysqlName).join(', ')} FROM ${mysqlName(table.name)} ORDER BY ${orderBy(table, mysqlName)}`, rowsAsArray: true }).stream({ highWaterMark: 256 });
      for await (const row of stream as AsyncIterable<unknown[]>) yield row.map(encodeValue);
    },
    migrations: async () => {
      if (!(await mysqlHasTable(connection, 'migrations'))) return [];
      const [rows] = (await q.query('SELECT timestamp, name FROM migrations ORDER BY id')) as unknown as [Array<{ timestamp: number | string; name: string }>];
      return rows.map((m) => ({ timestamp: Number(m.timestamp), name: m.name }));
    },
    nextIds: async () => {
      // MySQL 8 caches these figures for a day unless told otherwise; MariaDB has no such variable.
      await q.query('SET SESSION information_schema_stats_expiry = 0').catch(() => undefined);
      const [rows] = (await q.query('SELECT TABLE_NAME AS name, AUTO_INCREMENT AS next FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND AUTO_INCREMENT IS NOT NULL')) as unknown as [
        Array<{ name: string; next: number | string }>,
      ];
      return new Map(rows.map((r) => [r.name, Number(r.next)]));
    },
    close: async () => {
      await q.query('COMMIT').catch(() => undefined);
      await q.end();
    },
  };
}

export async function openMysqlTarget(db: DatabaseConfig): Promise<Target> {
  const connection = await connectMysql(db);
  const q = connection.promise();
  return {
    engine: db.type,
    tables: () => mysqlTables(connection),
    nonEmpty: async (tables) => {
      const out: Array<{ table: string; rows: number }> = [];
      for (const t of tables) {
        const [[row]] = (await q.query(`SELECT count(*) AS n FROM ${mysqlName(t.name)}`)) as unknown as [[{ n: number | string }]];
        if (Number(row.n) > 0) out.push({ table: t.name, rows: Number(row.n) });
      }
      return out;
    },
    migrations: async () => {
      if (!(await mysqlHasTable(connection, 'migrations'))) return [];
      const [rows] = (await q.query('SELECT name FROM migrations')) as unknown as [Array<{ name: string }>];
      return rows.map((m) => m.name);
    },
    begin: async () => {
      // The schema has no foreign keys today; should one appear, rows arrive table by table in any order.
      await q.query('SET FOREIGN_KEY_CHECKS = 0');
      await q.query('START TRANSACTION');
    },
    clear: async (table) => void (await q.query(`DELETE FROM ${mysqlName(table)}`)),
    insert: async (table, columns, rows) => {
      if (rows.length === 0) return;
      // One multi-row INSERT per batch; mysql2 escapes nested arrays as (…),(…) and Buffers as X'…'.
      await q.query(`INSERT INTO ${mysqlName(table)} (${columns.map(mysqlName).join(', ')}) VALUES ?`, [rows]);
    },
    commit: async () => {
      await q.query('COMMIT');
      await q.query('SET FOREIGN_KEY_CHECKS = 1');
    },
    rollback: async () => {
      await q.query('ROLLBACK').catch(() => undefined);
    },
    raiseNextId: async (table, nextId) => {
      if (!table.autoIncrement) return;
      // InnoDB never sets the counter below max(id) + 1, whatever we ask, so this only ever raises it.
      await q.query(`ALTER TABLE ${mysqlName(table.name)} AUTO_INCREMENT = ${Math.trunc(nextId)}`);
    },
    close: async () => {
      await q.end();
    },
  };
}

export function openSnapshot(db: DatabaseConfig): Promise<Snapshot> {
  return db.type === 'sqlite' ? Promise.resolve(openSqliteSnapshot(db.sqlitePath)) : openMysqlSnapshot(db);
}

export function openTarget(db: DatabaseConfig): Promise<Target> {
  return db.type === 'sqlite' ? Promise.resolve(openSqliteTarget(db.sqlitePath)) : openMysqlTarget(db);
}
