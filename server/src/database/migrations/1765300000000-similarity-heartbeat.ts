import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { columns } from './dialect.js';

/** A running similarity run's heartbeat: another instance may take over a run whose worker has gone quiet. */
export class SimilarityHeartbeat1765300000000 implements MigrationInterface {
  name = 'SimilarityHeartbeat1765300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('similarity_run', new TableColumn(c.datetime('heartbeatAt', { isNullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('similarity_run', 'heartbeatAt');
  }
}
