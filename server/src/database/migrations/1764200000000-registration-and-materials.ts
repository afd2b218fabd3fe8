import { APPLICATION_STATUSES } from '@cacem/shared';
import { type MigrationInterface, type QueryRunner, Table, TableUnique } from 'typeorm';
import { MATERIAL_KINDS } from '../../modules/material/material.entity.js';
import { columns } from './dialect.js';

export class RegistrationAndMaterials1764200000000 implements MigrationInterface {
  name = 'RegistrationAndMaterials1764200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'application',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.int('teamId'),
          c.int('enterpriseId'),
          c.int('recommendingUnitId', { isNullable: true }),
          c.enum('status', APPLICATION_STATUSES),
          c.text('profile'),
          c.text('declarations'),
          c.datetime('submittedAt', { isNullable: true }),
          c.int('version'),
          c.createdAt(),
          c.updatedAt(),
        ],
        uniques: [new TableUnique({ name: 'UQ_application_campaign_team', columnNames: ['campaignId', 'teamId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'application_event',
        columns: [
          c.id(),
          c.int('applicationId'),
          { ...c.enum('from', APPLICATION_STATUSES), isNullable: true },
          c.enum('to', APPLICATION_STATUSES),
          c.varchar('action', 40),
          c.varchar('actor', 64),
          c.varchar('actorName', 100),
          c.datetime('at'),
          c.varchar('reason', 500, { isNullable: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'material',
        columns: [
          c.id(),
          c.int('applicationId'),
          c.enum('kind', MATERIAL_KINDS),
          c.int('version'),
          c.varchar('originalName', 255),
          c.varchar('mime', 100),
          c.int('size'),
          c.varchar('sha256', 64),
          c.varchar('storageKey', 100),
          c.createdAt('uploadedAt'),
          c.varchar('uploadedBy', 64),
        ],
        uniques: [new TableUnique({ name: 'UQ_material_application_kind_version', columnNames: ['applicationId', 'kind', 'version'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['material', 'application_event', 'application']) await queryRunner.dropTable(table);
  }
}
