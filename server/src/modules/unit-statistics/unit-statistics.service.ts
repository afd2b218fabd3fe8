import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  checkUnitStatistics,
  normalizeUnitStatistics,
  RECOMMENDED_STATUSES,
  TRUSTED_STATUSES,
  type UnitStatisticsValues,
} from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { conflict, DomainException } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { type Campaign, CampaignService, earlierCampaignIds } from '../campaign/index.js';
import { unitReadBy } from '../recommending-unit/index.js';
import { countUnitApplications } from '../application/index.js';
import { UnitStatistics } from './unit-statistics.entity.js';
import { findUnitStatistics } from './unit-statistics.queries.js';
import type { UnitStatisticsPrefill, UnitStatisticsView } from './unit-statistics.schemas.js';

/** 统计表 (附件3): the recommending unit fills it in, with two numbers the platform counts for it. */
@Injectable()
export class UnitStatisticsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly audit: AuditService,
  ) {}

  /** The caller's unit's return; the secretariat names the unit. */
  async get(principal: Principal, unitIdForSecretariat?: number): Promise<UnitStatisticsView> {
    const reader = requireAccess(principal, 'unit.read');
    const unitId = await unitReadBy(this.dataSource.manager, reader, unitIdForSecretariat);
    const campaign = await this.campaigns.current();
    return this.view(this.dataSource.manager, campaign, unitId);
  }

  async save(principal: Principal, input: unknown): Promise<UnitStatisticsView> {
    const unitId = requireAccess(principal, 'unit.act').recommendingUnitId;
    const problems = checkUnitStatistics(input);
    if (problems.length > 0) {
      throw new DomainException('STATISTICS_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, { field: problems[0]!.field, details: { problems } });
    }
    const values = normalizeUnitStatistics(input as UnitStatisticsValues);
    const campaign = await this.campaigns.current();
    try {
      await this.dataSource.transaction(async (manager) => {
        const prefill = await this.prefill(manager, campaign, unitId);
        const existing = await findUnitStatistics(manager, campaign.id, unitId);
        if (existing) await manager.update(UnitStatistics, { id: existing.id }, { values, prefill, updatedBy: actorOf(principal) });
        else await manager.insert(UnitStatistics, { campaignId: campaign.id, unitId, values, prefill, updatedBy: actorOf(principal) });
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'unit_statistics.save',
          entity: 'unit_statistics',
          entityId: `${campaign.id}:${unitId}`,
          before: existing?.values ?? null,
          after: values,
        });
      });
    } catch (error) {
      // Two first saves at once: the unique key keeps one.
      if (isUniqueViolation(error)) throw conflict('CONFLICT');
      throw error;
    }
    return this.view(this.dataSource.manager, campaign, unitId);
  }

  /** What the platform counts: the unit's recommended applications now, and its graded/certified teams of earlier years. */
  async prefill(manager: EntityManager, campaign: Campaign, unitId: number): Promise<UnitStatisticsPrefill> {
    const teamsRecommended = await countUnitApplications(manager, unitId, campaign.id, RECOMMENDED_STATUSES);
    const earlier = await earlierCampaignIds(manager, campaign.year);
    const cumulativeTrustedTeams = earlier.length ? await countUnitApplications(manager, unitId, earlier, TRUSTED_STATUSES) : 0;
    return { teamsRecommended, cumulativeTrustedTeams };
  }

  async view(manager: EntityManager, campaign: Campaign, unitId: number): Promise<UnitStatisticsView> {
    const row = await findUnitStatistics(manager, campaign.id, unitId);
    const prefill = await this.prefill(manager, campaign, unitId);
    const values = row?.values ?? null;
    return {
      period: campaign.settings.statisticsPeriod,
      values,
      prefill,
      edited: {
        teamsRecommended: values !== null && values.teamsRecommended !== prefill.teamsRecommended,
        cumulativeTrustedTeams: values !== null && values.cumulativeTrustedTeams !== prefill.cumulativeTrustedTeams,
      },
      updatedAt: row?.updatedAt ?? null,
      problems: values ? checkUnitStatistics(values) : [],
    };
  }
}
