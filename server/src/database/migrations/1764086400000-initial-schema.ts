import { TEAM_KINDS } from '@cacem/shared';
import { type MigrationInterface, type QueryRunner, Table, TableUnique } from 'typeorm';
import { ACCOUNT_ROLES } from '../../modules/access/index.js';
import { columns } from './dialect.js';

export class InitialSchema1764086400000 implements MigrationInterface {
  name = 'InitialSchema1764086400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'campaign',
        columns: [c.id(), c.int('year'), c.varchar('name', 100), c.text('settings'), c.createdAt(), c.updatedAt()],
        uniques: [new TableUnique({ name: 'UQ_campaign_year', columnNames: ['year'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'recommending_unit',
        columns: [c.id(), c.int('seq'), c.varchar('name', 100), c.boolean('active', true)],
        uniques: [new TableUnique({ name: 'UQ_recommending_unit_seq', columnNames: ['seq'] }), new TableUnique({ name: 'UQ_recommending_unit_name', columnNames: ['name'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'user_account',
        columns: [
          c.id(),
          c.varchar('username', 50),
          c.varchar('passwordHash', 200),
          c.enum('role', ACCOUNT_ROLES),
          c.varchar('displayName', 50),
          c.int('recommendingUnitId', { isNullable: true }),
          c.int('teamId', { isNullable: true }),
          c.boolean('active', true),
          c.createdAt(),
        ],
        uniques: [new TableUnique({ name: 'UQ_user_account_username', columnNames: ['username'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'enterprise',
        columns: [c.id(), c.varchar('name', 100), c.varchar('creditCode', 18, { isNullable: true }), c.createdAt(), c.updatedAt()],
        uniques: [new TableUnique({ name: 'UQ_enterprise_creditCode', columnNames: ['creditCode'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'registration_card',
        columns: [
          c.id(),
          c.varchar('cardNo', 10),
          c.int('campaignId'),
          c.int('serial'),
          c.int('enterpriseId'),
          c.varchar('passwordHash', 200),
          c.int('issuedById', { isNullable: true }),
          c.createdAt('issuedAt'),
          c.datetime('firstLoginAt', { isNullable: true }),
          c.datetime('lastLoginAt', { isNullable: true }),
        ],
        uniques: [
          new TableUnique({ name: 'UQ_registration_card_cardNo', columnNames: ['cardNo'] }),
          new TableUnique({ name: 'UQ_registration_card_campaign_serial', columnNames: ['campaignId', 'serial'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'team',
        columns: [c.id(), c.int('enterpriseId'), c.varchar('name', 60), c.enum('kind', TEAM_KINDS), c.createdAt(), c.updatedAt()],
        uniques: [new TableUnique({ name: 'UQ_team_enterprise_name', columnNames: ['enterpriseId', 'name'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entry',
        columns: [
          c.id(),
          c.varchar('actor', 64),
          c.varchar('action', 64),
          c.varchar('entity', 40),
          c.varchar('entityId', 40),
          c.text('before', { isNullable: true }),
          c.text('after', { isNullable: true }),
          c.varchar('at', 30),
          c.varchar('prevHash', 64),
          c.varchar('hash', 64),
        ],
        uniques: [new TableUnique({ name: 'UQ_audit_entry_prevHash', columnNames: ['prevHash'] }), new TableUnique({ name: 'UQ_audit_entry_hash', columnNames: ['hash'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['audit_entry', 'team', 'registration_card', 'enterprise', 'user_account', 'recommending_unit', 'campaign']) {
      await queryRunner.dropTable(table);
    }
  }
}
