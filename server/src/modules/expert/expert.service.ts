import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDrawableExpert } from '@cacem/shared';
import type { FastifyRequest } from 'fastify';
import { Brackets, type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { conflict, DomainException, notFound } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { StorageService } from '../../storage/storage.service.js';
import { EXPERT_IMPORT_MAX_BYTES } from '../../storage/upload-limits.js';
import { UserAccount } from '../account/user-account.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { SessionService } from '../auth/session.service.js';
import { accountSubject, LoginThrottleService } from '../auth/throttle.service.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { requireSecretariat } from '../recommending-unit/recommender-contact.service.js';
import { RecommendingUnit } from '../recommending-unit/recommending-unit.entity.js';
import { StaffCredentialsService } from '../recommending-unit/staff-credentials.service.js';
import type { ExpertAccountDto, ListExpertsQueryDto, SaveExpertDto } from './dto/expert.dto.js';
import { type ImportedExpertFields, parseExpertSheet, readExpertSheet } from './expert-import.js';
import { expertStatusProblems } from './expert-rules.js';
import { Expert } from './expert.entity.js';
import type { ExpertAccountView, ExpertImportReport, ExpertPage, ExpertView } from './expert.schemas.js';

export { EXPERT_IMPORT_MAX_BYTES } from '../../storage/upload-limits.js';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type ExpertFields = ImportedExpertFields & { enterpriseId: number | null };

const fileMismatch = (found: string) =>
  new DomainException('FILE_TYPE_MISMATCH', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'file', message: `应上传 Excel 表格（.xlsx），${found}` });

/** 专家库 (第十一、十二条): the secretariat keeps the pool the panels are drawn from. */
@Injectable()
export class ExpertService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: StorageService,
    private readonly credentials: StaffCredentialsService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async list(principal: Principal, query: ListExpertsQueryDto): Promise<ExpertPage> {
    requireSecretariat(principal);
    const builder = this.dataSource.getRepository(Expert).createQueryBuilder('e').orderBy('e.id', 'ASC');
    if (query.unitId !== undefined) builder.andWhere('e.recommendingUnitId = :unitId', { unitId: query.unitId });
    if (query.active !== undefined) builder.andWhere('e.active = :active', { active: query.active });
    if (query.q) {
      const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        new Brackets((w) =>
          w.where('e.name LIKE :like', { like }).orWhere('e.mobile LIKE :like').orWhere('e.enterpriseName LIKE :like').orWhere('e.specialties LIKE :like'),
        ),
      );
    }
    // The pool is hundreds of experts: the drawable rule is applied here, once, as shared defines it.
    let experts = await builder.getMany();
    if (query.drawable !== undefined) experts = experts.filter((e) => isDrawableExpert(e) === query.drawable);
    const total = experts.length;
    const page = experts.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    const units = await this.unitNames();
    const locked = await this.loginLocks(page);
    return {
      items: page.map((e) => ({ ...view(e, units), loginLockedUntil: (e.userId !== null ? locked.get(e.userId) : undefined) ?? null })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async create(principal: Principal, dto: SaveExpertDto): Promise<ExpertView> {
    requireSecretariat(principal);
    const fields = await this.checkedFields(this.dataSource.manager, dto);
    const expert = await this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        if (await manager.existsBy(Expert, { mobile: fields.mobile })) throw conflict('EXPERT_MOBILE_TAKEN', 'mobile');
        const created = await manager.save(manager.create(Expert, { ...fields, userId: null }));
        await this.audit.record(manager, { actor: actorOf(principal), action: 'expert.create', entity: 'expert', entityId: created.id, after: auditFields(created) });
        return created;
      }),
    );
    return view(expert, await this.unitNames());
  }

  async update(principal: Principal, id: number, dto: SaveExpertDto): Promise<ExpertView> {
    requireSecretariat(principal);
    const fields = await this.checkedFields(this.dataSource.manager, dto);
    const expert = await this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const before = await manager.findOneBy(Expert, { id });
        if (!before) throw notFound('EXPERT_NOT_FOUND');
        const holder = await manager.findOneBy(Expert, { mobile: fields.mobile });
        if (holder && holder.id !== id) throw conflict('EXPERT_MOBILE_TAKEN', 'mobile');
        // 第十六条: a qualification removed for a breach is not given back by an edit.
        if (before.removedAt !== null && fields.active) throw conflict('EXPERT_ALREADY_REMOVED', 'active', '该专家已因违规被取消专家资格，不能重新启用');
        const beforeFields = auditFields(before);
        const saved = await manager.save(Object.assign(before, fields));
        await this.syncAccount(manager, saved);
        await this.audit.record(manager, { actor: actorOf(principal), action: 'expert.update', entity: 'expert', entityId: id, before: beforeFields, after: auditFields(saved) });
        return saved;
      }),
    );
    return view(expert, await this.unitNames());
  }

  /**
   * The expert's login (role expert): opened the first time with a one-time password and a 7-day WeChat bind code;
   * asked again, a new password and bind code replace the old ones. Both are shown once.
   */
  async account(principal: Principal, id: number, dto: ExpertAccountDto): Promise<ExpertAccountView> {
    requireSecretariat(principal);
    const expert = await this.dataSource.getRepository(Expert).findOneBy({ id });
    if (!expert) throw notFound('EXPERT_NOT_FOUND');
    const existing = expert.userId === null ? null : await this.dataSource.getRepository(UserAccount).findOneBy({ id: expert.userId, role: 'expert' });
    const issued = existing
      ? await this.credentials.reissue(existing, async (manager, bindCodeExpiresAt) => {
          // The old password stops working with every login made with it.
          const sessionsRevoked = await this.sessions.revokeAll(manager, { type: 'user', id: existing.id }, 'password_reset');
          await this.audit.record(manager, {
            actor: actorOf(principal),
            action: 'expert.account_reissue',
            entity: 'expert',
            entityId: id,
            after: { userId: existing.id, bindCodeExpiresAt, sessionsRevoked },
          });
        })
      : await this.credentials.open(
          { username: dto.username ?? expert.mobile, displayName: expert.name, role: 'expert', recommendingUnitId: null, mobile: expert.mobile },
          async (manager, account, bindCodeExpiresAt) => {
            // Conditional, so two requests racing cannot both give the expert an account.
            const linked = await manager.update(Expert, { id, userId: IsNull() }, { userId: account.id });
            if (!linked.affected) throw conflict('CONFLICT');
            await manager.update(UserAccount, { id: account.id }, { active: expert.active });
            await this.audit.record(manager, {
              actor: actorOf(principal),
              action: 'expert.account_create',
              entity: 'expert',
              entityId: id,
              after: { userId: account.id, username: account.username, bindCodeExpiresAt },
            });
          },
        );
    return {
      expertId: id,
      userId: issued.account.id,
      username: issued.account.username,
      created: existing === null,
      password: issued.password,
      bindCode: issued.bindCode,
      bindCodeExpiresAt: issued.bindCodeExpiresAt,
    };
  }

  /**
   * Excel import (.xlsx, first sheet, headers on row 1). Every row is checked on its own: the valid rows are written
   * (a mobile already in the pool updates that expert), the invalid ones are reported with their row number and
   * problems and write nothing. The valid rows are written in one transaction, so a failure leaves nothing half-imported.
   */
  async import(principal: Principal, request: FastifyRequest): Promise<ExpertImportReport> {
    requireSecretariat(principal);
    const upload = await this.storage.readUpload(request, { fileField: 'file', maxBytes: EXPERT_IMPORT_MAX_BYTES });
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

    const units = await this.dataSource.getRepository(RecommendingUnit).find({ where: { active: true } });
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
    const { imported, updated } = await this.saving(() =>
      this.dataSource.transaction(async (manager) => {
        const enterpriseIds = await this.enterprisesByName(manager, valid.map((v) => v.fields.enterpriseName));
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
            await this.syncAccount(manager, saved);
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

  /** The DTO checked against the statuses' rules and the data: unit, enterprise. */
  private async checkedFields(manager: EntityManager, dto: SaveExpertDto): Promise<ExpertFields> {
    const fields = {
      trainingStatus: dto.trainingStatus,
      trainedAt: dto.trainedAt ?? null,
      assessmentStatus: dto.assessmentStatus,
      assessedAt: dto.assessedAt ?? null,
    };
    const problems = expertStatusProblems(fields);
    if (problems.length > 0) {
      throw new DomainException('EXPERT_STATUS_INCONSISTENT', HttpStatus.UNPROCESSABLE_ENTITY, {
        field: problems[0]!.field,
        details: problems.map((p) => ({ field: p.field, code: 'EXPERT_STATUS_INCONSISTENT' as const, message: p.message })),
      });
    }
    if (!(await manager.existsBy(RecommendingUnit, { id: dto.recommendingUnitId }))) {
      throw new DomainException('RECOMMENDING_UNIT_NOT_FOUND', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'recommendingUnitId' });
    }
    let enterpriseId: number | null;
    if (dto.enterpriseId != null) {
      if (!(await manager.existsBy(Enterprise, { id: dto.enterpriseId }))) {
        throw new DomainException('NOT_FOUND', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'enterpriseId', message: '找不到该申报企业' });
      }
      enterpriseId = dto.enterpriseId;
    } else {
      enterpriseId = (await this.enterprisesByName(manager, [dto.enterpriseName])).get(dto.enterpriseName) ?? null;
    }
    const specialties = [...new Set(dto.specialties.map((s) => s.trim()).filter(Boolean))];
    if (specialties.length === 0) throw new DomainException('VALIDATION_FAILED', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'specialties', message: '请至少填写一个专业' });
    return {
      ...fields,
      name: dto.name,
      mobile: dto.mobile,
      enterpriseName: dto.enterpriseName,
      enterpriseId,
      recommendingUnitId: dto.recommendingUnitId,
      specialties,
      active: dto.active ?? true,
    };
  }

  /** 申报企业 known by exactly one name: an expert's enterprise is linked only when the name is unambiguous. */
  private async enterprisesByName(manager: EntityManager, names: string[]): Promise<Map<string, number>> {
    const unique = [...new Set(names)];
    if (unique.length === 0) return new Map();
    const found = await manager.find(Enterprise, { where: { name: In(unique) }, select: { id: true, name: true } });
    const counts = new Map<string, number>();
    for (const e of found) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
    return new Map(found.filter((e) => counts.get(e.name) === 1).map((e) => [e.name, e.id]));
  }

  /** The expert's login follows the record: name, mobile, and no login while the expert is disabled. */
  private async syncAccount(manager: EntityManager, expert: Expert): Promise<void> {
    if (expert.userId === null) return;
    await manager.update(UserAccount, { id: expert.userId, role: 'expert' }, { displayName: expert.name, mobile: expert.mobile, active: expert.active });
  }

  private async saving<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      // Two requests with the same new mobile at once: the unique key stopped one.
      if (isUniqueViolation(error)) throw conflict('EXPERT_MOBILE_TAKEN', 'mobile');
      throw error;
    }
  }

  /** The experts' logins locked after wrong passwords, by user id: when each unlocks by itself (秘书处 may unlock it now). */
  private async loginLocks(experts: Expert[]): Promise<Map<number, Date>> {
    const userIds = experts.flatMap((e) => (e.userId !== null ? [e.userId] : []));
    if (userIds.length === 0) return new Map();
    const accounts = await this.dataSource.getRepository(UserAccount).find({ where: { id: In(userIds) }, select: { id: true, username: true } });
    const locked = await this.throttle.lockedUntil('account', accounts.map((a) => accountSubject(a.username)));
    return new Map(accounts.flatMap((a) => {
      const until = locked.get(accountSubject(a.username));
      return until ? [[a.id, until] as const] : [];
    }));
  }

  private async unitNames(): Promise<Map<number, string>> {
    const units = await this.dataSource.getRepository(RecommendingUnit).find({ select: { id: true, name: true } });
    return new Map(units.map((u) => [u.id, u.name]));
  }
}

function auditFields(e: Expert) {
  return {
    name: e.name,
    mobile: e.mobile,
    enterpriseName: e.enterpriseName,
    enterpriseId: e.enterpriseId,
    recommendingUnitId: e.recommendingUnitId,
    specialties: e.specialties,
    trainingStatus: e.trainingStatus,
    trainedAt: e.trainedAt,
    assessmentStatus: e.assessmentStatus,
    assessedAt: e.assessedAt,
    active: e.active,
  };
}

function view(e: Expert, units: Map<number, string>): ExpertView {
  return {
    id: e.id,
    name: e.name,
    mobile: e.mobile,
    enterpriseName: e.enterpriseName,
    enterpriseId: e.enterpriseId,
    recommendingUnitId: e.recommendingUnitId,
    recommendingUnitName: units.get(e.recommendingUnitId) ?? null,
    specialties: e.specialties,
    trainingStatus: e.trainingStatus,
    trainedAt: e.trainedAt,
    assessmentStatus: e.assessmentStatus,
    assessedAt: e.assessedAt,
    active: e.active,
    drawable: isDrawableExpert(e),
    userId: e.userId,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
  };
}
