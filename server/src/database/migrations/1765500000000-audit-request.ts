import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { columns } from './dialect.js';

/** Who acted in which role, in which request: the audit entry's role and request id (null for entries before them). */
export class AuditRequest1765500000000 implements MigrationInterface {
  name = 'AuditRequest1765500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('audit_entry', [
      new TableColumn(c.varchar('role', 20, { isNullable: true })),
      new TableColumn(c.varchar('requestId', 64, { isNullable: true })),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('audit_entry', ['role', 'requestId']);
  }
}
