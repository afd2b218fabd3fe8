import { type MigrationInterface, type QueryRunner, Table, TableIndex, TableUnique } from 'typeorm';
import { OUTBOX_STATUSES } from '../../modules/notification/outbox-message.entity.js';
import { RECIPIENT_TYPES } from '../../modules/notification/recipient.js';
import { columns } from './dialect.js';

export class WechatNotifications1764300000000 implements MigrationInterface {
  name = 'WechatNotifications1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'wechat_binding',
        columns: [
          c.id(),
          c.varchar('openid', 64),
          { ...c.enum('subjectType', RECIPIENT_TYPES), isNullable: true },
          c.int('subjectId', { isNullable: true }),
          c.varchar('sessionKey', 100),
          c.varchar('unionid', 64, { isNullable: true }),
          c.createdAt(),
          c.updatedAt(),
        ],
        uniques: [new TableUnique({ name: 'UQ_wechat_binding_openid', columnNames: ['openid'] })],
        indices: [new TableIndex({ name: 'IDX_wechat_binding_subject', columnNames: ['subjectType', 'subjectId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'subscribe_consent',
        columns: [c.id(), c.varchar('openid', 64), c.varchar('templateId', 64), c.int('remaining', { default: 0 }), c.updatedAt()],
        uniques: [new TableUnique({ name: 'UQ_subscribe_consent_openid_template', columnNames: ['openid', 'templateId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'inbox_message',
        columns: [
          c.id(),
          c.enum('recipientType', RECIPIENT_TYPES),
          c.int('recipientId'),
          c.varchar('title', 60),
          c.varchar('body', 500),
          c.int('applicationId', { isNullable: true }),
          c.createdAt(),
          c.datetime('readAt', { isNullable: true }),
        ],
        indices: [new TableIndex({ name: 'IDX_inbox_message_recipient', columnNames: ['recipientType', 'recipientId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'outbox_message',
        columns: [
          c.id(),
          c.enum('recipientType', RECIPIENT_TYPES),
          c.int('recipientId'),
          c.varchar('openid', 64),
          c.varchar('template', 64),
          c.text('payload'),
          { ...c.enum('status', OUTBOX_STATUSES), default: "'pending'" },
          c.int('attempts', { default: 0 }),
          c.datetime('nextAttemptAt'),
          c.varchar('lastError', 200, { isNullable: true }),
          c.createdAt(),
          c.datetime('sentAt', { isNullable: true }),
        ],
        indices: [new TableIndex({ name: 'IDX_outbox_message_due', columnNames: ['status', 'nextAttemptAt'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['outbox_message', 'inbox_message', 'subscribe_consent', 'wechat_binding']) {
      await queryRunner.dropTable(table);
    }
  }
}
