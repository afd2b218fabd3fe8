import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ENTERPRISE_NAME_MAX, generateCardNo } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { notFound } from '../../common/domain.exception.js';
import { isLockConflict, isUniqueViolation, writeLock } from '../../common/unique-violation.js';
import { actorOf, type Principal, requireAccess, type SecretariatPrincipal } from '../access/index.js';
import { LoginThrottleService, PasswordService, SessionService } from '../auth/index.js';
import { AuditService } from '../audit/index.js';
import { CampaignService, lockedCampaign } from '../campaign/index.js';
import { createEnterprise, enterprisesById } from '../enterprise/index.js';
import { buildCardsWorkbook, CARDS_XLSX_MIME } from './cards-sheet.js';
import { RegistrationCard } from './registration-card.entity.js';
import type { BulkIssueResult, CardPasswordReset, IssuedCard, RegistrationCardPage } from './registration-card.schemas.js';

// Passwords are hashed this many at a time (argon2 runs on the thread pool); the cards are then written one by one.
const HASH_BATCH = 8;

// Serials are taken one at a time under the campaign row's lock; a new random card number can still collide with an
// issued one (the unique key refuses it), and MariaDB may pick the transaction as a deadlock victim: either is tried again.
const ISSUE_ATTEMPTS = 5;

@Injectable()
export class RegistrationCardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottleService,
  ) {}

  async issue(principal: Principal, enterpriseName: string): Promise<IssuedCard> {
    const secretariat = requireAccess(principal, 'cards.manage');
    const password = this.passwords.generateOneTimePassword();
    return this.insert(secretariat, enterpriseName, password, await this.passwords.hash(password));
  }

  /**
   * 批量发卡: one card per name, each exactly as issue() does it and in its own transaction, so a card that fails
   * leaves the others issued (it is reported in skipped). Blank, too long and repeated names are skipped with a reason.
   * The passwords are returned this once, and as a sheet behind a 10-minute signed link.
   */
  async bulkIssue(principal: Principal, names: readonly string[]): Promise<BulkIssueResult> {
    const secretariat = requireAccess(principal, 'cards.manage');
    const skipped: BulkIssueResult['skipped'] = [];
    const wanted: Array<{ row: number; name: string }> = [];
    const firstRow = new Map<string, number>();
    names.forEach((raw, i) => {
      const row = i + 1;
      const name = raw.trim();
      if (name === '') skipped.push({ row, enterpriseName: raw, message: '企业名称为空' });
      else if (name.length > ENTERPRISE_NAME_MAX) skipped.push({ row, enterpriseName: name, message: `企业名称不能超过 ${ENTERPRISE_NAME_MAX} 个字` });
      else if (firstRow.has(name)) skipped.push({ row, enterpriseName: name, message: `与第 ${firstRow.get(name)} 行重复，未重复发卡` });
      else {
        firstRow.set(name, row);
        wanted.push({ row, name });
      }
    });
    const items: BulkIssueResult['items'] = [];
    for (let i = 0; i < wanted.length; i += HASH_BATCH) {
      const batch = await Promise.all(
        wanted.slice(i, i + HASH_BATCH).map(async (w) => {
          const password = this.passwords.generateOneTimePassword();
          return { ...w, password, hash: await this.passwords.hash(password) };
        }),
      );
      for (const w of batch) {
        try {
          const card = await this.insert(secretariat, w.name, w.password, w.hash);
          items.push({ cardNo: card.cardNo, password: w.password, enterpriseName: w.name });
        } catch {
          skipped.push({ row: w.row, enterpriseName: w.name, message: '发卡失败，请重新发放' });
        }
      }
    }
    skipped.sort((a, b) => a.row - b.row);
    if (items.length === 0) return { items, skipped, download: null };
    const campaign = await this.campaigns.current();
    const filename = `${campaign.year}年度报名卡发放清单（${items.length}张）.xlsx`;
    const bytes = await buildCardsWorkbook(campaign.year, items);
    // The list holds the one-time passwords in clear: it goes back inside this answer (a data: link the console saves)
    // and is never written to the file store, where it would outlive its use.
    const url = `data:${CARDS_XLSX_MIME};base64,${Buffer.from(bytes).toString('base64')}`;
    return { items, skipped, download: { url, filename } };
  }

  /**
   * A new one-time password for a card; the old one stops working at once, and so does every login made with it (its
   * sessions end in the same transaction). Audited without the password.
   */
  async resetPassword(principal: Principal, id: number): Promise<CardPasswordReset> {
    requireAccess(principal, 'cards.manage');
    const password = this.passwords.generateOneTimePassword();
    const passwordHash = await this.passwords.hash(password);
    const cardNo = await this.dataSource.transaction(async (manager) => {
      const card = await manager.findOneBy(RegistrationCard, { id });
      if (!card) throw notFound('REGISTRATION_CARD_NOT_FOUND');
      await manager.update(RegistrationCard, { id }, { passwordHash });
      const sessionsRevoked = await this.sessions.revokeAll(manager, { type: 'card', id: card.id }, 'password_reset');
      await this.audit.record(manager, {
        actor: actorOf(principal),
        action: 'registration_card.reset_password',
        entity: 'registration_card',
        entityId: card.id,
        after: { cardNo: card.cardNo, enterpriseId: card.enterpriseId, sessionsRevoked },
      });
      return card.cardNo;
    });
    return { cardNo, password };
  }

  private async insert(secretariat: SecretariatPrincipal, enterpriseName: string, password: string, passwordHash: string): Promise<IssuedCard> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const current = await this.campaigns.current(manager);
          // Cards issued at once (a bulk issue beside a single one, two secretaries) queue here for the next serial.
          const campaign = (await lockedCampaign(manager, current.id)) ?? current;
          // A locking read: under REPEATABLE READ a plain one would see the snapshot taken before the queue, not the
          // serial the card ahead of this one just committed.
          const highest = manager
            .getRepository(RegistrationCard)
            .createQueryBuilder('card')
            .select('MAX(card.serial)', 'max')
            .where('card.campaignId = :id', { id: campaign.id });
          if (writeLock(manager).lock) highest.setLock('pessimistic_write');
          const { max } = (await highest.getRawOne<{ max: number | string | null }>()) ?? { max: null };
          const serial = Number(max ?? 0) + 1;
          const enterprise = await createEnterprise(manager, enterpriseName);
          const card = await manager.save(
            manager.create(RegistrationCard, {
              cardNo: generateCardNo(randomInt),
              campaignId: campaign.id,
              serial,
              enterpriseId: enterprise.id,
              passwordHash,
              issuedById: secretariat.userId,
              firstLoginAt: null,
              lastLoginAt: null,
            }),
          );
          await this.audit.record(manager, {
            actor: actorOf(secretariat),
            action: 'registration_card.issue',
            entity: 'registration_card',
            entityId: card.id,
            after: { cardNo: card.cardNo, enterpriseId: enterprise.id, enterpriseName },
          });
          return { id: card.id, cardNo: card.cardNo, password, enterpriseName, issuedAt: card.issuedAt };
        });
      } catch (error) {
        if ((isUniqueViolation(error) || isLockConflict(error)) && attempt < ISSUE_ATTEMPTS) continue;
        throw error;
      }
    }
  }

  async list(page: number, pageSize: number): Promise<RegistrationCardPage> {
    const [cards, total] = await this.dataSource.getRepository(RegistrationCard).findAndCount({
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const byId = await enterprisesById(this.dataSource.manager, cards.map((c) => c.enterpriseId));
    const locked = await this.throttle.lockedUntil('card', cards.map((c) => c.cardNo));
    return {
      items: cards.map((card) => ({
        id: card.id,
        cardNo: card.cardNo,
        enterpriseId: card.enterpriseId,
        enterpriseName: byId.get(card.enterpriseId)?.name ?? '',
        creditCode: byId.get(card.enterpriseId)?.creditCode ?? null,
        issuedAt: card.issuedAt,
        firstLoginAt: card.firstLoginAt,
        lockedUntil: locked.get(card.cardNo) ?? null,
      })),
      total,
      page,
      pageSize,
    };
  }
}
