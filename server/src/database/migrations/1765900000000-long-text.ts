import type { MigrationInterface, QueryRunner } from 'typeorm';
import { LONG_TEXT_COLUMNS } from '../long-text.js';

const NULLABLE = new Set(['audit_entry.before', 'audit_entry.after', 'idempotency_record.response']);

/**
 * MySQL/MariaDB's TEXT holds 64 KB: a draw of more than about 1,350 applications could not be stored (500 at the
 * national scale). These columns become LONGTEXT there; SQLite's TEXT has no such limit and is left as it is.
 */
export class LongText1765900000000 implements MigrationInterface {
  name = 'LongText1765900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await this.retype(queryRunner, 'LONGTEXT');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await this.retype(queryRunner, 'TEXT');
  }

  private async retype(queryRunner: QueryRunner, type: 'LONGTEXT' | 'TEXT'): Promise<void> {
    if (queryRunner.connection.options.type === 'better-sqlite3') return;
    for (const [table, column] of LONG_TEXT_COLUMNS) {
      const nullability = NULLABLE.has(`${table}.${column}`) ? 'NULL' : 'NOT NULL';
      await queryRunner.query(`ALTER TABLE \`${table}\` MODIFY \`${column}\` ${type} ${nullability}`);
    }
  }
}
