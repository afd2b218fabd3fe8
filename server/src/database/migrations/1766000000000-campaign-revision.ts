import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';
import { columns } from './dialect.js';

/**
 * campaign.revision: counts the changes of a campaign's settings. Every authenticated request learns the current
 * campaign's id and revision in the same statement as its session check (SessionService.check), so an instance may keep
 * the campaign it read (CampaignService.current) and still never serve settings another instance has since changed.
 */
export class CampaignRevision1766000000000 implements MigrationInterface {
  name = 'CampaignRevision1766000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.addColumn('campaign', new TableColumn(c.int('revision', { default: 1 })));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('campaign', 'revision');
  }
}
