import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { columns } from './dialect.js';

const GENESIS = '0'.repeat(64);

export class AuditHead1765100000000 implements MigrationInterface {
  name = 'AuditHead1765100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(new Table({ name: 'audit_head', columns: [c.int('id', { isPrimary: true }), c.varchar('hash', 64)] }));
    const [last] = (await queryRunner.query('SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1')) as Array<{ hash: string }>;
    await queryRunner.query('INSERT INTO audit_head (id, hash) VALUES (1, ?)', [last?.hash ?? GENESIS]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_head');
  }
}
