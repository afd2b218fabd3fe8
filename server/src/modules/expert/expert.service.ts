import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isDrawableExpert } from '@cacem/shared';
import { Brackets, type DataSource, type EntityManager, IsNull } from 'typeorm';
import { conflict, DomainException, notFound } from '../../common/domain.exception.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { accountSubject, LoginThrottleService, SessionService } from '../auth/index.js';
import { allUnits, findUnit, StaffCredentialsService } from '../recommending-unit/index.js';
import { accountsById, findExpertAccount, setAccountActive } from '../account/index.js';
import { findEnterprise } from '../enterprise/index.js';
import type { ExpertAccountDto, ListExpertsQueryDto, SaveExpertDto } from './dto/expert.dto.js';
import { auditFields, enterprisesByName, type ExpertFields, savingExpert, syncAccount } from './expert-records.js';
import { expertStatusProblems } from './expert-rules.js';
import { Expert } from './expert.entity.js';
import type { ExpertAccountView, ExpertPage, ExpertView } from './expert.schemas.js';

/**
 * 专家库 (第十一、十二条): the secretariat keeps the pool the panels are drawn from — finds, adds and corrects experts and
 * opens their logins. Filling it from an Excel sheet is ExpertImportService's.
 */
@Injectable()
export class ExpertService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: StaffCredentialsService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async list(principal: Principal, query: ListExpertsQueryDto): Promise<ExpertPage> {
    requireAccess(principal, 'experts.manage');
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
    requireAccess(principal, 'experts.manage');
    const fields = await this.checkedFields(this.dataSource.manager, dto);
    const expert = await savingExpert(() =>
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
    requireAccess(principal, 'experts.manage');
    const fields = await this.checkedFields(this.dataSource.manager, dto);
    const expert = await savingExpert(() =>
      this.dataSource.transaction(async (manager) => {
        const before = await manager.findOneBy(Expert, { id });
        if (!before) throw notFound('EXPERT_NOT_FOUND');
        const holder = await manager.findOneBy(Expert, { mobile: fields.mobile });
        if (holder && holder.id !== id) throw conflict('EXPERT_MOBILE_TAKEN', 'mobile');
        // 第十六条: a qualification removed for a breach is not given back by an edit.
        if (before.removedAt !== null && fields.active) throw conflict('EXPERT_ALREADY_REMOVED', 'active', '该专家已因违规被取消专家资格，不能重新启用');
        const beforeFields = auditFields(before);
        const saved = await manager.save(Object.assign(before, fields));
        await syncAccount(manager, saved);
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
    requireAccess(principal, 'experts.manage');
    const expert = await this.dataSource.getRepository(Expert).findOneBy({ id });
    if (!expert) throw notFound('EXPERT_NOT_FOUND');
    const existing = expert.userId === null ? null : await findExpertAccount(this.dataSource.manager, expert.userId);
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
            await setAccountActive(manager, account.id, expert.active);
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
    if (!(await findUnit(manager, dto.recommendingUnitId))) {
      throw new DomainException('RECOMMENDING_UNIT_NOT_FOUND', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'recommendingUnitId' });
    }
    let enterpriseId: number | null;
    if (dto.enterpriseId != null) {
      if (!(await findEnterprise(manager, dto.enterpriseId))) {
        throw new DomainException('NOT_FOUND', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'enterpriseId', message: '找不到该申报企业' });
      }
      enterpriseId = dto.enterpriseId;
    } else {
      enterpriseId = (await enterprisesByName(manager, [dto.enterpriseName])).get(dto.enterpriseName) ?? null;
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

  /** The experts' logins locked after wrong passwords, by user id: when each unlocks by itself (秘书处 may unlock it now). */
  private async loginLocks(experts: Expert[]): Promise<Map<number, Date>> {
    const userIds = experts.flatMap((e) => (e.userId !== null ? [e.userId] : []));
    if (userIds.length === 0) return new Map();
    const accounts = [...(await accountsById(this.dataSource.manager, userIds)).values()];
    const locked = await this.throttle.lockedUntil('account', accounts.map((a) => accountSubject(a.username)));
    return new Map(accounts.flatMap((a) => {
      const until = locked.get(accountSubject(a.username));
      return until ? [[a.id, until] as const] : [];
    }));
  }

  private async unitNames(): Promise<Map<number, string>> {
    const units = await allUnits(this.dataSource.manager);
    return new Map(units.map((u) => [u.id, u.name]));
  }
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
