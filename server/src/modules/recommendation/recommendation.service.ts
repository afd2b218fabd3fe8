import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPLICATION_STATUS_LABEL,
  type ApplicationStatus,
  assertTransition,
  beijingDate,
  campaignStageOn,
  DomainError,
  TEAM_KIND_LABEL,
} from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { notFound, unprocessable } from '../../common/domain.exception.js';
import { StorageService } from '../../storage/storage.service.js';
import {
  type Application,
  applicationListQuery,
  ApplicationService,
  applicationsById,
  ApplicationViewService,
  findApplication,
  latestReasonsInto,
  recommendedOfUnit,
  writePreferenceOrder,
} from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { type Campaign, CampaignService } from '../campaign/index.js';
import { enterprisesById, joinEnterpriseName } from '../enterprise/index.js';
import { currentMaterials, type Material, materialsOfApplications } from '../material/index.js';
import { joinTeamName, teamsById } from '../team/index.js';
import type { DecisionFilter, ListUnitApplicationsDto } from './dto/recommendation.dto.js';
import type { RecommendationDetail, RecommendationItem, RecommendationMaterialLink, RecommendationOrder, RecommendationPage, RecommendationWindow } from './recommendation.schemas.js';

type FileLink = RecommendationMaterialLink | null;

/** An application that chose a recommending unit: only such a one can be a unit's to act on. */

const FILTER_STATUSES: Record<DecisionFilter, ApplicationStatus[]> = { submitted: ['submitted'], recommended: ['recommended'], declined: ['declined'] };

/** 推荐: a recommending unit's contact recommends or declines the applications submitted to the unit, and orders them. */
@Injectable()
export class RecommendationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
    private readonly views: ApplicationViewService,
    private readonly campaigns: CampaignService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, query: ListUnitApplicationsDto): Promise<RecommendationPage> {
    const unitId = requireAccess(principal, 'unit.act').recommendingUnitId;
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const statuses = query.status ? FILTER_STATUSES[query.status] : [...FILTER_STATUSES.submitted, ...FILTER_STATUSES.recommended, ...FILTER_STATUSES.declined];
    const { builder, columns: a } = applicationListQuery(manager, 'a', { campaignId: campaign.id, statuses, unitId });
    const team = joinTeamName(builder, 't', `t.id = ${a.teamId}`);
    const enterprise = joinEnterpriseName(builder, 'e', `e.id = ${a.enterpriseId}`);
    const q = query.q?.trim();
    if (q) builder.andWhere(`(${team.name} LIKE :q OR ${enterprise.name} LIKE :q)`, { q: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [rows, total] = await builder
      // Pending ones (no preference) first, then the recommended in the unit's order.
      .orderBy(a.preference, 'ASC')
      .addOrderBy(a.submittedAt, 'ASC')
      .addOrderBy(a.id, 'ASC')
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items: await this.items(manager, rows), total, page: query.page, pageSize: query.pageSize, window: this.window(campaign) };
  }

  async get(principal: Principal, id: number): Promise<RecommendationDetail> {
    const application = requireAccess(principal, 'unit.act', await findApplication(this.dataSource.manager, id));
    return this.detail(application);
  }

  /** submitted → recommended, in the registration window; placed at `preference` (or last) among the unit's recommended. */
  async recommend(principal: Principal, id: number, preference?: number): Promise<RecommendationDetail> {
    const application = requireAccess(principal, 'unit.act', await findApplication(this.dataSource.manager, id));
    const campaign = await this.campaigns.current();
    const now = this.clock.now();
    const transition = assertTransition(application.status, 'recommended', 'recommender', { settings: campaign.settings, now });
    await this.dataSource.transaction(async (manager) => {
      const order = (await this.recommendedInOrder(manager, application)).filter((a) => a.id !== application.id).map((a) => a.id);
      const at = preference === undefined ? order.length : Math.min(preference - 1, order.length);
      order.splice(at, 0, application.id);
      await this.applications.changeStatus(manager, principal, application, transition, now, { preference: at + 1 });
      await this.writeOrder(manager, order);
    });
    return this.detail(await this.reread(id));
  }

  /** submitted → declined, in the registration window, with the reason the team will read. */
  async decline(principal: Principal, id: number, reason: string): Promise<RecommendationDetail> {
    const application = requireAccess(principal, 'unit.act', await findApplication(this.dataSource.manager, id));
    const campaign = await this.campaigns.current();
    const now = this.clock.now();
    const transition = assertTransition(application.status, 'declined', 'recommender', { settings: campaign.settings, now });
    await this.dataSource.transaction((manager) => this.applications.changeStatus(manager, principal, application, transition, now, {}, reason));
    return this.detail(await this.reread(id));
  }

  /**
   * After the window only the secretariat changes a unit's decision (or makes one the unit did not), always with a
   * reason the team reads; changeStatus records the event, the audit entry and the notifications in one transaction.
   */
  async decideBySecretariat(principal: Principal, id: number, decision: 'recommend' | 'decline', reason: string): Promise<RecommendationDetail> {
    requireAccess(principal, 'recommendations.decide');
    const application = await findApplication(this.dataSource.manager, id);
    if (!application || application.submittedAt === null) throw notFound('APPLICATION_NOT_FOUND');
    const campaign = await this.campaigns.current();
    const now = this.clock.now();
    const to = decision === 'recommend' ? 'recommended' : 'declined';
    const transition = assertTransition(application.status, to, 'secretariat', { settings: campaign.settings, now });
    await this.dataSource.transaction(async (manager) => {
      // The unit's order stays 1..n: a team the secretariat recommends goes last, one it declines leaves the order.
      const order = (await this.recommendedInOrder(manager, application)).filter((a) => a.id !== application.id).map((a) => a.id);
      if (to === 'recommended') order.push(application.id);
      await this.applications.changeStatus(manager, principal, application, transition, now, { preference: to === 'recommended' ? order.length : null }, reason);
      await this.writeOrder(manager, order);
    });
    return this.detail(await this.reread(id));
  }

  /** The unit's order of preference: exactly its recommended applications of this campaign, each once; only in the window. */
  async setPreferences(principal: Principal, applicationIds: number[]): Promise<RecommendationOrder> {
    const unitId = requireAccess(principal, 'unit.act').recommendingUnitId;
    const campaign = await this.campaigns.current();
    const { opens, closes, open } = this.window(campaign);
    if (!open) throw new DomainError('TRANSITION_OUTSIDE_WINDOW', `此操作只能在报名与推荐阶段（${opens} 至 ${closes}）进行`);
    const items = await this.dataSource.transaction(async (manager) => {
      const recommended = await recommendedOfUnit(manager, campaign.id, unitId);
      const known = new Set(recommended.map((a) => a.id));
      if (applicationIds.length !== known.size || new Set(applicationIds).size !== applicationIds.length || !applicationIds.every((id) => known.has(id))) {
        throw unprocessable('PREFERENCES_INVALID', 'applicationIds');
      }
      const before = recommended.map((a) => ({ id: a.id, preference: a.preference }));
      await this.writeOrder(manager, applicationIds);
      await this.audit.record(manager, {
        actor: actorOf(principal),
        action: 'recommendation.preferences',
        entity: 'recommending_unit',
        entityId: unitId,
        before,
        after: applicationIds.map((id, i) => ({ id, preference: i + 1 })),
      });
      return [...(await applicationsById(manager, applicationIds)).values()];
    });
    items.sort((a, b) => (a.preference ?? 0) - (b.preference ?? 0));
    return { items: await this.items(this.dataSource.manager, items) };
  }

  private window(campaign: Campaign): RecommendationWindow {
    const { opens, closes } = campaign.settings.windows.registration;
    return { opens, closes, open: campaignStageOn(campaign.settings, beijingDate(this.clock.now())) === 'registration' };
  }

  private async recommendedInOrder(manager: EntityManager, application: Application): Promise<Application[]> {
    const rows = await recommendedOfUnit(manager, application.campaignId, application.recommendingUnitId!);
    return rows.sort((a, b) => (a.preference ?? Number.MAX_SAFE_INTEGER) - (b.preference ?? Number.MAX_SAFE_INTEGER) || a.id - b.id);
  }

  private async writeOrder(manager: EntityManager, ids: number[]): Promise<void> {
    await writePreferenceOrder(manager, ids);
  }

  /** The application again, after a decision on it (so it exists). */
  private async reread(id: number): Promise<Application> {
    return (await findApplication(this.dataSource.manager, id))!;
  }

  private async detail(application: Application): Promise<RecommendationDetail> {
    const manager = this.dataSource.manager;
    const [item] = await this.items(manager, [application]);
    const { facts } = await this.views.assess(manager, application);
    return { ...item!, profile: application.profile, declarations: application.declarations, activityRecordCount: facts.activityRecordCount };
  }

  private async items(manager: EntityManager, applications: Application[]): Promise<RecommendationItem[]> {
    if (applications.length === 0) return [];
    const ids = applications.map((a) => a.id);
    const teams = await teamsById(manager, applications.map((a) => a.teamId));
    const enterprises = await enterprisesById(manager, applications.map((a) => a.enterpriseId));
    const materials = await materialsOfApplications(manager, ids);
    const reasons = await latestReasonsInto(manager, ids, 'declined');
    return applications.map((a) => {
      const team = teams.get(a.teamId)!;
      const current = currentMaterials(materials.filter((m) => m.applicationId === a.id));
      const link = (m: Material | null): FileLink =>
        m ? { url: this.storage.signedUrl(m.storageKey, { mime: m.mime, filename: m.originalName }), size: m.size, originalName: m.originalName } : null;
      return {
        id: a.id,
        teamName: team.name,
        teamKindLabel: TEAM_KIND_LABEL[team.kind],
        enterpriseName: enterprises.get(a.enterpriseId)?.name ?? '',
        status: a.status,
        statusLabel: APPLICATION_STATUS_LABEL[a.status],
        submittedAt: a.submittedAt,
        preference: a.status === 'recommended' ? a.preference : null,
        decisionReason: a.status === 'declined' ? (reasons.get(a.id) ?? null) : null,
        materials: { pdf: link(current.pdf), ppt: link(current.ppt) },
      };
    });
  }
}
