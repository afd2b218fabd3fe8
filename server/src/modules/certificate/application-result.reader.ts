import { Injectable, type OnModuleInit } from '@nestjs/common';
import { GRADE_LABEL } from '@cacem/shared';
import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { type ApplicationResult, type ApplicationResultReader, ApplicationResults } from '../application/index.js';
import { type GradeResult, gradesByApplication, leftJoinAndMapGrade } from '../grading/index.js';
import { Certificate } from './certificate.entity.js';

type Mapped = { viewGrade?: GradeResult; viewCertificate?: Certificate };

/** What the team reads of its result once published; the explanation is shared explainGrade's (or the adjusted grade's reason). */
function resultOf(row: GradeResult | null, certificate: Certificate | null): ApplicationResult | null {
  if (!row || row.publishedAt === null) return null;
  const adjusted = row.grade !== row.proposedGrade;
  return {
    grade: row.grade,
    gradeLabel: GRADE_LABEL[row.grade],
    materialsScore: row.materialsScore,
    presentationScore: row.presentationScore,
    total: row.total,
    rank: row.rank,
    explanation: adjusted
      ? `${row.explanation}（秘书处将等级由${GRADE_LABEL[row.proposedGrade]}调整为${GRADE_LABEL[row.grade]}：${row.adjustmentReason ?? ''}）`
      : row.explanation,
    publishedAt: row.publishedAt,
    underReview: row.rescoreRequiredAt !== null,
    underReviewNote: row.rescoreRequiredAt !== null ? '该结果所依据的评审评分经秘书处决定已重新汇总，以上分数为公布时的分数，等级以秘书处重新确认后的结果为准' : null,
    certificate: certificate
      ? { certificateNo: certificate.certificateNo, status: certificate.revokedAt ? 'revoked' : 'valid', issuedAt: certificate.issuedAt, revokedReason: certificate.revokedReason }
      : null,
  };
}

/**
 * The result (grade and certificate) on an application's view. Registered with the application module, which is lower
 * and so cannot read grades or certificates itself; its view's one query takes these joins.
 */
@Injectable()
export class ApplicationResultReaderOfCertificates implements ApplicationResultReader, OnModuleInit {
  constructor(private readonly results: ApplicationResults) {}

  onModuleInit(): void {
    this.results.use(this);
  }

  joinForView<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, application: string): SelectQueryBuilder<T> {
    leftJoinAndMapGrade(qb, `${application}.viewGrade`, 'g', `g.applicationId = ${application}.id`);
    return qb.leftJoinAndMapOne(`${application}.viewCertificate`, Certificate, 'c', `c.applicationId = ${application}.id`);
  }

  takeFromView(application: object): ApplicationResult | null {
    const mapped = application as Mapped;
    const result = resultOf(mapped.viewGrade ?? null, mapped.viewCertificate ?? null);
    delete mapped.viewGrade;
    delete mapped.viewCertificate;
    return result;
  }

  async read(manager: EntityManager, applicationId: number): Promise<ApplicationResult | null> {
    const row = (await gradesByApplication(manager, [applicationId])).get(applicationId) ?? null;
    // The certificate is read only for a published result, as the view shows no other.
    if (!row || row.publishedAt === null) return null;
    return resultOf(row, await manager.findOneBy(Certificate, { applicationId }));
  }
}
