import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { columns } from './dialect.js';

/**
 * The audit head names the newest entry by id and the chain's length as well as by hash, so a head rewound
 * to an earlier entry, or one missing while entries exist, is caught, and the anchors written outside the database
 * carry the same three facts.
 */
export class AuditAnchor1766200000000 implements MigrationInterface {
  name = 'AuditAnchor1766200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('audit_head', new TableColumn(c.int('lastId', { default: 0 })));
    await queryRunner.addColumn('audit_head', new TableColumn(c.int('entries', { default: 0 })));
    const [stats] = (await queryRunner.query('SELECT MAX(id) AS lastId, COUNT(*) AS entries FROM audit_entry')) as Array<{ lastId: number | string | null; entries: number | string }>;
    await queryRunner.query('UPDATE audit_head SET lastId = ?, entries = ? WHERE id = 1', [Number(stats?.lastId ?? 0), Number(stats?.entries ?? 0)]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('audit_head', 'entries');
    await queryRunner.dropColumn('audit_head', 'lastId');
  }
}
