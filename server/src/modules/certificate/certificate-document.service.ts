import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { GRADE_LABEL } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import { type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { applicationsById, findApplication } from '../application/index.js';
import { gradesByApplication } from '../grading/index.js';
import { unitsById } from '../recommending-unit/index.js';
import { renderCertificatePdf } from './certificate-pdf.js';
import { Certificate } from './certificate.entity.js';
import { findCertificate } from './certificate.service.js';
import { buildOnwardWorkbook, type OnwardRow } from './onward-sheet.js';

export interface CertificateFile {
  filename: string;
  mime: string;
  bytes: Uint8Array;
}

/** The files made from certificates: each certificate as a PDF, and the onward recommendation list as Excel. */
@Injectable()
export class CertificateDocumentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
  ) {}

  /**
   * The secretariat, the declarant of the team's enterprise and the team's members may download a certificate. Another
   * team's declarant or member is answered as for a number never issued (404), so numbers cannot be probed; other roles
   * are refused by role (403), whatever the number.
   */
  async pdf(principal: Principal, no: string): Promise<CertificateFile> {
    requireAccess(principal, 'certificate.read');
    const manager = this.dataSource.manager;
    const certificate = await findCertificate(manager, no);
    requireAccess(principal, 'certificate.read', await findApplication(manager, certificate.applicationId));
    const revoked = certificate.revokedAt === null ? '' : '（已撤销）';
    return {
      filename: `质量信得过班组证书-${certificate.teamName}-${certificate.certificateNo}${revoked}.pdf`,
      mime: 'application/pdf',
      bytes: await renderCertificatePdf(certificate, this.config.publicBaseUrl),
    };
  }

  /** 择优推荐名单: the current campaign's valid 卓越级 certificates, highest total first. */
  async onward(principal: Principal): Promise<CertificateFile> {
    requireAccess(principal, 'exports.read');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const certificates = await manager
      .getRepository(Certificate)
      .createQueryBuilder('c')
      .where('c.campaignId = :campaignId AND c.grade = :grade AND c.revokedAt IS NULL', { campaignId: campaign.id, grade: 'excellent' })
      .getMany();
    const applicationIds = certificates.map((c) => c.applicationId);
    const grades = await gradesByApplication(manager, applicationIds);
    const applications = await applicationsById(manager, applicationIds);
    const units = await unitsById(manager, [...applications.values()].flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId])));
    const rows: OnwardRow[] = certificates.map((c) => {
      const grade = grades.get(c.applicationId);
      const unitId = applications.get(c.applicationId)?.recommendingUnitId;
      return {
        certificateNo: c.certificateNo,
        teamName: c.teamName,
        enterpriseName: c.enterpriseName,
        unitName: unitId == null ? '' : (units.get(unitId)?.name ?? ''),
        gradeLabel: GRADE_LABEL[c.grade],
        total: grade?.total ?? 0,
        materialsScore: grade?.materialsScore ?? 0,
        presentationScore: grade?.presentationScore ?? 0,
      };
    });
    rows.sort((a, b) => b.total - a.total || a.certificateNo.localeCompare(b.certificateNo));
    return {
      filename: `${campaign.year}年度工程建设质量信得过班组择优推荐名单（卓越级）.xlsx`,
      mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      bytes: await buildOnwardWorkbook(campaign.year, rows),
    };
  }
}
