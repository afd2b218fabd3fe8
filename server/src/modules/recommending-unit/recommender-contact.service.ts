import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '../../common/domain.exception.js';
import { AuditService } from '../audit/index.js';
import type { LoginResult } from '../auth/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { findUnitContact, unitContacts } from '../account/index.js';
import { wechatBoundIds } from '../wechat/index.js';
import type { CreateContactDto } from './dto/contact.dto.js';
import { RecommendingUnit } from './recommending-unit.entity.js';
import type { CreatedUnitContact, IssuedBindCode, UnitContactView } from './recommending-unit.schemas.js';
import { StaffCredentialsService } from './staff-credentials.service.js';

/** 推荐单位联系人: accounts the secretariat opens for a unit, with a one-time password (H5) and a bind code (mini-program). */
@Injectable()
export class RecommenderContactService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: StaffCredentialsService,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, unitId: number): Promise<{ items: UnitContactView[] }> {
    requireAccess(principal, 'units.manage');
    await this.requireUnit(unitId);
    const accounts = await unitContacts(this.dataSource.manager, unitId);
    const bound = await wechatBoundIds(this.dataSource.manager, 'user', accounts.map((a) => a.id));
    return {
      items: accounts.map((a) => ({
        id: a.id,
        username: a.username,
        displayName: a.displayName,
        mobile: a.mobile,
        active: a.active,
        wechatBound: bound.has(a.id),
        createdAt: a.createdAt,
      })),
    };
  }

  /** Opens a contact's account; the password and bind code are shown once, only their hashes are kept. */
  async create(principal: Principal, unitId: number, dto: CreateContactDto): Promise<CreatedUnitContact> {
    requireAccess(principal, 'units.manage');
    await this.requireUnit(unitId);
    const fields = { username: dto.username, displayName: dto.displayName, role: 'recommender' as const, recommendingUnitId: unitId, mobile: dto.mobile ?? null };
    const issued = await this.credentials.open(fields, (manager, account, expiresAt) =>
      this.audit.record(manager, {
        actor: actorOf(principal),
        action: 'recommender.create',
        entity: 'user_account',
        entityId: account.id,
        after: { username: account.username, displayName: account.displayName, mobile: account.mobile, recommendingUnitId: unitId, bindCodeExpiresAt: expiresAt },
      }),
    );
    const { account, password, bindCode, bindCodeExpiresAt } = issued;
    return { id: account.id, username: account.username, displayName: account.displayName, password, bindCode, bindCodeExpiresAt };
  }

  /** A new bind code for a contact (the earlier unused ones stop working). */
  async issueBindCode(principal: Principal, unitId: number, userId: number): Promise<IssuedBindCode> {
    requireAccess(principal, 'units.manage');
    const account = await findUnitContact(this.dataSource.manager, unitId, userId);
    if (!account) throw notFound('CONTACT_NOT_FOUND');
    return this.credentials.issueBindCode(account.id, (manager, expiresAt) =>
      this.audit.record(manager, { actor: actorOf(principal), action: 'recommender.bind_code', entity: 'user_account', entityId: account.id, after: { expiresAt } }),
    );
  }

  /** Public: a contact (or an expert) binds their WeChat with the bind code, once, and is logged in. */
  bind(bindCode: string, wechatTicket: string): Promise<LoginResult> {
    return this.credentials.bind(bindCode, wechatTicket);
  }

  private async requireUnit(unitId: number): Promise<RecommendingUnit> {
    const unit = await this.dataSource.getRepository(RecommendingUnit).findOneBy({ id: unitId });
    if (!unit) throw notFound('RECOMMENDING_UNIT_NOT_FOUND');
    return unit;
  }
}
