import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { columns } from './dialect.js';

/**
 * Blind review kept fair: score_sheet.colleaguesSeenAt records when an expert first read their colleagues'
 * sheets; score_change holds the correction of a returned sheet of such an expert until the secretariat decides.
 */
export class ReviewFairness1766116200000 implements MigrationInterface {
  name = 'ReviewFairness1766116200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('score_sheet', new TableColumn(c.datetime('colleaguesSeenAt', { isNullable: true })));
    await queryRunner.createTable(
      new Table({
        name: 'score_change',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.int('sheetId'),
          c.int('applicationId'),
          c.int('expertId'),
          c.enum('kind', ['materials', 'presentation']),
          c.int('panelNo'),
          c.enum('status', ['returned', 'pending', 'approved', 'rejected']),
          c.text('beforeScores'),
          c.int('beforeTotal'),
          c.text('beforeComments'),
          c.text('beforeOverallComment', { isNullable: true }),
          c.text('afterScores', { isNullable: true }),
          c.int('afterTotal', { isNullable: true }),
          c.text('afterComments', { isNullable: true }),
          c.text('afterOverallComment', { isNullable: true }),
          c.text('returnReason'),
          c.datetime('returnedAt'),
          c.datetime('resubmittedAt', { isNullable: true }),
          c.datetime('decidedAt', { isNullable: true }),
          c.varchar('decidedBy', 100, { isNullable: true }),
          c.text('decisionNote', { isNullable: true }),
          c.int('version'),
        ],
      }),
    );
    await queryRunner.createIndex('score_change', new TableIndex({ name: 'IDX_score_change_sheet', columnNames: ['sheetId'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('score_change');
    await queryRunner.dropColumn('score_sheet', 'colleaguesSeenAt');
  }
}
