import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { generateCardNo } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { PasswordService } from '../auth/password.service.js';
import { AuditService } from '../audit/audit.service.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { RegistrationCard } from './registration-card.entity.js';

export interface IssuedCard {
  id: number;
  cardNo: string;
  /** Shown once, at issue; only its hash is kept. */
  password: string;
  enterpriseName: string;
  issuedAt: Date;
}

// A new random card number can collide with an issued one, and two secretaries issuing at once can pick the
// same serial; the unique keys refuse either, and the issue is tried again.
const UNIQUE_RETRIES = 5;

@Injectable()
export class RegistrationCardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly passwords: PasswordService,
    private readonly audit: AuditService,
  ) {}

  async issue(principal: Principal, enterpriseName: string): Promise<IssuedCard> {
    const password = this.passwords.generateOneTimePassword();
    const passwordHash = await this.passwords.hash(password);
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(async (manager) => {
          const campaign = await this.campaigns.current(manager);
          const { max } = (await manager
            .getRepository(RegistrationCard)
            .createQueryBuilder('card')
            .select('MAX(card.serial)', 'max')
            .where('card.campaignId = :id', { id: campaign.id })
            .getRawOne<{ max: number | string | null }>()) ?? { max: null };
          const serial = Number(max ?? 0) + 1;
          const enterprise = await manager.save(manager.create(Enterprise, { name: enterpriseName, creditCode: null }));
          const card = await manager.save(
            manager.create(RegistrationCard, {
              cardNo: generateCardNo(randomInt),
              campaignId: campaign.id,
              serial,
              enterpriseId: enterprise.id,
              passwordHash,
              issuedById: 'userId' in principal ? principal.userId : null,
              firstLoginAt: null,
              lastLoginAt: null,
            }),
          );
          await this.audit.record(manager, {
            actor: actorOf(principal),
            action: 'registration_card.issue',
            entity: 'registration_card',
            entityId: card.id,
            after: { cardNo: card.cardNo, enterpriseId: enterprise.id, enterpriseName },
          });
          return { id: card.id, cardNo: card.cardNo, password, enterpriseName, issuedAt: card.issuedAt };
        });
      } catch (error) {
        if (isUniqueViolation(error) && attempt < UNIQUE_RETRIES) continue;
        throw error;
      }
    }
  }

  async list(page: number, pageSize: number) {
    const [cards, total] = await this.dataSource.getRepository(RegistrationCard).findAndCount({
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const enterprises = cards.length
      ? await this.dataSource.getRepository(Enterprise).find({ where: cards.map((c) => ({ id: c.enterpriseId })) })
      : [];
    const byId = new Map(enterprises.map((e) => [e.id, e]));
    return {
      items: cards.map((card) => ({
        id: card.id,
        cardNo: card.cardNo,
        enterpriseId: card.enterpriseId,
        enterpriseName: byId.get(card.enterpriseId)?.name ?? '',
        creditCode: byId.get(card.enterpriseId)?.creditCode ?? null,
        issuedAt: card.issuedAt,
        firstLoginAt: card.firstLoginAt,
      })),
      total,
      page,
      pageSize,
    };
  }
}
