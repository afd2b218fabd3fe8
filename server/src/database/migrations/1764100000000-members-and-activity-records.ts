import { ACTIVITY_KINDS, MEMBER_ROLES } from '@cacem/shared';
import { type MigrationInterface, type QueryRunner, Table, TableUnique } from 'typeorm';
import { columns } from './dialect.js';

export class MembersAndActivityRecords1764100000000 implements MigrationInterface {
  name = 'MembersAndActivityRecords1764100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'team_member',
        columns: [
          c.id(),
          c.int('teamId'),
          c.varchar('name', 30),
          c.enum('role', MEMBER_ROLES),
          c.varchar('mobile', 11, { isNullable: true }),
          c.createdAt('joinedAt'),
          c.updatedAt(),
          c.datetime('removedAt', { isNullable: true }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'team_invite',
        columns: [c.id(), c.int('teamId'), c.varchar('code', 8), c.datetime('expiresAt'), c.int('createdByCardId'), c.createdAt()],
        uniques: [new TableUnique({ name: 'UQ_team_invite_code', columnNames: ['code'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'member_login_code',
        columns: [c.id(), c.int('memberId'), c.varchar('codeHash', 64), c.datetime('expiresAt'), c.datetime('usedAt', { isNullable: true }), c.createdAt()],
        uniques: [new TableUnique({ name: 'UQ_member_login_code_hash', columnNames: ['codeHash'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activity_record',
        columns: [
          c.id(),
          c.int('teamId'),
          c.varchar('clientKey', 64),
          c.varchar('date', 10),
          c.enum('kind', ACTIVITY_KINDS),
          c.text('content'),
          c.varchar('place', 100),
          c.text('attendeeIds'),
          c.varchar('createdBy', 40),
          c.varchar('createdByName', 100),
          c.createdAt(),
          c.updatedAt(),
        ],
        uniques: [new TableUnique({ name: 'UQ_activity_record_team_client_key', columnNames: ['teamId', 'clientKey'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'activity_photo',
        columns: [c.id(), c.int('recordId'), c.varchar('photoKey', 80), c.varchar('storageKey', 100), c.varchar('mime', 40), c.int('size'), c.createdAt()],
        uniques: [new TableUnique({ name: 'UQ_activity_photo_record_photo_key', columnNames: ['recordId', 'photoKey'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['activity_photo', 'activity_record', 'member_login_code', 'team_invite', 'team_member']) await queryRunner.dropTable(table);
  }
}
