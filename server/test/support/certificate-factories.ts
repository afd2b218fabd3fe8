import type { Grade } from '@cacem/shared';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { dataSourceOf } from '../../src/app.factory.js';
import { Application } from '../../src/modules/application/application.entity.js';
import { GradeResult } from '../../src/modules/grading/grade-result.entity.js';
import { submittedApplicationFactory } from './recommendation-factories.js';

export interface GradedOptions {
  grade: Grade;
  materialsScore: number;
  presentationScore: number;
  /** Whether the grade has been published (only published grades get certificates). */
  published?: boolean;
}

/**
 * A submitted application put straight into 'graded' with a grade_result row, written through the DataSource.
 * A shortcut for certificate tests only: review, presentation and grading are skipped here, and the lead's season
 * simulation covers the real path through them. The clock must be in the registration window (the submit needs it).
 */
export async function gradedApplicationFactory(app: NestFastifyApplication, teamName: string, options: GradedOptions) {
  const draft = await submittedApplicationFactory(app, teamName);
  const manager = dataSourceOf(app).manager;
  const application = await manager.findOneByOrFail(Application, { id: draft.applicationId });
  await manager.update(Application, { id: application.id }, { status: 'graded', version: application.version + 1 });
  const now = new Date();
  await manager.insert(GradeResult, {
    campaignId: application.campaignId,
    applicationId: application.id,
    materialsScore: options.materialsScore,
    presentationScore: options.presentationScore,
    total: options.materialsScore + options.presentationScore,
    rank: 1,
    proposedGrade: options.grade,
    tiedAtBoundary: false,
    explanation: '测试数据：直接写入的评定结果',
    grade: options.grade,
    adjustmentReason: null,
    confirmedAt: now,
    publishedAt: options.published === false ? null : now,
    version: 1,
  });
  return { ...draft, teamName };
}
