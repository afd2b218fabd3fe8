/*
 * What a backup is made of, independent of the database engine it came from.
 *
 * An archive (`.tar.gz`, see tar.ts) holds:
 *   tables/<table>.jsonl        one JSON array per row, values in the manifest's column order, rows in primary-key order
 *   files/objects/<aa>/<sha256> the file store's objects, byte for byte
 *   anchors/<name>              the audit log's anchors (the file store's anchors/ area), byte for byte; only those the
 *                               snapshot's audit log reaches (one written after the snapshot would outrun the restored log)
 *   manifest.json               written last, once every checksum is known (restore reads the whole archive first)
 *
 * Values are kept exactly as the engine returned them — a logical dump, but not a lossy one. JSON carries strings,
 * finite numbers and null as they are (booleans are 0/1, as both engines store them); what JSON cannot carry is tagged: {"$int": "…"} an integer beyond 2^53,
 * {"$base64": "…"} bytes, {"$float": "Infinity"} a non-finite float, {"$date": "…"} a JS Date (never produced with
 * dateStrings, kept for safety). Dates and datetimes stay the engine's own strings (SQLite as TypeORM wrote them,
 * MariaDB/MySQL via dateStrings with all six fractional digits), DECIMAL/BIGINT as the driver's exact strings.
 */
import { createHash } from 'node:crypto';

export const FORMAT = 'cacem-backup';
export const FORMAT_VERSION = 1;
export const MANIFEST_ENTRY = 'manifest.json';
export const TABLE_PREFIX = 'tables/';
export const FILE_PREFIX = 'files/';
export const ANCHOR_PREFIX = 'anchors/';
/** An anchor's name as it may go into an archive entry (one path segment). */
export const ANCHOR_ENTRY_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

export type Engine = 'sqlite' | 'mysql' | 'mariadb';
/** How a column's values are compared across engines; everything but dates compares as stored. */
export type ColumnKind = 'datetime' | 'date' | 'other';

export interface ColumnInfo {
  name: string;
  /** The engine's declared type, e.g. "varchar(100)" (SQLite) or "datetime" (MariaDB). */
  type: string;
  kind: ColumnKind;
  /** Fractional-second digits a datetime column keeps (MariaDB/MySQL); null when the engine does not say (SQLite). */
  precision: number | null;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  /** The column the engine numbers itself (AUTOINCREMENT / AUTO_INCREMENT), if any. */
  autoIncrement: string | null;
}

export interface TableManifest extends TableInfo {
  file: string;
  rows: number;
  bytes: number;
  /** SHA-256 of the table's .jsonl entry, byte for byte. */
  sha256: string;
  /** The next number the engine would have handed out, so restored tables never reuse one; null if never used. */
  nextId: number | null;
}

export interface AnchorManifest {
  name: string;
  sha256: string;
  size: number;
}

export interface FileManifest {
  sha256: string;
  size: number;
}

export interface Manifest {
  format: typeof FORMAT;
  formatVersion: number;
  createdAt: string;
  source: { engine: Engine; where: string };
  /** The schema the rows belong to: TypeORM's executed migrations, oldest first. */
  migrations: Array<{ timestamp: number; name: string }>;
  tables: TableManifest[];
  files: { count: number; bytes: number; objects: FileManifest[] };
  /** The audit log's anchors (absent in backups made before the log had anchors). */
  anchors?: AnchorManifest[];
  /** Storage keys the rows name that were not in the store when the backup was taken (should be empty). */
  missingReferencedObjects: string[];
  seconds: number;
}

export type DumpValue = null | string | number | { $int: string } | { $base64: string } | { $float: string } | { $date: string };

/** A driver value as it goes into a dump line. */
export function encodeValue(value: unknown): DumpValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : { $float: String(value) };
  if (typeof value === 'bigint') return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : { $int: value.toString() };
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (Buffer.isBuffer(value) || value instanceof Uint8Array) return { $base64: Buffer.from(value).toString('base64') };
  if (value instanceof Date) return { $date: value.toISOString() };
  throw new Error(`无法备份的数据类型：${Object.prototype.toString.call(value)}`);
}

/** A dump value as the target driver binds it: better-sqlite3 takes bigint, mysql2 an exact decimal string. */
export function decodeValue(value: DumpValue, engine: Engine): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  if ('$int' in value) return engine === 'sqlite' ? BigInt(value.$int) : value.$int;
  if ('$base64' in value) return Buffer.from(value.$base64, 'base64');
  if ('$float' in value) return Number(value.$float);
  return value.$date.replace('T', ' ').replace(/Z$/, '');
}

const DATETIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z?$/;

/**
 * A datetime string as the target column keeps it. Only needed across engines: SQLite text holds what TypeORM wrote
 * (milliseconds), MariaDB DATETIME(p) keeps p digits. Cutting the fraction here, rather than letting the server do it,
 * means MySQL (which rounds) and MariaDB (which truncates) end up with the same value, and we know what to expect back.
 */
export function datetimeFor(value: unknown, column: ColumnInfo, engine: Engine): unknown {
  if (column.kind !== 'datetime' || typeof value !== 'string') return value;
  const match = DATETIME.exec(value);
  if (!match) return value;
  const digits = engine === 'sqlite' ? 3 : (column.precision ?? 0);
  const fraction = (match[3] ?? '').slice(0, digits);
  return `${match[1]} ${match[2]}${fraction ? `.${fraction}` : ''}`;
}

/** The value compared across engines: a datetime's fraction without trailing zeros ("…:05.120000" = "…:05.12"). */
function comparable(value: DumpValue, column: ColumnInfo): DumpValue {
  if (column.kind !== 'datetime' || typeof value !== 'string') return value;
  const match = DATETIME.exec(value);
  if (!match) return value;
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  return `${match[1]} ${match[2]}${fraction ? `.${fraction}` : ''}`;
}

/**
 * An order-independent digest of a table's rows (sum of row hashes mod 2^256, with the count), over comparable values.
 * Row order can differ between engines (collation) and the exact text of a datetime too; the set of rows may not.
 */
export class RowSetDigest {
  private sum = 0n;
  rows = 0;

  constructor(private readonly columns: ColumnInfo[]) {}

  add(values: DumpValue[]): void {
    const line = JSON.stringify(values.map((v, i) => comparable(v, this.columns[i]!)));
    this.sum = (this.sum + BigInt(`0x${createHash('sha256').update(line).digest('hex')}`)) & ((1n << 256n) - 1n);
    this.rows++;
  }

  get value(): string {
    return `${this.rows}:${this.sum.toString(16).padStart(64, '0')}`;
  }
}

export function kindOf(declaredType: string): ColumnKind {
  const type = declaredType.toLowerCase();
  if (type.startsWith('datetime') || type.startsWith('timestamp')) return 'datetime';
  if (type === 'date') return 'date';
  return 'other';
}

/** Storage keys inside any text (a column may hold one, or JSON that names several). */
export const STORAGE_KEY_IN_TEXT = /objects\/[0-9a-f]{2}\/[0-9a-f]{64}/g;

export function objectKey(sha256: string): string {
  return `objects/${sha256.slice(0, 2)}/${sha256}`;
}

/** Counts for the summary line every run ends with. */
export interface Totals {
  tables: number;
  rows: number;
  files: number;
  bytes: number;
  seconds: number;
}

export function summary(what: string, totals: Totals): string {
  return `${what}：表 ${totals.tables} 张 · 行 ${totals.rows} · 文件 ${totals.files} 个 · ${totals.bytes} 字节 · 用时 ${totals.seconds.toFixed(1)} 秒`;
}

/** A failure with the exit code it ends the program with: 1 a check failed, 2 the job could not be done. */
export class BackupFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'BackupFailure';
  }
}

export const verificationFailed = (message: string) => new BackupFailure(message, 1);
export const cannotRun = (message: string) => new BackupFailure(message, 2);

/** Where a backup or restore reports its progress, a line at a time. */
export type Log = (line: string) => void;

/** An error's own message, for a line a person reads. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
