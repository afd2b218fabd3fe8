import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assertTransition } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, notFound, unprocessable } from '../../common/domain.exception.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import type { MultipartBody } from '../../storage/multipart.js';
import { StorageService } from '../../storage/storage.service.js';
import { ApplicationService, findApplication } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { campaignById } from '../campaign/index.js';
import { markCertificateRevoked, validCertificatesOf } from '../certificate/index.js';
import type { DecideCaseDto, ListCasesDto, OpenCaseDto } from './dto/discipline.dto.js';
import type { CaseDetail, EvidenceView, MisconductCaseList } from './discipline.schemas.js';
import { MisconductCase } from './misconduct-case.entity.js';
import { MisconductEvidence } from './misconduct-evidence.entity.js';
import { caseDetail, caseViews, evidenceView } from './misconduct-views.js';
import { UnitWarning } from './unit-warning.entity.js';

/** Evidence may be a PDF, an image or an office document, judged by content (file-type's ext). */
const EVIDENCE_EXTENSIONS = new Set(['pdf', 'jpg', 'png', 'webp', 'gif', 'bmp', 'tif', 'heic', 'docx', 'xlsx', 'pptx', 'cfb']);

/** Evidence already in storage, as a case is opened with it. */
type StoredEvidence = Pick<MisconductEvidence, 'fileName' | 'storageKey' | 'sha256' | 'size' | 'mimeType'>;

const caseNotFound = () => notFound('MISCONDUCT_CASE_NOT_FOUND');

function isCalendarDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * 违规查处 (第十五条): plagiarism or fraud in an application's materials. The secretariat opens a case, keeps the
 * evidence with it and decides. Upheld (经查实), the application is disqualified whatever its stage (the one
 * status-change path, which notifies the team with the reason), its recommending unit is warned and any certificate of
 * the application is revoked, all in one transaction. The units' warnings are read through UnitWarningsService.
 */
@Injectable()
export class MisconductService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly applications: ApplicationService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async open(principal: Principal, dto: OpenCaseDto): Promise<CaseDetail> {
    requireAccess(principal, 'discipline.manage');
    return this.create(principal, dto, [], async () => {});
  }

  /**
   * A case opened with evidence already in storage (the similarity check's report and the two files it compared),
   * in one transaction with what the caller records alongside (the pair's link to the case), which may refuse.
   */
  async openWithEvidence(
    principal: Principal,
    dto: OpenCaseDto,
    evidence: readonly StoredEvidence[],
    alongside: (manager: EntityManager, caseId: number) => Promise<void>,
  ): Promise<CaseDetail> {
    requireAccess(principal, 'discipline.manage');
    return this.create(principal, dto, evidence, alongside);
  }

  async list(principal: Principal, query: ListCasesDto): Promise<MisconductCaseList> {
    requireAccess(principal, 'discipline.manage');
    const manager = this.dataSource.manager;
    const cases = await manager.find(MisconductCase, { where: query.status ? { status: query.status } : {}, order: { id: 'DESC' } });
    return { items: await caseViews(manager, cases) };
  }

  async get(principal: Principal, id: number): Promise<CaseDetail> {
    requireAccess(principal, 'discipline.manage');
    const manager = this.dataSource.manager;
    const found = await manager.findOneBy(MisconductCase, { id });
    if (!found) throw caseNotFound();
    return caseDetail(manager, this.storage, found);
  }

  /** The case, its evidence and the audit entry, with what the caller records alongside, in one transaction. */
  private async create(
    principal: Principal,
    dto: OpenCaseDto,
    evidence: readonly StoredEvidence[],
    alongside: (manager: EntityManager, caseId: number) => Promise<void>,
  ): Promise<CaseDetail> {
    const application = await findApplication(this.dataSource.manager, dto.applicationId);
    if (!application) throw unprocessable('APPLICATION_NOT_FOUND', 'applicationId', '找不到该申报');
    if (application.submittedAt === null) throw unprocessable('MISCONDUCT_APPLICATION_NOT_SUBMITTED', 'applicationId');
    const actor = actorOf(principal);
    const saved = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const created = await manager.save(
        manager.create(MisconductCase, {
          campaignId: application.campaignId,
          applicationId: application.id,
          kind: dto.kind,
          description: dto.description,
          status: 'open',
          decisionReason: null,
          decidedOn: null,
          decidedAt: null,
          decidedBy: null,
          openedBy: actor,
          openedAt: now,
          version: 1,
        }),
      );
      const files = evidence.length
        ? await manager.save(evidence.map((file) => manager.create(MisconductEvidence, { ...file, caseId: created.id, uploadedAt: now, uploadedBy: actor })))
        : [];
      await alongside(manager, created.id);
      await this.audit.record(manager, {
        actor,
        action: 'misconduct.open',
        entity: 'misconduct_case',
        entityId: created.id,
        after: {
          applicationId: application.id,
          kind: dto.kind,
          description: dto.description,
          ...(files.length ? { evidence: files.map((f) => ({ evidenceId: f.id, fileName: f.fileName, sha256: f.sha256 })) } : {}),
        },
      });
      return created;
    });
    return caseDetail(this.dataSource.manager, this.storage, saved);
  }

  /** One evidence file (form field `file`), streamed to storage with its SHA-256; only while the case is open. */
  async addEvidence(principal: Principal, id: number, body: MultipartBody): Promise<EvidenceView> {
    requireAccess(principal, 'discipline.manage');
    const found = await this.dataSource.manager.findOneBy(MisconductCase, { id });
    if (!found) throw caseNotFound();
    if (found.status !== 'open') throw conflict('MISCONDUCT_CASE_CLOSED');
    const upload = await this.storage.readUpload(body, { fileField: 'file', maxBytes: this.config.storage.maxPdfBytes });
    try {
      const type = await this.storage.sniff(upload.file.tempPath);
      if (!type || !EVIDENCE_EXTENSIONS.has(type.ext)) {
        throw new DomainException('MISCONDUCT_EVIDENCE_TYPE_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });
      }
      const stored = await upload.file.commit();
      const actor = actorOf(principal);
      const row = await this.dataSource.transaction(async (manager) => {
        const current = await manager.findOneByOrFail(MisconductCase, { id });
        if (current.status !== 'open') throw conflict('MISCONDUCT_CASE_CLOSED');
        const created = await manager.save(
          manager.create(MisconductEvidence, {
            caseId: id,
            fileName: (upload.filename || `证据材料.${type.ext}`).slice(0, 255),
            storageKey: stored.key,
            sha256: stored.sha256,
            size: stored.size,
            mimeType: type.mime,
            uploadedAt: this.clock.now(),
            uploadedBy: actor,
          }),
        );
        await this.audit.record(manager, {
          actor,
          action: 'misconduct.evidence',
          entity: 'misconduct_case',
          entityId: id,
          after: { evidenceId: created.id, fileName: created.fileName, size: stored.size, sha256: stored.sha256, mimeType: type.mime },
        });
        return created;
      });
      return evidenceView(this.storage, row);
    } catch (error) {
      await upload.file.discard();
      throw error;
    }
  }

  /**
   * 经查实 or 不予认定. Upheld: the application → disqualified (ApplicationService.changeStatus, with the reason the team
   * reads), a warning to its recommending unit, and its certificate revoked; dismissed: nothing else changes.
   */
  async decide(principal: Principal, id: number, dto: DecideCaseDto): Promise<CaseDetail> {
    requireAccess(principal, 'discipline.manage');
    const reason = dto.reason ?? '';
    if (reason === '') throw unprocessable('MISCONDUCT_REASON_REQUIRED', 'reason');
    if (!isCalendarDate(dto.decidedOn)) throw unprocessable('FIELD_INVALID', 'decidedOn', '决定日期不是有效的日期');
    const actor = actorOf(principal);
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const found = await manager.findOneBy(MisconductCase, { id });
      if (!found) throw caseNotFound();
      if (found.status !== 'open') throw conflict('MISCONDUCT_CASE_CLOSED');
      const changed = await manager.update(
        MisconductCase,
        { id, status: 'open', version: found.version },
        { status: dto.decision, decisionReason: reason, decidedOn: dto.decidedOn, decidedAt: now, decidedBy: actor, version: found.version + 1 },
      );
      if (!changed.affected) throw conflict('MISCONDUCT_CASE_CLOSED');
      await this.audit.record(manager, {
        actor,
        action: `misconduct.${dto.decision === 'upheld' ? 'uphold' : 'dismiss'}`,
        entity: 'misconduct_case',
        entityId: id,
        before: { status: 'open' },
        after: { status: dto.decision, reason, decidedOn: dto.decidedOn },
      });
      if (dto.decision === 'upheld') await this.disqualify(manager, principal, found, reason, now);
    });
    return caseDetail(this.dataSource.manager, this.storage, await this.dataSource.manager.findOneByOrFail(MisconductCase, { id }));
  }

  private async disqualify(manager: EntityManager, principal: Principal, found: MisconductCase, reason: string, now: Date): Promise<void> {
    const actor = actorOf(principal);
    const application = await findApplication(manager, found.applicationId);
    if (!application) throw notFound('APPLICATION_NOT_FOUND');
    const campaign = await campaignById(manager, application.campaignId);
    // Refused (409) when the application has already left the activity (withdrawn, disqualified) or was never submitted.
    const transition = assertTransition(application.status, 'disqualified', 'secretariat', { settings: campaign.settings, now });
    await this.applications.changeStatus(manager, principal, application, transition, now, {}, reason);
    if (application.recommendingUnitId !== null) {
      const warning = await manager.save(
        manager.create(UnitWarning, {
          campaignId: application.campaignId,
          recommendingUnitId: application.recommendingUnitId,
          applicationId: application.id,
          caseId: found.id,
          reason,
          issuedAt: now,
          issuedBy: actor,
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'unit_warning.issue',
        entity: 'unit_warning',
        entityId: warning.id,
        after: { recommendingUnitId: warning.recommendingUnitId, applicationId: application.id, caseId: found.id, reason },
      });
    }
    // At most one certificate per application; one already revoked stays as it is.
    const [certificate] = await validCertificatesOf(manager, [application.id]);
    if (certificate) {
      const revokedReason = `取消活动资格：${reason}`;
      await markCertificateRevoked(manager, certificate.id, now, revokedReason);
      await this.audit.record(manager, {
        actor,
        action: 'certificate.revoke',
        entity: 'certificate',
        entityId: certificate.id,
        before: { revokedAt: null },
        after: { certificateNo: certificate.certificateNo, revokedAt: now.toISOString(), revokedReason, caseId: found.id },
      });
    }
  }
}
