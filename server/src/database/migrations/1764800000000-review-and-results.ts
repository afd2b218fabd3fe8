import { type MigrationInterface, type QueryRunner, Table, TableColumn, TableUnique } from 'typeorm';
import { columns } from './dialect.js';

const SCORE_KINDS = ['materials', 'presentation'];
const GRADES = ['excellent', 'exemplary', 'improving'];

export class ReviewAndResults1764800000000 implements MigrationInterface {
  name = 'ReviewAndResults1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'score_sheet',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.int('applicationId'),
          c.int('expertId'),
          c.enum('kind', SCORE_KINDS),
          c.int('drawId'),
          c.int('panelNo'),
          c.text('scores'),
          c.text('comments'),
          c.text('overallComment', { isNullable: true }),
          c.enum('status', ['draft', 'submitted', 'returned', 'void']),
          c.int('total', { isNullable: true }),
          c.datetime('submittedAt', { isNullable: true }),
          c.text('returnReason', { isNullable: true }),
          c.datetime('returnedAt', { isNullable: true }),
          c.int('version'),
          c.datetime('updatedAt'),
        ],
        uniques: [new TableUnique({ name: 'UQ_score_sheet_application_expert_kind', columnNames: ['applicationId', 'expertId', 'kind'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_score',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.int('applicationId'),
          c.enum('kind', SCORE_KINDS),
          c.int('score'),
          c.text('countedExpertIds'),
          c.text('droppedExpertIds'),
          c.datetime('computedAt'),
        ],
        uniques: [new TableUnique({ name: 'UQ_review_score_application_kind', columnNames: ['applicationId', 'kind'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'presentation_session',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.varchar('title', 100),
          { name: 'date', type: 'date' },
          c.varchar('venue', 200),
          c.int('drawId'),
          c.int('panelNo'),
          c.enum('status', ['scheduled', 'closed']),
          c.datetime('closedAt', { isNullable: true }),
          c.varchar('closedBy', 100, { isNullable: true }),
          c.int('version'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'presentation_slot',
        columns: [c.id(), c.int('sessionId'), c.int('applicationId'), c.int('position'), c.enum('outcome', ['pending', 'presented', 'absent', 'forfeited'])],
        uniques: [new TableUnique({ name: 'UQ_presentation_slot_application', columnNames: ['applicationId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'publication',
        columns: [c.id(), c.int('campaignId'), c.enum('kind', ['invitations', 'results']), c.datetime('publishedAt'), c.varchar('publishedBy', 100)],
        uniques: [new TableUnique({ name: 'UQ_publication_campaign_kind', columnNames: ['campaignId', 'kind'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'grade_result',
        columns: [
          c.id(),
          c.int('campaignId'),
          c.int('applicationId'),
          c.int('materialsScore'),
          c.int('presentationScore'),
          c.int('total'),
          c.int('rank'),
          c.enum('proposedGrade', GRADES),
          c.boolean('tiedAtBoundary', false),
          c.text('explanation'),
          c.enum('grade', GRADES),
          c.text('adjustmentReason', { isNullable: true }),
          c.datetime('confirmedAt', { isNullable: true }),
          c.datetime('publishedAt', { isNullable: true }),
          c.int('version'),
        ],
        uniques: [new TableUnique({ name: 'UQ_grade_result_application', columnNames: ['applicationId'] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'certificate',
        columns: [
          c.id(),
          c.varchar('certificateNo', 20),
          c.int('campaignId'),
          c.int('applicationId'),
          c.int('year'),
          c.varchar('teamName', 100),
          c.varchar('enterpriseName', 200),
          c.enum('grade', GRADES),
          c.datetime('issuedAt'),
          c.datetime('revokedAt', { isNullable: true }),
          c.text('revokedReason', { isNullable: true }),
        ],
        uniques: [
          new TableUnique({ name: 'UQ_certificate_no', columnNames: ['certificateNo'] }),
          new TableUnique({ name: 'UQ_certificate_application', columnNames: ['applicationId'] }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'panel_replacement',
        columns: [
          c.id(),
          c.int('drawId'),
          c.int('panelNo'),
          c.int('removedExpertId'),
          c.int('replacementExpertId', { isNullable: true }),
          c.varchar('seed', 200),
          c.text('candidateIds'),
          c.text('reason'),
          c.datetime('replacedAt'),
          c.varchar('replacedBy', 100),
        ],
      }),
    );
    await queryRunner.addColumns('expert', [
      new TableColumn(c.datetime('removedAt', { isNullable: true })),
      new TableColumn(c.text('removalReason', { isNullable: true })),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('expert', 'removalReason');
    await queryRunner.dropColumn('expert', 'removedAt');
    for (const table of ['panel_replacement', 'certificate', 'grade_result', 'publication', 'presentation_slot', 'presentation_session', 'review_score', 'score_sheet']) {
      await queryRunner.dropTable(table);
    }
  }
}
