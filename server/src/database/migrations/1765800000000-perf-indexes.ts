import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Indexes the benchmarks (test/perf) call for. The secretariat's application list filters a campaign's submitted
 * applications and sorts them by submission time (its default) a page at a time: with the index the database reads a
 * page in order instead of sorting every submitted application of the campaign for each page.
 */
export class PerfIndexes1765800000000 implements MigrationInterface {
  name = 'PerfIndexes1765800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex('application', new TableIndex({ name: 'IDX_application_campaign_submitted', columnNames: ['campaignId', 'submittedAt'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('application', 'IDX_application_campaign_submitted');
  }
}
