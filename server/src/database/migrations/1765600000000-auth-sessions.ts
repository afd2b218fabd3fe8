import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';
import { columns } from './dialect.js';

/** Revocable sessions behind the access tokens, and failed logins counted per card, user name and address. */
export class AuthSessions1765600000000 implements MigrationInterface {
  name = 'AuthSessions1765600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'auth_session',
        columns: [
          c.varchar('id', 32, { isPrimary: true }),
          c.enum('subjectType', ['card', 'member', 'user']),
          c.int('subjectId'),
          c.varchar('refreshHash', 64),
          c.varchar('previousRefreshHash', 64, { isNullable: true }),
          c.datetime('rotatedAt', { isNullable: true }),
          c.datetime('createdAt'),
          c.datetime('lastUsedAt'),
          c.datetime('expiresAt'),
          c.datetime('revokedAt', { isNullable: true }),
          c.varchar('revokedReason', 30, { isNullable: true }),
        ],
      }),
    );
    // A password reset ends every session of the card or account.
    await queryRunner.createIndex('auth_session', new TableIndex({ name: 'IDX_auth_session_subject', columnNames: ['subjectType', 'subjectId'] }));
    await queryRunner.createTable(
      new Table({
        name: 'login_throttle',
        columns: [
          c.id(),
          c.enum('kind', ['card', 'account', 'address']),
          c.varchar('subject', 100),
          c.int('failures'),
          c.datetime('windowStart'),
          c.datetime('lockedUntil', { isNullable: true }),
        ],
        uniques: [new TableUnique({ name: 'UQ_login_throttle_kind_subject', columnNames: ['kind', 'subject'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('login_throttle');
    await queryRunner.dropTable('auth_session');
  }
}
