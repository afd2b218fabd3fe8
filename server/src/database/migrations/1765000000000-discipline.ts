import { type MigrationInterface, type QueryRunner, Table, TableUnique } from 'typeorm';
import { columns } from './dialect.js';

export class Discipline1765000000000 implements MigrationInterface {
  name = 'Discipline1765000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'misconduct_case',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.int('applicationId'),
          c.enum('kind', ['plagiarism', 'fraud']),
          c.text('description'),
          c.enum('status', ['open', 'upheld', 'dismissed']),
          c.text('decisionReason', { isNullable: true }),
          { name: 'decidedOn', type: 'date', isNullable: true },
          c.datetime('decidedAt', { isNullable: true }),
          c.varchar('decidedBy', 100, { isNullable: true }),
          c.varchar('openedBy', 100),
          c.datetime('openedAt'),
          c.int('version'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'misconduct_evidence',
        columns: [
          c.id(),
          c.int('caseId'),
          c.varchar('fileName', 255),
          c.varchar('storageKey', 100),
          c.varchar('sha256', 64),
          c.int('size'),
          c.varchar('mimeType', 100),
          c.datetime('uploadedAt'),
          c.varchar('uploadedBy', 100),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit_warning',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.int('recommendingUnitId'),
          c.int('applicationId'),
          c.int('caseId'),
          c.text('reason'),
          c.datetime('issuedAt'),
          c.varchar('issuedBy', 100),
        ],
        uniques: [new TableUnique({ name: 'UQ_unit_warning_case', columnNames: ['caseId'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('unit_warning');
    await queryRunner.dropTable('misconduct_evidence');
    await queryRunner.dropTable('misconduct_case');
  }
}
