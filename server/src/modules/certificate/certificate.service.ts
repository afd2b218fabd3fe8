import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertTransition, GRADE_LABEL, generateCertificateNo, isWellFormedCertificateNo, normalizeCertificateNo } from '@cacem/shared';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, notFound, unprocessable } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { applicationsById, applicationsInStatus, ApplicationService } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { enterprisesById } from '../enterprise/index.js';
import { gradesByApplication, joinGradeTotal } from '../grading/index.js';
import { unitsById } from '../recommending-unit/index.js';
import { teamsById } from '../team/index.js';
import { Certificate } from './certificate.entity.js';
import { certificatesOf } from './certificate.queries.js';
import type { ListCertificatesDto, RevokeCertificateDto } from './dto/certificate.dto.js';
import type { CertificateItem, CertificatePage, IssuedCertificates, PublicCertificate } from './certificate.schemas.js';

/** The random source of certificate numbers; a class of its own so tests can force a collision. */
@Injectable()
export class CertificateNumbers {
  randomInt(maxExclusive: number): number {
    return randomInt(maxExclusive);
  }
}

const MAX_NUMBER_ATTEMPTS = 8;

/** Unknown, malformed and made-up numbers get one and the same answer, so nothing is learnt about near numbers. */
export const certificateNotFound = () => notFound('CERTIFICATE_NOT_FOUND');

/** A number as typed or scanned → the stored certificate, or CERTIFICATE_NOT_FOUND. */
export async function findCertificate(manager: EntityManager, input: string): Promise<Certificate> {
  if (!isWellFormedCertificateNo(input)) throw certificateNotFound();
  const certificate = await manager.findOneBy(Certificate, { certificateNo: normalizeCertificateNo(input) });
  if (!certificate) throw certificateNotFound();
  return certificate;
}

/**
 * 证书 (第十三条): issued to every graded application whose grade is published, revoked with a reason (e.g. after
 * misconduct is verified, 第十五条), verified by anyone by its number.
 */
@Injectable()
export class CertificateService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
    private readonly campaigns: CampaignService,
    private readonly audit: AuditService,
    private readonly numbers: CertificateNumbers,
    private readonly clock: Clock,
  ) {}

  /**
   * Issues a certificate to every application of the current campaign that is graded, has its grade published and
   * has none yet, and moves it graded → certified; all or nothing, in one transaction. Running it again issues nothing.
   */
  async issue(principal: Principal): Promise<IssuedCertificates> {
    requireAccess(principal, 'certificates.manage');
    const campaign = await this.campaigns.current();
    const now = this.clock.now();
    const context = { settings: campaign.settings, now };
    const ids = await this.dataSource.transaction(async (manager) => {
      // Graded, with the grade published, and no certificate yet; in id order.
      const graded = await applicationsInStatus(manager, campaign.id, 'graded');
      const grades = await gradesByApplication(manager, graded.map((a) => a.id));
      const certified = new Set((await certificatesOf(manager, graded.map((a) => a.id))).map((c) => c.applicationId));
      const due = graded.filter((a) => grades.get(a.id)?.publishedAt != null && !certified.has(a.id));
      if (due.length === 0) return [];
      const teams = await teamsById(manager, due.map((a) => a.teamId));
      const enterprises = await enterprisesById(manager, due.map((a) => a.enterpriseId));
      const issued: number[] = [];
      for (const application of due) {
        const transition = assertTransition(application.status, 'certified', 'secretariat', context);
        const certificate = await this.insertCertificate(manager, {
          campaignId: campaign.id,
          applicationId: application.id,
          year: campaign.year,
          teamName: teams.get(application.teamId)!.name,
          enterpriseName: enterprises.get(application.enterpriseId)!.name,
          grade: grades.get(application.id)!.grade,
          issuedAt: now,
          revokedAt: null,
          revokedReason: null,
        });
        await this.applications.changeStatus(manager, principal, application, transition, now);
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'certificate.issue',
          entity: 'certificate',
          entityId: certificate.id,
          after: { certificateNo: certificate.certificateNo, applicationId: application.id, teamName: certificate.teamName, enterpriseName: certificate.enterpriseName, grade: certificate.grade },
        });
        issued.push(certificate.id);
      }
      return issued;
    });
    const certificates = ids.length ? await this.dataSource.manager.find(Certificate, { where: { id: In(ids) }, order: { id: 'ASC' } }) : [];
    return { issued: ids.length, items: await this.items(this.dataSource.manager, certificates) };
  }

  /** The current campaign's certificates, 卓越级 first, then by total score. */
  async list(principal: Principal, query: ListCertificatesDto): Promise<CertificatePage> {
    requireAccess(principal, 'certificates.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const builder = manager.getRepository(Certificate).createQueryBuilder('c');
    const grade = joinGradeTotal(builder, 'g', 'c.applicationId');
    builder.where('c.campaignId = :campaignId', { campaignId: campaign.id });
    if (query.grade !== undefined) builder.andWhere('c.grade = :grade', { grade: query.grade });
    if (query.revoked !== undefined) builder.andWhere(query.revoked ? 'c.revokedAt IS NOT NULL' : 'c.revokedAt IS NULL');
    const [rows, total] = await builder
      .orderBy(`CASE c.grade WHEN 'excellent' THEN 0 WHEN 'exemplary' THEN 1 ELSE 2 END`, 'ASC')
      .addOrderBy(grade.total, 'DESC')
      .addOrderBy('c.id', 'ASC')
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getManyAndCount();
    return { items: await this.items(manager, rows), total, page: query.page, pageSize: query.pageSize };
  }

  /** 撤销: the certificate stays on record, marked revoked with the reason anyone verifying it reads. */
  async revoke(principal: Principal, no: string, dto: RevokeCertificateDto): Promise<CertificateItem> {
    requireAccess(principal, 'certificates.manage');
    const reason = dto.reason ?? '';
    if (reason === '') throw unprocessable('CERTIFICATE_REVOKE_REASON_REQUIRED', 'reason');
    const manager = this.dataSource.manager;
    const certificate = await findCertificate(manager, no);
    if (certificate.revokedAt !== null) throw conflict('CERTIFICATE_ALREADY_REVOKED');
    const revoked = await this.dataSource.transaction(async (m) => {
      if (!(await this.markRevoked(m, principal, certificate, reason))) throw conflict('CERTIFICATE_ALREADY_REVOKED');
      return m.findOneByOrFail(Certificate, { id: certificate.id });
    });
    const [item] = await this.items(manager, [revoked]);
    return item!;
  }

  /**
   * For the discipline module (第十五条), inside its transaction: revokes the application's certificate. False when
   * the application has none or it is already revoked.
   */
  async revokeForApplication(manager: EntityManager, principal: Principal, applicationId: number, reason: string): Promise<boolean> {
    requireAccess(principal, 'certificates.manage');
    const trimmed = reason.trim();
    if (trimmed === '') throw unprocessable('CERTIFICATE_REVOKE_REASON_REQUIRED', 'reason');
    const certificate = await manager.findOneBy(Certificate, { applicationId });
    if (!certificate || certificate.revokedAt !== null) return false;
    return this.markRevoked(manager, principal, certificate, trimmed);
  }

  /** 公众查验: anyone, by the number printed on the certificate or read from its QR code. */
  async verify(no: string): Promise<PublicCertificate> {
    const c = await findCertificate(this.dataSource.manager, no);
    return {
      certificateNo: c.certificateNo,
      year: c.year,
      teamName: c.teamName,
      enterpriseName: c.enterpriseName,
      grade: c.grade,
      gradeLabel: GRADE_LABEL[c.grade],
      issuedAt: c.issuedAt,
      status: c.revokedAt === null ? 'valid' : 'revoked',
      revokedAt: c.revokedAt,
      revokedReason: c.revokedReason,
    };
  }

  /** Conditional on not being revoked yet, so two revocations at once record one. */
  private async markRevoked(manager: EntityManager, principal: Principal, certificate: Certificate, reason: string): Promise<boolean> {
    const revokedAt = this.clock.now();
    const result = await manager
      .createQueryBuilder()
      .update(Certificate)
      .set({ revokedAt, revokedReason: reason })
      .where('id = :id AND revokedAt IS NULL', { id: certificate.id })
      .execute();
    if (!result.affected) return false;
    await this.audit.record(manager, {
      actor: actorOf(principal),
      action: 'certificate.revoke',
      entity: 'certificate',
      entityId: certificate.id,
      before: { certificateNo: certificate.certificateNo, revokedAt: null },
      after: { certificateNo: certificate.certificateNo, revokedAt, reason },
    });
    return true;
  }

  /** Inserts with a fresh random number; on the (very unlikely) clash with an existing number, draws again. */
  private async insertCertificate(manager: EntityManager, fields: Omit<Certificate, 'id' | 'certificateNo'>): Promise<Certificate> {
    for (let attempt = 1; ; attempt++) {
      const certificateNo = generateCertificateNo(fields.year, (n) => this.numbers.randomInt(n));
      if (await manager.existsBy(Certificate, { certificateNo })) {
        if (attempt < MAX_NUMBER_ATTEMPTS) continue;
        throw conflict('CONFLICT');
      }
      try {
        return await manager.save(manager.create(Certificate, { ...fields, certificateNo }));
      } catch (error) {
        // Another transaction took the number between the check and the insert: draw again. Any other clash is not ours to hide.
        const taken = isUniqueViolation(error) && (await manager.existsBy(Certificate, { certificateNo }));
        if (!taken || attempt >= MAX_NUMBER_ATTEMPTS) throw error;
      }
    }
  }

  async items(manager: EntityManager, certificates: Certificate[]): Promise<CertificateItem[]> {
    if (certificates.length === 0) return [];
    const applications = await applicationsById(manager, certificates.map((c) => c.applicationId));
    const grades = await gradesByApplication(manager, certificates.map((c) => c.applicationId));
    const units = await unitsById(manager, [...applications.values()].flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId])));
    return certificates.map((c) => {
      const application = applications.get(c.applicationId);
      const unit = application?.recommendingUnitId == null ? undefined : units.get(application.recommendingUnitId);
      return {
        id: c.id,
        certificateNo: c.certificateNo,
        applicationId: c.applicationId,
        year: c.year,
        team: { id: application?.teamId ?? 0, name: c.teamName },
        enterprise: { id: application?.enterpriseId ?? 0, name: c.enterpriseName },
        unit: unit ? { id: unit.id, seq: unit.seq, name: unit.name } : null,
        grade: c.grade,
        gradeLabel: GRADE_LABEL[c.grade],
        total: grades.get(c.applicationId)?.total ?? null,
        issuedAt: c.issuedAt,
        revoked: c.revokedAt !== null,
        revokedAt: c.revokedAt,
        revokedReason: c.revokedReason,
      };
    });
  }
}

