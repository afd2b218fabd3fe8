import { EXPERT_ASSESSMENT_STATUSES, EXPERT_TRAINING_STATUSES } from '@cacem/shared';
import { type MigrationInterface, type QueryRunner, Table, TableUnique } from 'typeorm';
import { columns } from './dialect.js';

export class ExpertPool1764600000000 implements MigrationInterface {
  name = 'ExpertPool1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const c = columns(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'expert',
        columns: [
          c.id(),
          c.varchar('name', 50),
          c.varchar('mobile', 20),
          c.varchar('enterpriseName', 100),
          c.int('enterpriseId', { isNullable: true }),
          c.int('recommendingUnitId'),
          c.text('specialties'),
          c.enum('trainingStatus', EXPERT_TRAINING_STATUSES),
          { name: 'trainedAt', type: 'date', isNullable: true },
          c.enum('assessmentStatus', EXPERT_ASSESSMENT_STATUSES),
          { name: 'assessedAt', type: 'date', isNullable: true },
          c.boolean('active', true),
          c.int('userId', { isNullable: true }),
          c.createdAt(),
          c.updatedAt(),
        ],
        uniques: [new TableUnique({ name: 'UQ_expert_mobile', columnNames: ['mobile'] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('expert');
  }
}
