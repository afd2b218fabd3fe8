import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { columns } from './dialect.js';

/** A similar pair the secretariat has looked into and found no copying in (核实无问题), with who, when and why. */
export class SimilarityDismissal1765400000000 implements MigrationInterface {
  name = 'SimilarityDismissal1765400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumns('similarity_pair', [
      new TableColumn(c.datetime('dismissedAt', { isNullable: true })),
      new TableColumn(c.varchar('dismissedBy', 100, { isNullable: true })),
      new TableColumn(c.text('dismissReason', { isNullable: true })),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('similarity_pair', ['dismissedAt', 'dismissedBy', 'dismissReason']);
  }
}
