import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { beijingDate, CAMPAIGN_STAGE_LABEL, type CampaignSettings, campaignStageOn, checkCampaignSettings } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainException, notFound } from '../../common/domain.exception.js';
import { requestContext } from '../../common/request-context.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignSettingsLocks } from './campaign-settings-locks.js';
import { Campaign } from './campaign.entity.js';
import type { CurrentCampaignView } from './campaign.schemas.js';

const NAME_MAX = 100;

/** JSON with object keys sorted, so two rubrics compare equal whatever order their keys were sent in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

@Injectable()
export class CampaignService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly locks: CampaignSettingsLocks,
  ) {}

  /** The campaign this instance last read, with the id and revision it was read at (see current). */
  private kept: Campaign | null = null;

  /**
   * The newest campaign is the one being run. It is read on nearly every request and changes a few times a season, so
   * the instance keeps the one it last read, frozen, and serves it to a request whose session check (AuthGuard →
   * SessionService.check) saw the same campaign id and revision stored — a settings change made through any instance
   * is seen by the very next request on every instance. A read inside a transaction (`manager` other than the data
   * source's own), or without that stamp (public routes, background jobs), reads the database.
   */
  async current(manager: EntityManager = this.dataSource.manager): Promise<Campaign> {
    const stamp = manager === this.dataSource.manager ? requestContext()?.campaign : undefined;
    const kept = this.kept;
    if (stamp && kept && kept.id === stamp.id && kept.revision === stamp.revision) return kept;
    const [campaign] = await manager.getRepository(Campaign).find({ order: { year: 'DESC' }, take: 1 });
    if (!campaign) throw notFound('CAMPAIGN_NOT_FOUND');
    if (stamp && campaign.id === stamp.id && campaign.revision === stamp.revision) this.kept = deepFreeze(campaign);
    return campaign;
  }

  async currentView(now = new Date()): Promise<CurrentCampaignView> {
    const campaign = await this.current();
    const stage = campaignStageOn(campaign.settings, beijingDate(now));
    return {
      year: campaign.year,
      name: campaign.name,
      stage,
      stageLabel: CAMPAIGN_STAGE_LABEL[stage],
      windows: campaign.settings.windows,
      weights: campaign.settings.weights,
      gradeCaps: campaign.settings.gradeCaps,
      // The whole settings (rubrics, periods, policy): public like the notice they come from; the console edits them.
      settings: campaign.settings,
    };
  }

  /**
   * 秘书处 replaces the current campaign's settings. Checked whole by the shared checkCampaignSettings (422
   * SETTINGS_INVALID, every problem listed); the year cannot change; the rubrics cannot change once any expert has a
   * score sheet (draft or submitted) for the campaign (409 SETTINGS_RUBRIC_LOCKED). Audited with before and after.
   */
  async updateSettings(principal: Principal, body: unknown): Promise<CurrentCampaignView> {
    requireAccess(principal, 'campaign.manage');
    const input = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as { settings?: unknown }).settings : undefined;
    const campaign = await this.current();
    const problems = input === undefined ? ['settings：缺少活动设置'] : checkCampaignSettings(input);
    const settings = input as CampaignSettings;
    if (problems.length === 0) {
      if (settings.year !== campaign.year) problems.push(`year：年度不能修改（当前活动为 ${campaign.year} 年度）`);
      if (settings.name.trim().length > NAME_MAX) problems.push(`name：活动名称不能超过 ${NAME_MAX} 个字`);
    }
    if (problems.length > 0) {
      throw new DomainException('SETTINGS_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, {
        field: 'settings',
        message: `活动设置不符合规则：${problems.join('；')}`,
        details: { problems: problems.map((message) => ({ code: 'SETTINGS_INVALID' as const, field: message.split('：')[0]!, message })) },
      });
    }
    const next: CampaignSettings = { ...settings, name: settings.name.trim() };
    await this.dataSource.transaction(async (manager) => {
      const before = await manager.findOneByOrFail(Campaign, { id: campaign.id });
      if (canonical(before.settings.rubrics) !== canonical(next.rubrics) && (await this.locks.rubricsLocked(manager, campaign.id))) {
        throw new DomainException('SETTINGS_RUBRIC_LOCKED', HttpStatus.CONFLICT, { field: 'settings.rubrics' });
      }
      await manager.update(Campaign, { id: campaign.id }, { settings: next, name: next.name, revision: () => 'revision + 1' });
      await this.audit.record(manager, {
        actor: actorOf(principal),
        action: 'campaign.settings.update',
        entity: 'campaign',
        entityId: campaign.id,
        before: before.settings,
        after: next,
      });
    });
    this.kept = null;
    return this.currentView();
  }
}

/** Freezes an object and everything in it: a kept campaign is shared by concurrent requests and must not change. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
