import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { columns } from './dialect.js';

/** Which process claimed an Idempotency-Key: a retry after that process died takes the claim over at once. */
export class IdempotencyOwner1766200000100 implements MigrationInterface {
  name = 'IdempotencyOwner1766200000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('idempotency_record', new TableColumn(columns(queryRunner).varchar('owner', 120, { isNullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('idempotency_record', 'owner');
  }
}
