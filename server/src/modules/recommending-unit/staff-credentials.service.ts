import { createHash, randomInt } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH, normalizeInviteCode, randomCode } from '@cacem/shared';
import { type DataSource, type EntityManager, IsNull } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { findActiveAccount, openAccount, setAccountPasswordHash, type UserAccount } from '../account/index.js';
import { AuditService } from '../audit/index.js';
import { AuthService, type LoginResult, PasswordService } from '../auth/index.js';
import { WechatBindingService } from '../wechat/index.js';
import { RecommenderBindCode } from './recommender-bind-code.entity.js';

const BIND_CODE_TTL_MS = 7 * 24 * 3600_000;
const CODE_RETRIES = 5;

/** The staff the secretariat opens accounts for: a one-time password (H5) and a WeChat bind code (mini-program). */
export type BindableRole = 'recommender' | 'expert';
const BINDABLE_ROLES: readonly BindableRole[] = ['recommender', 'expert'];

const hashBindCode = (code: string) => createHash('sha256').update(`recommender-bind:${code}`).digest('hex');
const bindCodeInvalid = () => new DomainException('BIND_CODE_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: 'bindCode' });

export interface NewAccountFields {
  username: string;
  displayName: string;
  role: BindableRole;
  recommendingUnitId: number | null;
  mobile: string | null;
}

/** Shown once: only the hashes of the password and bind code are kept. */
export interface IssuedCredentials {
  account: UserAccount;
  password: string;
  bindCode: string;
  bindCodeExpiresAt: Date;
}

/**
 * Accounts with a one-time password and a 7-day, one-time WeChat bind code (推荐单位联系人, 专家). The callers
 * check access and record their own audit entry through `within`, in the same transaction.
 */
@Injectable()
export class StaffCredentialsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordService,
    private readonly auth: AuthService,
    private readonly wechat: WechatBindingService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Opens an account; a taken user name is USERNAME_TAKEN (409). */
  async open(fields: NewAccountFields, within: (manager: EntityManager, account: UserAccount, bindCodeExpiresAt: Date) => Promise<unknown>): Promise<IssuedCredentials> {
    const password = this.passwords.generateOneTimePassword();
    const passwordHash = await this.passwords.hash(password);
    try {
      return await this.withFreshCode(async (bindCode) =>
        this.dataSource.transaction(async (manager) => {
          const account = await openAccount(manager, { ...fields, passwordHash, teamId: null, active: true });
          const bindCodeExpiresAt = await this.storeBindCode(manager, account.id, bindCode);
          await within(manager, account, bindCodeExpiresAt);
          return { account, password, bindCode, bindCodeExpiresAt };
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) throw conflict('USERNAME_TAKEN', 'username');
      throw error;
    }
  }

  /** A new one-time password and bind code for an existing account (the earlier ones stop working). */
  async reissue(account: UserAccount, within: (manager: EntityManager, bindCodeExpiresAt: Date) => Promise<unknown>): Promise<IssuedCredentials> {
    const password = this.passwords.generateOneTimePassword();
    const passwordHash = await this.passwords.hash(password);
    return this.withFreshCode((bindCode) =>
      this.dataSource.transaction(async (manager) => {
        await setAccountPasswordHash(manager, account.id, passwordHash);
        const bindCodeExpiresAt = await this.storeBindCode(manager, account.id, bindCode);
        await within(manager, bindCodeExpiresAt);
        return { account, password, bindCode, bindCodeExpiresAt };
      }),
    );
  }

  /** A new bind code (the earlier unused ones stop working). */
  async issueBindCode(userId: number, within: (manager: EntityManager, expiresAt: Date) => Promise<unknown>): Promise<{ bindCode: string; expiresAt: Date }> {
    return this.withFreshCode((bindCode) =>
      this.dataSource.transaction(async (manager) => {
        const expiresAt = await this.storeBindCode(manager, userId, bindCode);
        await within(manager, expiresAt);
        return { bindCode, expiresAt };
      }),
    );
  }

  /** Public: the account's holder binds their WeChat with the bind code, once, and is logged in; afterwards wechat-login suffices. */
  async bind(bindCode: string, wechatTicket: string): Promise<LoginResult> {
    const now = this.clock.now();
    const account = await this.dataSource.transaction(async (manager) => {
      const code = await manager.findOneBy(RecommenderBindCode, { codeHash: hashBindCode(normalizeInviteCode(bindCode)) });
      if (!code || code.usedAt || code.expiresAt <= now) throw bindCodeInvalid();
      // Spent with a conditional update, so two binds racing with the same code cannot both succeed.
      const spent = await manager.update(RecommenderBindCode, { id: code.id, usedAt: IsNull() }, { usedAt: now });
      if (!spent.affected) throw bindCodeInvalid();
      const account = await findActiveAccount(manager, code.userId, BINDABLE_ROLES);
      if (!account) throw bindCodeInvalid();
      await this.wechat.bindFromTicket(manager, wechatTicket, { type: 'user', id: account.id });
      await this.audit.record(manager, { actor: `user:${account.id}`, action: `${account.role}.bind`, entity: 'user_account', entityId: account.id });
      return account;
    });
    return this.auth.issue({ role: account.role as BindableRole, userId: account.id, displayName: account.displayName, recommendingUnitId: account.recommendingUnitId });
  }

  private async storeBindCode(manager: EntityManager, userId: number, code: string): Promise<Date> {
    const expiresAt = new Date(this.clock.now().getTime() + BIND_CODE_TTL_MS);
    await manager.delete(RecommenderBindCode, { userId, usedAt: IsNull() });
    await manager.insert(RecommenderBindCode, { userId, codeHash: hashBindCode(code), expiresAt, usedAt: null });
    return expiresAt;
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
