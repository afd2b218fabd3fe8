import type { DataSource } from 'typeorm';

/**
 * Columns whose JSON can outgrow MySQL/MariaDB's TEXT (64 KB): a draw's snapshots and result (≈ 50 bytes per
 * application: 5,000 applications are 250 KB), the audit entry that records a draw, a kept idempotent answer. On
 * MySQL/MariaDB they are LONGTEXT (migration 1765900000000); SQLite's TEXT has no such limit.
 */
export const LONG_TEXT_COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['panel_draw', 'expertsSnapshot'],
  ['panel_draw', 'applicationsSnapshot'],
  ['panel_draw', 'result'],
  ['audit_entry', 'before'],
  ['audit_entry', 'after'],
  ['idempotency_record', 'response'],
];

/** A column of an entity (the driver is also asked about plain column options, which have no entity). */
type EntityColumn = { entityMetadata: { tableName: string }; databaseName: string };
const isLong = (column: object): boolean =>
  'entityMetadata' in column &&
  LONG_TEXT_COLUMNS.some(([table, name]) => (column as EntityColumn).entityMetadata.tableName === table && (column as EntityColumn).databaseName === name);

/**
 * Tells the MySQL driver that those columns are LONGTEXT, so the schema it compares against (and would create) is the
 * one the migrations made. The entities keep `simple-json`/`text` — one entity serves both databases, and TypeORM has no
 * per-database column type — so the driver's mapping of entity type to database type is widened for these columns
 * only; values are read and written exactly as before.
 */
export function widenLongTextColumns(dataSource: DataSource): DataSource {
  const type = dataSource.options.type;
  if (type !== 'mysql' && type !== 'mariadb') return dataSource;
  const driver = dataSource.driver;
  const normalize = driver.normalizeType.bind(driver);
  driver.normalizeType = (column) => (isLong(column) ? 'longtext' : normalize(column));
  return dataSource;
}
