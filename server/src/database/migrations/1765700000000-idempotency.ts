import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';
import { columns } from './dialect.js';

/** Idempotency keys on submissions and uploads: the first answer kept for a retry. */
export class Idempotency1765700000000 implements MigrationInterface {
  name = 'Idempotency1765700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_record',
        columns: [
          c.id(),
          c.varchar('scope', 64),
          c.varchar('actor', 100),
          c.varchar('method', 8),
          c.varchar('path', 300),
          c.varchar('fingerprint', 64, { isNullable: true }),
          c.varchar('state', 12),
          c.int('statusCode', { isNullable: true }),
          c.text('response', { isNullable: true }),
          c.datetime('createdAt'),
          c.datetime('completedAt', { isNullable: true }),
        ],
        uniques: [new TableUnique({ name: 'UQ_idempotency_record_scope', columnNames: ['scope'] })],
        indices: [new TableIndex({ name: 'IDX_idempotency_record_created', columnNames: ['createdAt'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('idempotency_record');
  }
}
