import { HttpStatus, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Grade } from '@cacem/shared';
import type { EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import { applicationLabels, applicationsById } from '../application/index.js';
import { GradeChangeChecks } from '../grading/index.js';
import { validCertificatesOf } from './certificate.queries.js';

/**
 * A valid certificate states its grade: a re-confirmation of the grading (grading module) that would change it waits
 * until the certificate is revoked. Registered with the grading, which cannot read certificates itself.
 */
@Injectable()
export class CertificateGradeCheck implements OnModuleInit {
  constructor(private readonly checks: GradeChangeChecks) {}

  onModuleInit(): void {
    this.checks.register((manager, grades) => this.refuseStale(manager, grades));
  }

  private async refuseStale(manager: EntityManager, grades: ReadonlyMap<number, Grade>): Promise<void> {
    const certificates = await validCertificatesOf(manager, grades.keys());
    const stale = certificates.filter((c) => grades.get(c.applicationId) !== c.grade);
    if (stale.length === 0) return;
    const applications = await applicationsById(manager, stale.map((c) => c.applicationId));
    const names = await applicationLabels(manager, [...applications.values()]);
    throw new DomainException('GRADING_RESCORE_REQUIRED', HttpStatus.CONFLICT, {
      message: `重新确认将改变已发证班组的等级（${stale.map((c) => `${names.get(c.applicationId)?.teamName ?? c.applicationId}：证书 ${c.certificateNo}`).join('；')}），请先撤销其证书再重新确认`,
    });
  }
}
