import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkUnitStatistics, type ErrorCode, errorMessage } from '@cacem/shared';
import { PDFDocument } from 'pdf-lib';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import type { MultipartBody } from '../../storage/multipart.js';
import { StorageService } from '../../storage/storage.service.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { type Campaign, CampaignService } from '../campaign/index.js';
import { inspectMaterial, PDF_MIME } from '../material/index.js';
import { unitById, unitReadBy } from '../recommending-unit/index.js';
import { findUnitStatistics } from '../unit-statistics/index.js';
import { drawStatisticsSheet } from './statistics-sheet.js';
import { type PackageFileKind, UnitPackageFile } from './unit-package-file.entity.js';
import { UnitPackage } from './unit-package.entity.js';
import type { BuiltUnitPackage, UnitPackageFileView, UnitPackageView } from './unit-package.schemas.js';

const FILE_NAME: Record<PackageFileKind, string> = { letter: '推荐函.pdf', excellent_list: '优秀名单公布通知.pdf' };

/** 推荐材料: the unit's letter and excellent-list notice, and the one PDF named after the unit that the notice asks for. */
@Injectable()
export class UnitPackageService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly campaigns: CampaignService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** A PDF (judged by content, readable, not encrypted) for the letter or the excellent-list notice; a new version each time. */
  async upload(principal: Principal, kind: PackageFileKind, body: MultipartBody): Promise<UnitPackageFileView> {
    const unitId = requireAccess(principal, 'unit.act').recommendingUnitId;
    const campaign = await this.campaigns.current();
    const upload = await this.storage.readUpload(body, { fileField: 'file', maxBytes: this.config.storage.maxPdfBytes });
    try {
      await inspectMaterial('pdf', upload.file.tempPath, await this.storage.sniff(upload.file.tempPath));
      const pageCount = (await PDFDocument.load(await readFile(upload.file.tempPath), { updateMetadata: false })).getPageCount();
      const stored = await upload.file.commit();
      const originalName = (upload.filename || FILE_NAME[kind]).slice(0, 255);
      const row = await this.dataSource.transaction(async (manager) => {
        const latest = await manager.findOne(UnitPackageFile, { where: { unitId, campaignId: campaign.id, kind }, order: { version: 'DESC' } });
        const created = await manager.save(
          manager.create(UnitPackageFile, {
            unitId,
            campaignId: campaign.id,
            kind,
            version: (latest?.version ?? 0) + 1,
            originalName,
            size: stored.size,
            pageCount,
            sha256: stored.sha256,
            storageKey: stored.key,
            uploadedBy: actorOf(principal),
          }),
        );
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: `unit_package.${kind}`,
          entity: 'unit_package_file',
          entityId: created.id,
          after: { unitId, kind, version: created.version, originalName, size: stored.size, sha256: stored.sha256 },
        });
        return created;
      });
      return this.fileView(row);
    } catch (error) {
      await upload.file.discard();
      if (isUniqueViolation(error)) throw conflict('CONFLICT');
      throw error;
    }
  }

  /** Letter pages + the statistics page + excellent-list pages, merged into '<unit name>.pdf' as the next version. */
  async build(principal: Principal): Promise<BuiltUnitPackage> {
    const unitId = requireAccess(principal, 'unit.act').recommendingUnitId;
    const campaign = await this.campaigns.current();
    const unit = await unitById(this.dataSource.manager, unitId);
    const { letter, excellentList } = await this.currentFiles(unitId, campaign);
    const statistics = await findUnitStatistics(this.dataSource.manager, campaign.id, unitId);
    const missing: ErrorCode[] = [];
    if (!letter) missing.push('PACKAGE_LETTER_MISSING');
    if (!statistics || checkUnitStatistics(statistics.values).length > 0) missing.push('PACKAGE_STATISTICS_MISSING');
    if (!excellentList) missing.push('PACKAGE_EXCELLENT_LIST_MISSING');
    if (missing.length > 0) {
      const problems = missing.map((code) => ({ code, message: errorMessage(code) }));
      throw new DomainException('PACKAGE_INCOMPLETE', HttpStatus.UNPROCESSABLE_ENTITY, {
        message: `推荐材料不完整：${problems.map((p) => p.message).join('；')}`,
        details: { problems },
      });
    }
    const merged = await PDFDocument.create();
    merged.setTitle(unit.name);
    const append = async (file: UnitPackageFile) => {
      const source = await PDFDocument.load(await this.storage.readBytes(file.storageKey));
      for (const page of await merged.copyPages(source, source.getPageIndices())) merged.addPage(page);
    };
    await append(letter!);
    await drawStatisticsSheet(merged, unit.name, campaign.settings.statisticsPeriod, statistics!.values);
    await append(excellentList!);
    const bytes = await merged.save();
    const received = await this.storage.receive(Readable.from([Buffer.from(bytes)]), { maxBytes: Number.MAX_SAFE_INTEGER });
    const stored = await received.commit();
    const fileName = `${unit.name}.pdf`;
    try {
      const built = await this.dataSource.transaction(async (manager) => {
        const latest = await manager.findOne(UnitPackage, { where: { unitId, campaignId: campaign.id }, order: { version: 'DESC' } });
        const row = await manager.save(
          manager.create(UnitPackage, {
            unitId,
            campaignId: campaign.id,
            version: (latest?.version ?? 0) + 1,
            storageKey: stored.key,
            size: stored.size,
            pageCount: merged.getPageCount(),
            fileName,
            builtAt: this.clock.now(),
            builtBy: actorOf(principal),
          }),
        );
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'unit_package.build',
          entity: 'unit_package',
          entityId: row.id,
          after: { unitId, version: row.version, letter: letter!.version, excellentList: excellentList!.version, sha256: stored.sha256, pageCount: row.pageCount },
        });
        return row;
      });
      return this.packageView(built);
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('CONFLICT');
      throw error;
    }
  }

  /** The caller's unit's package; the secretariat names the unit. */
  async get(principal: Principal, unitIdForSecretariat?: number): Promise<UnitPackageView> {
    const reader = requireAccess(principal, 'unit.read');
    const unitId = await unitReadBy(this.dataSource.manager, reader, unitIdForSecretariat);
    const campaign = await this.campaigns.current();
    const { letter, excellentList } = await this.currentFiles(unitId, campaign);
    const history = await this.dataSource.getRepository(UnitPackage).find({ where: { unitId, campaignId: campaign.id }, order: { version: 'DESC' } });
    return {
      letter: letter ? this.fileView(letter) : null,
      excellentList: excellentList ? this.fileView(excellentList) : null,
      current: history[0] ? this.packageView(history[0]) : null,
      history: history.map((p) => this.packageView(p)),
    };
  }

  private async currentFiles(unitId: number, campaign: Campaign) {
    const files = await this.dataSource.getRepository(UnitPackageFile).find({ where: { unitId, campaignId: campaign.id }, order: { version: 'DESC' } });
    return { letter: files.find((f) => f.kind === 'letter') ?? null, excellentList: files.find((f) => f.kind === 'excellent_list') ?? null };
  }

  private fileView(f: UnitPackageFile): UnitPackageFileView {
    return {
      version: f.version,
      originalName: f.originalName,
      size: f.size,
      pageCount: f.pageCount,
      uploadedAt: f.uploadedAt,
      url: this.storage.signedUrl(f.storageKey, { mime: PDF_MIME, filename: f.originalName }),
    };
  }

  private packageView(p: UnitPackage): BuiltUnitPackage {
    return {
      version: p.version,
      fileName: p.fileName,
      size: p.size,
      pageCount: p.pageCount,
      builtAt: p.builtAt,
      url: this.storage.signedUrl(p.storageKey, { mime: PDF_MIME, filename: p.fileName }),
    };
  }
}
