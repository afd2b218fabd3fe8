import { createHash, randomInt } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, normalizeInviteCode, randomCode } from '@cacem/shared';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, notFound } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { UserAccount } from '../account/user-account.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService, type LoginResult } from '../auth/auth.service.js';
import { PasswordService } from '../auth/password.service.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { WechatBinding } from '../wechat/wechat-binding.entity.js';
import { WechatBindingService } from '../wechat/wechat-binding.service.js';
import type { CreateContactDto } from './dto/contact.dto.js';
import { RecommenderBindCode } from './recommender-bind-code.entity.js';
import { RecommendingUnit } from './recommending-unit.entity.js';

const BIND_CODE_TTL_MS = 7 * 24 * 3600_000;
const CODE_RETRIES = 5;

const hashBindCode = (code: string) => createHash('sha256').update(`recommender-bind:${code}`).digest('hex');
const bindCodeInvalid = () => new DomainException('BIND_CODE_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'bindCode' });

export interface ContactView {
  id: number;
  username: string;
  displayName: string;
  mobile: string | null;
  active: boolean;
  wechatBound: boolean;
  createdAt: Date;
}

/** 推荐单位联系人: accounts the secretariat opens for a unit, with a one-time password (H5) and a bind code (mini-program). */
@Injectable()
export class RecommenderContactService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly wechat: WechatBindingService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, unitId: number): Promise<{ items: ContactView[] }> {
    requireSecretariat(principal);
    await this.requireUnit(unitId);
    const accounts = await this.dataSource.getRepository(UserAccount).find({ where: { role: 'recommender', recommendingUnitId: unitId }, order: { id: 'ASC' } });
    const bindings = accounts.length
      ? await this.dataSource.getRepository(WechatBinding).findBy({ subjectType: 'user', subjectId: In(accounts.map((a) => a.id)) })
      : [];
    const bound = new Set(bindings.map((b) => b.subjectId));
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
  async create(principal: Principal, unitId: number, dto: CreateContactDto) {
    requireSecretariat(principal);
    await this.requireUnit(unitId);
    const password = this.passwords.generateOneTimePassword();
    const passwordHash = await this.passwords.hash(password);
    try {
      return await this.withFreshCode(async (bindCode) =>
        this.dataSource.transaction(async (manager) => {
          const account = await manager.save(
            manager.create(UserAccount, {
              username: dto.username,
              passwordHash,
              role: 'recommender',
              displayName: dto.displayName,
              recommendingUnitId: unitId,
              teamId: null,
              mobile: dto.mobile ?? null,
              active: true,
            }),
          );
          const expiresAt = await this.storeBindCode(manager, account.id, bindCode);
          await this.audit.record(manager, {
            actor: actorOf(principal),
            action: 'recommender.create',
            entity: 'user_account',
            entityId: account.id,
            after: { username: account.username, displayName: account.displayName, mobile: account.mobile, recommendingUnitId: unitId, bindCodeExpiresAt: expiresAt },
          });
          return { id: account.id, username: account.username, displayName: account.displayName, password, bindCode, bindCodeExpiresAt: expiresAt };
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('USERNAME_TAKEN', 'username');
      throw error;
    }
  }

  /** A new bind code for a contact (the earlier unused ones stop working). */
  async issueBindCode(principal: Principal, unitId: number, userId: number): Promise<{ bindCode: string; expiresAt: Date }> {
    requireSecretariat(principal);
    const account = await this.dataSource.getRepository(UserAccount).findOneBy({ id: userId, role: 'recommender', recommendingUnitId: unitId });
    if (!account) throw notFound('CONTACT_NOT_FOUND');
    return this.withFreshCode((bindCode) =>
      this.dataSource.transaction(async (manager) => {
        const expiresAt = await this.storeBindCode(manager, account.id, bindCode);
        await this.audit.record(manager, { actor: actorOf(principal), action: 'recommender.bind_code', entity: 'user_account', entityId: account.id, after: { expiresAt } });
        return { bindCode, expiresAt };
      }),
    );
  }

  /** Public: a contact binds their WeChat with the bind code, once, and is logged in; afterwards wechat-login suffices. */
  async bind(bindCode: string, wechatTicket: string): Promise<LoginResult> {
    const now = this.clock.now();
    const account = await this.dataSource.transaction(async (manager) => {
      const code = await manager.findOneBy(RecommenderBindCode, { codeHash: hashBindCode(normalizeInviteCode(bindCode)) });
      if (!code || code.usedAt || code.expiresAt <= now) throw bindCodeInvalid();
      // Spent with a conditional update, so two binds racing with the same code cannot both succeed.
      const spent = await manager.update(RecommenderBindCode, { id: code.id, usedAt: IsNull() }, { usedAt: now });
      if (!spent.affected) throw bindCodeInvalid();
      const account = await manager.findOneBy(UserAccount, { id: code.userId, role: 'recommender', active: true });
      if (!account) throw bindCodeInvalid();
      await this.wechat.bindFromTicket(manager, wechatTicket, { type: 'user', id: account.id });
      await this.audit.record(manager, { actor: `user:${account.id}`, action: 'recommender.bind', entity: 'user_account', entityId: account.id });
      return account;
    });
    return this.auth.issue({ role: 'recommender', userId: account.id, displayName: account.displayName, recommendingUnitId: account.recommendingUnitId });
  }

  private async storeBindCode(manager: EntityManager, userId: number, code: string): Promise<Date> {
    const expiresAt = new Date(this.clock.now().getTime() + BIND_CODE_TTL_MS);
    await manager.delete(RecommenderBindCode, { userId, usedAt: IsNull() });
    await manager.insert(RecommenderBindCode, { userId, codeHash: hashBindCode(code), expiresAt, usedAt: null });
    return expiresAt;
  }

  private async requireUnit(unitId: number): Promise<RecommendingUnit> {
    const unit = await this.dataSource.getRepository(RecommendingUnit).findOneBy({ id: unitId });
    if (!unit) throw notFound('RECOMMENDING_UNIT_NOT_FOUND');
    return unit;
  }

  private async withFreshCode<T>(attempt: (code: string) => Promise<T>): Promise<T> {
    for (let i = 1; ; i++) {
      try {
        return await attempt(randomCode(INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, randomInt));
      } catch (error) {
        // A bind code colliding with a live one is retried; a taken user name is not (the caller maps it).
        if (isUniqueViolation(error) && i < CODE_RETRIES && /bind_code|codeHash/.test(String((error as { message?: string }).message))) continue;
        throw error;
      }
    }
  }
}

export function requireSecretariat(principal: Principal): void {
  if (principal.role !== 'secretariat') throw new DomainException('FORBIDDEN', HttpStatus.FORBIDDEN);
}
