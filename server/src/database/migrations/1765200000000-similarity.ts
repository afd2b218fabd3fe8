import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';
import { columns } from './dialect.js';

export class Similarity1765200000000 implements MigrationInterface {
  name = 'Similarity1765200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    const double = (name: string) => ({ name, type: 'double' });
    await queryRunner.createTable(
      new Table({
        name: 'similarity_document',
        columns: [
          c.id(),
          c.int('materialId'),
          c.int('applicationId'),
          c.int('campaignId'),
          c.enum('kind', ['pdf', 'ppt']),
          c.varchar('sha256', 64),
          c.enum('status', ['indexed', 'uncheckable']),
          c.varchar('reasonCode', 60, { isNullable: true }),
          c.int('pages'),
          c.int('chars'),
          c.varchar('textKey', 100, { isNullable: true }),
          c.datetime('extractedAt'),
          c.datetime('comparedAt', { isNullable: true }),
        ],
        uniques: [new TableUnique({ name: 'UQ_similarity_document_material', columnNames: ['materialId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'similarity_pair',
        columns: [
          c.id(),
          c.int('documentAId'),
          c.int('documentBId'),
          c.int('applicationAId'),
          c.int('applicationBId'),
          double('score'),
          c.boolean('suspicious', false),
          double('containmentAInB'),
          double('containmentBInA'),
          double('jaccard'),
          double('coverageA'),
          double('coverageB'),
          c.int('matchedChars'),
          c.int('passageCount'),
          c.text('spans'),
          c.int('runId'),
          c.datetime('checkedAt'),
          c.int('caseId', { isNullable: true }),
        ],
        uniques: [new TableUnique({ name: 'UQ_similarity_pair_documents', columnNames: ['documentAId', 'documentBId'] })],
      }),
    );
    await queryRunner.createIndex('similarity_pair', new TableIndex({ name: 'IDX_similarity_pair_score', columnNames: ['score'] }));
    await queryRunner.createTable(
      new Table({
        name: 'similarity_run',
        columns: [
          c.id(),
          c.enum('trigger', ['screening', 'manual']),
          c.enum('status', ['queued', 'running', 'done', 'failed']),
          { ...c.enum('phase', ['extract', 'index', 'compare']), isNullable: true },
          c.int('done'),
          c.int('total'),
          c.int('documents'),
          c.int('newDocuments'),
          c.int('uncheckable'),
          c.int('candidates'),
          c.int('pairs'),
          c.int('suspicious'),
          c.text('error', { isNullable: true }),
          c.varchar('requestedBy', 100),
          c.datetime('requestedAt'),
          c.datetime('startedAt', { isNullable: true }),
          c.datetime('finishedAt', { isNullable: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('similarity_run');
    await queryRunner.dropTable('similarity_pair');
    await queryRunner.dropTable('similarity_document');
  }
}
