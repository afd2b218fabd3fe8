import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns } from './dialect.js';

/**
 * 材料查重 against real copying: template clusters (模板雷同), the run's count of them, and every document
 * compared again, since the figures now mean each document's share of its own non-boilerplate text.
 */
export class SimilarityClusters1766300000000 implements MigrationInterface {
  name = 'SimilarityClusters1766300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'similarity_cluster',
        columns: [
          c.id(),
          c.int('runId'),
          c.int('documentCount'),
          c.int('applicationCount'),
          { name: 'score', type: 'double' },
          c.int('chars'),
          c.int('representativeDocumentId'),
          c.text('members'),
          c.text('spans'),
          c.datetime('checkedAt'),
        ],
      }),
    );
    await queryRunner.createIndex('similarity_cluster', new TableIndex({ name: 'IDX_similarity_cluster_run', columnNames: ['runId'] }));
    await queryRunner.addColumn('similarity_run', new TableColumn(c.int('clusters', { default: 0 })));
    await queryRunner.query('UPDATE similarity_document SET comparedAt = NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('similarity_run', 'clusters');
    await queryRunner.dropTable('similarity_cluster');
  }
}
