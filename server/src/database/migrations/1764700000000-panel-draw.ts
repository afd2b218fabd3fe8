import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { columns } from './dialect.js';

export class PanelDraw1764700000000 implements MigrationInterface {
  name = 'PanelDraw1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'panel_draw',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.varchar('seed', 100),
          c.int('panelCount'),
          c.int('panelSize'),
          c.text('expertsSnapshot'),
          c.text('applicationsSnapshot'),
          c.text('result'),
          c.datetime('drawnAt'),
          c.varchar('drawnBy', 100),
          c.datetime('verifiedAt', { isNullable: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('panel_draw');
  }
}
