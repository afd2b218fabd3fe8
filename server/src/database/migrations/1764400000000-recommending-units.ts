import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableUnique } from 'typeorm';
import { PACKAGE_FILE_KINDS } from '../../modules/unit-package/unit-package-file.entity.js';
import { columns } from './dialect.js';

export class RecommendingUnits1764400000000 implements MigrationInterface {
  name = 'RecommendingUnits1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('user_account', new TableColumn(c.varchar('mobile', 20, { isNullable: true })));
    await queryRunner.addColumn('application', new TableColumn(c.int('preference', { isNullable: true })));
    await queryRunner.createTable(
      new Table({
        name: 'recommender_bind_code',
        columns: [c.id(), c.int('userId'), c.varchar('codeHash', 64), c.datetime('expiresAt'), c.datetime('usedAt', { isNullable: true }), c.createdAt()],
        uniques: [new TableUnique({ name: 'UQ_recommender_bind_code_hash', columnNames: ['codeHash'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit_statistics',
        columns: [c.id(), c.int('campaignId'), c.int('unitId'), c.text('values'), c.text('prefill'), c.updatedAt(), c.varchar('updatedBy', 64)],
        uniques: [new TableUnique({ name: 'UQ_unit_statistics_campaign_unit', columnNames: ['campaignId', 'unitId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit_package',
        columns: [
          c.id(),
          c.int('unitId'),
          c.int('campaignId'),
          c.int('version'),
          c.varchar('storageKey', 100),
          c.int('size'),
          c.int('pageCount'),
          c.varchar('fileName', 120),
          c.datetime('builtAt'),
          c.varchar('builtBy', 64),
        ],
        uniques: [new TableUnique({ name: 'UQ_unit_package_unit_campaign_version', columnNames: ['unitId', 'campaignId', 'version'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'unit_package_file',
        columns: [
          c.id(),
          c.int('unitId'),
          c.int('campaignId'),
          c.enum('kind', PACKAGE_FILE_KINDS),
          c.int('version'),
          c.varchar('originalName', 255),
          c.int('size'),
          c.int('pageCount'),
          c.varchar('sha256', 64),
          c.varchar('storageKey', 100),
          c.createdAt('uploadedAt'),
          c.varchar('uploadedBy', 64),
        ],
        uniques: [new TableUnique({ name: 'UQ_unit_package_file_version', columnNames: ['unitId', 'campaignId', 'kind', 'version'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['unit_package_file', 'unit_package', 'unit_statistics', 'recommender_bind_code']) {
      await queryRunner.dropTable(table);
    }
    await queryRunner.dropColumn('application', 'preference');
    await queryRunner.dropColumn('user_account', 'mobile');
  }
}
