import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATION_STATUS_LABEL, assertTransition, buildTimeline, type Transition } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, notFound, unprocessable } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { AuditService } from '../audit/index.js';
import { actorOf, holds, type Principal, requireAccess } from '../access/index.js';
import { type Campaign, campaignById, CampaignService } from '../campaign/index.js';
import { NotificationService } from '../notification/index.js';
import { findUnit } from '../recommending-unit/index.js';
import { findTeam } from '../team/index.js';
import { ApplicationEvent } from './application-event.entity.js';
import { type ApplicationView, ApplicationViewService } from './application-view.service.js';
import { Application, type ApplicationDeclarations, type ApplicationProfile } from './application.entity.js';
import type { SaveApplicationDto } from './dto/save-application.dto.js';
import type { TimelineView } from './application.schemas.js';

export type { TimelineView } from './application.schemas.js';

@Injectable()
export class ApplicationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly campaigns: CampaignService,
    private readonly notifications: NotificationService,
    private readonly views: ApplicationViewService,
    private readonly clock: Clock,
  ) {}

  /** The team's application in the current campaign. */
  async getForTeam(principal: Principal, teamId: number): Promise<ApplicationView> {
    // The role first; the team comes with the application in the view's one query, and is checked once read.
    requireAccess(principal, 'team.read');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const read = await this.views.findForView(manager, campaign, teamId);
    requireAccess(principal, 'team.read', read?.team);
    if (!read?.found) throw notFound('APPLICATION_NOT_FOUND');
    return this.views.view(manager, read.found.application, holds(principal, 'application.manage'), campaign, read.found.parts);
  }

  /** Creates the team's draft for the current campaign, or updates it; only while it is a draft. */
  async save(principal: Principal, teamId: number, dto: SaveApplicationDto): Promise<ApplicationView> {
    const team = requireAccess(principal, 'team.manage', await findTeam(this.dataSource.manager, teamId));
    if (dto.recommendingUnitId !== null && !(await findUnit(this.dataSource.manager, dto.recommendingUnitId))?.active) {
      throw unprocessable('RECOMMENDING_UNIT_NOT_FOUND', 'recommendingUnitId');
    }
    const fields = { recommendingUnitId: dto.recommendingUnitId, profile: profileOf(dto), declarations: declarationsOf(dto) };
    const campaign = await this.campaigns.current();
    let saved: Application;
    try {
      saved = await this.dataSource.transaction(async (manager) => {
        const existing = await manager.findOneBy(Application, { campaignId: campaign.id, teamId });
        if (!existing) return this.createDraft(manager, principal, campaign, team.enterpriseId, teamId, fields);
        if (existing.status !== 'draft') throw conflict('APPLICATION_NOT_DRAFT');
        // Optimistic locking: the draft the caller edited must still be the stored one (two people on one card at once).
        if (dto.version !== undefined && dto.version !== existing.version) throw conflict('APPLICATION_CHANGED');
        const result = await manager.update(Application, { id: existing.id, status: 'draft', version: existing.version }, { ...fields, version: existing.version + 1 });
        if (!result.affected) throw conflict('APPLICATION_CHANGED');
        await this.audit.record(manager, {
          actor: actorOf(principal),
          action: 'application.save',
          entity: 'application',
          entityId: existing.id,
          before: { recommendingUnitId: existing.recommendingUnitId, profile: existing.profile, declarations: existing.declarations },
          after: fields,
        });
        return manager.findOneByOrFail(Application, { id: existing.id });
      });
    } catch (error) {
      // Two first saves of the same team at once: the unique key lets one create the draft.
      if (isUniqueViolation(error)) throw conflict('APPLICATION_CHANGED');
      throw error;
    }
    return this.views.view(this.dataSource.manager, saved, holds(principal, 'application.manage'));
  }

  /** 报名: draft → submitted, in the registration window, when 第六条/第七条 are met (every unmet condition is listed). */
  async submit(principal: Principal, id: number): Promise<ApplicationView> {
    const application = requireAccess(principal, 'application.manage', await this.dataSource.manager.findOneBy(Application, { id }));
    const now = this.clock.now();
    const { campaign, problems } = await this.views.assess(this.dataSource.manager, application);
    const transition = assertTransition(application.status, 'submitted', 'declarant', { settings: campaign.settings, now });
    if (problems.length > 0) {
      throw new DomainException('ELIGIBILITY_FAILED', HttpStatus.UNPROCESSABLE_ENTITY, { details: { problems } });
    }
    await this.dataSource.transaction((manager) => this.changeStatus(manager, principal, application, transition, now, { submittedAt: now }));
    return this.reload(principal, id);
  }

  /** 撤回: before screening, by the declarant (the shared status machine says from where). */
  async withdraw(principal: Principal, id: number): Promise<ApplicationView> {
    const application = requireAccess(principal, 'application.manage', await this.dataSource.manager.findOneBy(Application, { id }));
    const now = this.clock.now();
    const campaign = await campaignById(this.dataSource.manager, application.campaignId);
    const transition = assertTransition(application.status, 'withdrawn', 'declarant', { settings: campaign.settings, now });
    await this.dataSource.transaction((manager) => this.changeStatus(manager, principal, application, transition, now));
    return this.reload(principal, id);
  }

  async timeline(principal: Principal, id: number): Promise<TimelineView> {
    const application = requireAccess(principal, 'application.read', await this.dataSource.manager.findOneBy(Application, { id }));
    const manager = this.dataSource.manager;
    const campaign = await campaignById(manager, application.campaignId);
    const events = await manager.find(ApplicationEvent, { where: { applicationId: id }, order: { at: 'ASC', id: 'ASC' } });
    return {
      ...buildTimeline(application.status, events, campaign.settings, this.clock.now()),
      events: events.map((e) => ({
        at: e.at,
        from: e.from,
        to: e.to,
        fromLabel: e.from ? APPLICATION_STATUS_LABEL[e.from] : null,
        toLabel: APPLICATION_STATUS_LABEL[e.to],
        actor: e.actorName,
        reason: e.reason,
      })),
    };
  }

  /**
   * One status change, all in the caller's transaction: the conditional update (0 rows means someone else moved
   * the application first), its event (with the reason given, e.g. for declining), the audit record and the
   * notifications. Every workflow step (submit, recommend, decline, ...) goes through here.
   *
   * @afterAccess The calling service has checked its principal (declarant, recommender, secretariat or expert, each for
   * its own step) with requireAccess; the principal here only names the actor.
   */
  async changeStatus(
    manager: EntityManager,
    principal: Principal,
    application: Application,
    transition: Transition,
    at: Date,
    extra: Partial<Pick<Application, 'submittedAt' | 'preference'>> = {},
    reason: string | null = null,
  ): Promise<void> {
    const { from, to } = transition;
    const result = await manager.update(
      Application,
      { id: application.id, status: from, version: application.version },
      { status: to, version: application.version + 1, ...extra },
    );
    if (!result.affected) throw conflict('APPLICATION_CHANGED');
    await manager.insert(ApplicationEvent, {
      applicationId: application.id,
      from,
      to,
      action: transition.action,
      actor: actorOf(principal),
      actorName: principal.displayName,
      at,
      reason,
    });
    await this.audit.record(manager, {
      actor: actorOf(principal),
      action: `application.${transition.action}`,
      entity: 'application',
      entityId: application.id,
      before: { status: from },
      after: { status: to, ...extra, ...(reason !== null ? { reason } : {}) },
    });
    await this.notifications.recordStatusChange(manager, {
      applicationId: application.id,
      teamId: application.teamId,
      enterpriseId: application.enterpriseId,
      from,
      to,
      at,
      reason,
    });
  }

  private async createDraft(
    manager: EntityManager,
    principal: Principal,
    campaign: Campaign,
    enterpriseId: number,
    teamId: number,
    fields: Pick<Application, 'recommendingUnitId' | 'profile' | 'declarations'>,
  ): Promise<Application> {
    const application = await manager.save(
      manager.create(Application, { campaignId: campaign.id, teamId, enterpriseId, status: 'draft', submittedAt: null, version: 1, ...fields }),
    );
    await manager.insert(ApplicationEvent, {
      applicationId: application.id,
      from: null,
      to: 'draft',
      action: 'create',
      actor: actorOf(principal),
      actorName: principal.displayName,
      at: this.clock.now(),
      reason: null,
    });
    await this.audit.record(manager, {
      actor: actorOf(principal),
      action: 'application.create',
      entity: 'application',
      entityId: application.id,
      after: { campaignId: campaign.id, teamId, ...fields },
    });
    return application;
  }

  private async reload(principal: Principal, id: number): Promise<ApplicationView> {
    const application = await this.dataSource.manager.findOneByOrFail(Application, { id });
    return this.views.view(this.dataSource.manager, application, holds(principal, 'application.manage'));
  }
}

function profileOf(dto: SaveApplicationDto): ApplicationProfile {
  const p = dto.profile;
  return {
    leaderName: p.leaderName ?? null,
    leaderMobile: p.leaderMobile ?? null,
    memberCount: p.memberCount ?? null,
    specialty: p.specialty ?? null,
    projectName: p.projectName ?? null,
    introduction: p.introduction ?? null,
  };
}

function declarationsOf(dto: SaveApplicationDto): ApplicationDeclarations {
  const d = dto.declarations;
  return {
    isBasicFormalUnit: d.isBasicFormalUnit,
    declaresNoAccidentsInThreeYears: d.declaresNoAccidentsInThreeYears,
    hasActivityPlan: d.hasActivityPlan,
    hasImplementationPlan: d.hasImplementationPlan,
  };
}
