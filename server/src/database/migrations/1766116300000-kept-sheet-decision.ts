import { type MigrationInterface, type QueryRunner, Table, TableColumn } from 'typeorm';
import { columns } from './dialect.js';

/**
 * A removed expert's kept sheets: kept_sheet_decision holds the secretariat's decision on the sheets of
 * stages already closed; grade_result.rescoreRequiredAt / rescoreNote flag a grading whose panel scores changed by
 * such a decision, until the secretariat re-proposes or re-confirms it.
 */
export class KeptSheetDecision1766116300000 implements MigrationInterface {
  name = 'KeptSheetDecision1766116300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'kept_sheet_decision',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.int('expertId'),
          c.int('drawId'),
          c.text('sheets'),
          c.enum('status', ['pending', 'stand', 'exclude']),
          c.datetime('openedAt'),
          c.text('reason', { isNullable: true }),
          c.datetime('decidedAt', { isNullable: true }),
          c.varchar('decidedBy', 100, { isNullable: true }),
          c.text('effects', { isNullable: true }),
          c.int('version'),
        ],
        uniques: [{ name: 'UQ_kept_sheet_decision_expert', columnNames: ['expertId'] }],
      }),
    );
    await queryRunner.addColumn('grade_result', new TableColumn(c.datetime('rescoreRequiredAt', { isNullable: true })));
    await queryRunner.addColumn('grade_result', new TableColumn(c.text('rescoreNote', { isNullable: true })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('grade_result', 'rescoreNote');
    await queryRunner.dropColumn('grade_result', 'rescoreRequiredAt');
    await queryRunner.dropTable('kept_sheet_decision');
  }
}
