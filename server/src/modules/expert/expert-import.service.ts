import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import type { MultipartBody } from '../../storage/multipart.js';
import { StorageService } from '../../storage/storage.service.js';
import { EXPERT_IMPORT_MAX_BYTES } from '../../storage/upload-limits.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { allUnits } from '../recommending-unit/index.js';
import { type ImportedExpertFields, parseExpertSheet, readExpertSheet } from './expert-import.js';
import { auditFields, enterprisesByName, type ExpertFields, savingExpert, syncAccount } from './expert-records.js';
import { Expert } from './expert.entity.js';
import type { ExpertImportReport } from './expert.schemas.js';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const fileMismatch = (found: string) =>
  new DomainException('FILE_TYPE_MISMATCH', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file', message: `应上传 Excel 表格（.xlsx），${found}` });

/** 专家库导入 (第十一条): the secretariat fills the pool from an Excel sheet. The sheet's reading and rows are expert-import.ts'. */
@Injectable()
export class ExpertImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
  ) {}

  /**
   * Excel import (.xlsx, first sheet, headers on row 1). Every row is checked on its own: the valid rows are written
   * (a mobile already in the pool updates that expert), the invalid ones are reported with their row number and
   * problems and write nothing. The valid rows are written in one transaction, so a failure leaves nothing half-imported.
   */
  async import(principal: Principal, body: MultipartBody): Promise<ExpertImportReport> {
    requireAccess(principal, 'experts.manage');
    const upload = await this.storage.readUpload(body, { fileField: 'file', maxBytes: EXPERT_IMPORT_MAX_BYTES });
    let sheet: Awaited<ReturnType<typeof readExpertSheet>>;
    try {
      const sniffed = await this.storage.sniff(upload.file.tempPath);
      if (sniffed?.mime !== XLSX_MIME && sniffed?.ext !== 'zip') {
        throw fileMismatch(sniffed?.ext === 'cfb' ? '收到的是 Excel 97-2003（.xls）等旧格式，请另存为 .xlsx 后上传' : sniffed ? `收到的文件内容是 ${sniffed.ext.toUpperCase()}` : '无法识别收到的文件类型');
      }
      // Read in the parse sandbox (a worker thread with caps): a compression bomb is a 422, not the server's memory.
      sheet = await readExpertSheet(upload.file.tempPath, () =>
        sniffed.ext === 'zip' ? fileMismatch('收到的是 ZIP 压缩包') : new DomainException('FILE_UNREADABLE', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' }),
      );
    } finally {
      // The sheet is read, not kept.
      await upload.file.discard();
    }

    const units = (await allUnits(this.dataSource.manager)).filter((u) => u.active);
    const parsed = parseExpertSheet(sheet, units);
    if (parsed.missingHeaders.length > 0) {
      throw new DomainException('EXPERT_IMPORT_HEADERS_MISSING', HttpStatus.UNPROCESSABLE_ENTITY, {
        field: 'file',
        message: `导入表格缺少以下列：${parsed.missingHeaders.join('、')}（第 1 行为列名）`,
        details: parsed.missingHeaders.map((header) => ({ field: header, code: 'EXPERT_IMPORT_HEADERS_MISSING' as const, message: `缺少“${header}”列` })),
      });
    }
    if (parsed.rows.length === 0) throw new DomainException('EXPERT_IMPORT_EMPTY', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file' });

    const rejected: ExpertImportReport['rejected'] = [];
    const valid: Array<{ row: number; fields: ImportedExpertFields }> = [];
    for (const row of parsed.rows) {
      if ('errors' in row) rejected.push(row);
      else valid.push(row);
    }
    const { imported, updated } = await savingExpert(() =>
      this.dataSource.transaction(async (manager) => {
        const enterpriseIds = await enterprisesByName(manager, valid.map((v) => v.fields.enterpriseName));
        const existing = valid.length ? await manager.findBy(Expert, { mobile: In(valid.map((v) => v.fields.mobile)) }) : [];
        const byMobile = new Map(existing.map((e) => [e.mobile, e]));
        let imported = 0;
        let updated = 0;
        for (const { row, fields } of valid) {
          const values: ExpertFields = { ...fields, enterpriseId: enterpriseIds.get(fields.enterpriseName) ?? null };
          const before = byMobile.get(fields.mobile);
          if (before) {
            const beforeFields = auditFields(before);
            const saved = await manager.save(Object.assign(before, values));
            await syncAccount(manager, saved);
            await this.audit.record(manager, { actor: actorOf(principal), action: 'expert.import_update', entity: 'expert', entityId: saved.id, before: beforeFields, after: { row, ...auditFields(saved) } });
            updated++;
          } else {
            const created = await manager.save(manager.create(Expert, { ...values, userId: null }));
            await this.audit.record(manager, { actor: actorOf(principal), action: 'expert.import_create', entity: 'expert', entityId: created.id, after: { row, ...auditFields(created) } });
            imported++;
          }
        }
        return { imported, updated };
      }),
    );
    return { total: parsed.rows.length, imported, updated, rejected };
  }
}
