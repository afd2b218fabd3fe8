import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { conflict, notFound } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { APP_CONFIG_TOKEN } from '../../config/app-config.token.js';
import type { AppConfig } from '../../config/app-config.js';
import type { MultipartBody } from '../../storage/multipart.js';
import { StorageService } from '../../storage/storage.service.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import {
  addMaterialVersion,
  currentMaterials,
  inspectMaterial,
  isMaterialKind,
  latestMaterialVersion,
  materialsOfApplication,
  type MaterialVersion,
  type MaterialView,
  materialView,
} from '../material/index.js';
import { Application } from './application.entity.js';

/** An application's materials: the application decides who may upload and when (a draft), the material module keeps the files. */
@Injectable()
export class ApplicationMaterialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG_TOKEN) private readonly config: AppConfig,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  /**
   * 申报材料 (第七条): one PDF or PPT/PPTX, streamed to storage, judged by content, kept durably, then recorded as
   * the next version. Only the enterprise's declarant, only while the application is a draft.
   */
  async upload(principal: Principal, applicationId: number, kind: string, body: MultipartBody): Promise<MaterialView> {
    const application = requireAccess(principal, 'application.manage', await this.dataSource.manager.findOneBy(Application, { id: applicationId }));
    if (!isMaterialKind(kind)) throw notFound('MATERIAL_KIND_INVALID');
    if (application.status !== 'draft') throw conflict('APPLICATION_NOT_DRAFT');
    const maxBytes = kind === 'pdf' ? this.config.storage.maxPdfBytes : this.config.storage.maxPptBytes;
    const upload = await this.storage.readUpload(body, { fileField: 'file', maxBytes });
    try {
      const mime = await inspectMaterial(kind, upload.file.tempPath, await this.storage.sniff(upload.file.tempPath));
      const stored = await upload.file.commit();
      const originalName = (upload.filename || `申报材料.${kind}`).slice(0, 255);
      const material = await this.dataSource.transaction(async (manager) => {
        // Checked again in the transaction: the application may have been submitted while the bytes arrived.
        const now = await manager.findOneByOrFail(Application, { id: application.id });
        if (now.status !== 'draft') throw conflict('APPLICATION_NOT_DRAFT');
        const created = await addMaterialVersion(manager, {
          applicationId: application.id,
          kind,
          version: (await latestMaterialVersion(manager, application.id, kind)) + 1,
          originalName,
          mime,
          size: stored.size,
          sha256: stored.sha256,
          storageKey: stored.key,
          uploadedBy: actorOf(principal),
        });
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'material.upload',
          entity: 'material',
          entityId: created.id,
          after: { applicationId: application.id, kind, version: created.version, originalName, size: stored.size, sha256: stored.sha256 },
        });
        return created;
      });
      return materialView(material, this.storage);
    } catch (error) {
      // The stored object may stay: it is content-addressed and identical bytes are reused.
      await upload.file.discard();
      // Two uploads to the same slot at once both took the same next version; the unique key stopped one.
      if (isUniqueViolation(error)) throw conflict('CONFLICT');
      throw error;
    }
  }

  /** Every version of both kinds, newest first within a kind, the current one marked. */
  async list(principal: Principal, applicationId: number): Promise<{ items: MaterialVersion[] }> {
    const application = requireAccess(principal, 'application.read', await this.dataSource.manager.findOneBy(Application, { id: applicationId }));
    const materials = await materialsOfApplication(this.dataSource.manager, application.id);
    const current = currentMaterials(materials);
    return { items: materials.map((m) => ({ ...materialView(m, this.storage), current: current[m.kind]?.id === m.id })) };
  }
}
