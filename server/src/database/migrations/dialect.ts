import type { QueryRunner, TableColumnOptions } from 'typeorm';

// The few places where SQLite and MySQL/MariaDB spell the same column differently; every migration
// builds its columns through these so one file serves both databases.
export function columns(queryRunner: QueryRunner) {
  const sqlite = queryRunner.connection.options.type === 'better-sqlite3';
  return {
    id: (): TableColumnOptions => ({
      name: 'id',
      type: sqlite ? 'integer' : 'int',
      isPrimary: true,
      isGenerated: true,
      generationStrategy: 'increment',
    }),
    int: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: sqlite ? 'integer' : 'int', ...extra }),
    varchar: (name: string, length: number, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({
      name,
      type: 'varchar',
      length: String(length),
      ...extra,
    }),
    text: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'text', ...extra }),
    boolean: (name: string, defaultValue: boolean): TableColumnOptions => ({
      name,
      type: sqlite ? 'boolean' : 'tinyint',
      ...(sqlite ? {} : { width: 1 }),
      default: defaultValue ? 1 : 0,
    }),
    enum: (name: string, values: readonly string[]): TableColumnOptions =>
      sqlite ? { name, type: 'varchar', enum: [...values] } : { name, type: 'enum', enum: [...values] },
    datetime: (name: string, extra: Partial<TableColumnOptions> = {}): TableColumnOptions => ({ name, type: 'datetime', ...extra }),
    createdAt: (name = 'createdAt'): TableColumnOptions =>
      sqlite
        ? { name, type: 'datetime', default: "datetime('now')" }
        : { name, type: 'datetime', precision: 6, default: 'CURRENT_TIMESTAMP(6)' },
    updatedAt: (name = 'updatedAt'): TableColumnOptions =>
      sqlite
        ? { name, type: 'datetime', default: "datetime('now')" }
        : { name, type: 'datetime', precision: 6, default: 'CURRENT_TIMESTAMP(6)', onUpdate: 'CURRENT_TIMESTAMP(6)' },
  };
}
