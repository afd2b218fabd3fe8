import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPLICATION_STATUS_LABEL,
  type ApplicationStatus,
  assertTransition,
  beijingDate,
  campaignStageOn,
  errorMessage,
  isDomainError,
  TEAM_KIND_LABEL,
} from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { DomainException, notFound, unprocessable } from '../../common/domain.exception.js';
import {
  type Application,
  applicationIdsInStatus,
  applicationListQuery,
  ApplicationService,
  ApplicationViewService,
  findApplication,
  latestReasonsInto,
} from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { type Campaign, campaignById, CampaignService } from '../campaign/index.js';
import { enterprisesById, joinEnterpriseName } from '../enterprise/index.js';
import { MATERIAL_KINDS } from '../material/index.js';
import { leftJoinUnitSeq, unitsById } from '../recommending-unit/index.js';
import { SimilarityJobService } from '../similarity/index.js';
import { joinTeamName, teamsById } from '../team/index.js';
import { StorageService } from '../../storage/storage.service.js';
import { type BulkPassDto, type ListScreeningDto, SCREENING_FILTERS, type ScreeningDecisionDto } from './dto/screening.dto.js';
import type { BulkPassResult, ScreeningChecks, ScreeningItem, ScreeningPage, ScreeningProblem, ScreeningWindow } from './screening.schemas.js';

/** A refusal, as one problem of a skipped application; null for failures that are not the application's fault. */
function problemOf(error: unknown): ScreeningProblem | null {
  if (error instanceof DomainException) return { code: error.code, message: error.body.message };
  if (isDomainError(error)) return { code: error.code, message: error.message };
  return null;
}

/**
 * 初选 (第八条（三）): the secretariat checks each recommended application for compliance and completeness, passes it
 * (recommended → screened_in) or eliminates it with a reason the team reads (recommended → screened_out), in the
 * materials-review window. The automatic checks are the eligibility rules of 第六条/第七条 as at submission, plus
 * every current material file still present in storage.
 */
@Injectable()
export class ScreeningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
    private readonly views: ApplicationViewService,
    private readonly campaigns: CampaignService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly similarity: SimilarityJobService,
  ) {}

  async list(principal: Principal, query: ListScreeningDto): Promise<ScreeningPage> {
    requireAccess(principal, 'screening.decide');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const statuses: ApplicationStatus[] = query.status ? [query.status] : [...SCREENING_FILTERS];
    const { builder, columns: a } = applicationListQuery(manager, 'a', { campaignId: campaign.id, statuses, unitId: query.unitId });
    const team = joinTeamName(builder, 't', `t.id = ${a.teamId}`);
    const enterprise = joinEnterpriseName(builder, 'e', `e.id = ${a.enterpriseId}`);
    const unit = leftJoinUnitSeq(builder, 'u', `u.id = ${a.recommendingUnitId}`);
    const q = query.q?.trim();
    if (q) builder.andWhere(`(${team.name} LIKE :q OR ${enterprise.name} LIKE :q)`, { q: `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    // Annex 2's order of units, then each unit's own order of preference.
    builder.orderBy(unit.seq, 'ASC').addOrderBy(a.preference, 'ASC').addOrderBy(a.id, 'ASC');
    const page = { total: 0, items: [] as ScreeningItem[] };
    if (query.clean === undefined) {
      const [rows, total] = await builder
        // Plain OFFSET/LIMIT: the joins are one-to-one, and skip/take cannot order by a joined entity's column.
        .offset((query.page - 1) * query.pageSize)
        .limit(query.pageSize)
        .getManyAndCount();
      page.total = total;
      page.items = await this.items(manager, rows);
    } else {
      // Clean or not is known only after the checks (storage included), so this filter checks every match, then pages.
      const all = (await this.items(manager, await builder.getMany())).filter((i) => i.checks.clean === query.clean);
      page.total = all.length;
      page.items = all.slice((query.page - 1) * query.pageSize, query.page * query.pageSize);
    }
    return { ...page, page: query.page, pageSize: query.pageSize, window: this.window(campaign) };
  }

  /**
   * 初选通过 (recommended → screened_in). Passing an application the automatic checks find fault with needs
   * `override: true` and a reason; that reason is the secretariat's own justification, kept in the audit log (with the
   * problems waived), not shown to the team.
   */
  async pass(principal: Principal, id: number, dto: Omit<ScreeningDecisionDto, 'decision'>): Promise<ScreeningItem> {
    requireAccess(principal, 'screening.decide');
    const { application, transition, now } = await this.decidable(id, 'screened_in');
    const reason = dto.reason ? dto.reason : null;
    const checks = await this.checks(this.dataSource.manager, application);
    if (!checks.clean) {
      if (dto.override !== true) throw new DomainException('SCREENING_PROBLEMS', HttpStatus.UNPROCESSABLE_ENTITY, { details: { problems: checks.problems } });
      if (reason === null) throw unprocessable('SCREENING_OVERRIDE_REASON_REQUIRED', 'reason');
    }
    await this.dataSource.transaction(async (m) => {
      await this.applications.changeStatus(m, principal, application, transition, now);
      if (!checks.clean || reason !== null) {
        await this.audit.record(m, {
          actor: actorOf(principal),
          action: checks.clean ? 'screening.passNote' : 'screening.override',
          entity: 'application',
          entityId: application.id,
          before: { status: application.status, problems: checks.problems },
          after: { status: 'screened_in', override: !checks.clean, reason },
        });
      }
    });
    // The files of the team screened in are checked against the others and earlier years, in the background.
    this.similarity.afterScreening(actorOf(principal));
    return this.item(id);
  }

  /** 初选淘汰 (recommended → screened_out), with a reason the team reads in its timeline and inbox. */
  async eliminate(principal: Principal, id: number, dto: Pick<ScreeningDecisionDto, 'reason'>): Promise<ScreeningItem> {
    requireAccess(principal, 'screening.decide');
    const { application, transition, now } = await this.decidable(id, 'screened_out');
    const reason = dto.reason ? dto.reason : null;
    if (reason === null) throw unprocessable('SCREENING_REASON_REQUIRED', 'reason');
    await this.dataSource.transaction((m) => this.applications.changeStatus(m, principal, application, transition, now, {}, reason));
    return this.item(id);
  }

  /**
   * Passes every listed application (by default every recommended one of the current campaign) whose checks are
   * clean; the rest are skipped with their problems. One transaction per application, so one refusal or conflict
   * does not undo the others. Outside the materials-review window the whole request is refused.
   */
  async bulkPass(principal: Principal, dto: BulkPassDto): Promise<BulkPassResult> {
    requireAccess(principal, 'screening.decide');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const now = this.clock.now();
    const context = { settings: campaign.settings, now };
    assertTransition('recommended', 'screened_in', 'secretariat', context);
    const ids = dto.applicationIds ?? (await applicationIdsInStatus(manager, campaign.id, 'recommended'));
    const result: BulkPassResult = { passed: [], skipped: [] };
    for (const id of new Set(ids)) {
      const application = await findApplication(manager, id);
      if (!application || application.campaignId !== campaign.id || application.submittedAt === null) {
        result.skipped.push({ id, problems: [{ code: 'APPLICATION_NOT_FOUND', message: errorMessage('APPLICATION_NOT_FOUND') }] });
        continue;
      }
      try {
        const transition = assertTransition(application.status, 'screened_in', 'secretariat', context);
        const checks = await this.checks(manager, application);
        if (!checks.clean) {
          result.skipped.push({ id, problems: checks.problems });
          continue;
        }
        await this.dataSource.transaction((m) => this.applications.changeStatus(m, principal, application, transition, now));
        result.passed.push(id);
      } catch (error) {
        const problem = problemOf(error);
        if (!problem) throw error;
        result.skipped.push({ id, problems: [problem] });
      }
    }
    // The files of the teams screened in are checked against each other and earlier years, in the background.
    if (result.passed.length) this.similarity.afterScreening(actorOf(principal));
    return result;
  }

  /** The eligibility problems (computed as at submission, by ApplicationViewService.assess) and every missing file. */
  async checks(manager: EntityManager, application: Application): Promise<ScreeningChecks> {
    const { problems: eligibility, current } = await this.views.assess(manager, application);
    const problems: ScreeningProblem[] = [...eligibility];
    for (const kind of MATERIAL_KINDS) {
      const material = current[kind];
      if (material && !(await this.storage.exists(material.storageKey))) {
        problems.push({ code: 'SCREENING_FILE_MISSING', message: `申报材料文件「${material.originalName}」已丢失或无法读取，请申报企业重新上传` });
      }
    }
    return { clean: problems.length === 0, problems };
  }

  /** A submitted application and the transition to `to`, refused (shared assertTransition) outside the window or its status. */
  private async decidable(id: number, to: 'screened_in' | 'screened_out') {
    const manager = this.dataSource.manager;
    const application = await findApplication(manager, id);
    if (!application || application.submittedAt === null) throw notFound('APPLICATION_NOT_FOUND');
    const campaign = await campaignById(manager, application.campaignId);
    const now = this.clock.now();
    return { application, transition: assertTransition(application.status, to, 'secretariat', { settings: campaign.settings, now }), now };
  }

  /** One application as the screening list shows it, read again after a decision. */
  private async item(id: number): Promise<ScreeningItem> {
    const manager = this.dataSource.manager;
    // Always there: it was just decided.
    const [item] = await this.items(manager, [(await findApplication(manager, id))!]);
    return item!;
  }

  private window(campaign: Campaign): ScreeningWindow {
    const { opens, closes } = campaign.settings.windows.materialsReview;
    return { opens, closes, open: campaignStageOn(campaign.settings, beijingDate(this.clock.now())) === 'materialsReview' };
  }

  private async items(manager: EntityManager, applications: Application[]): Promise<ScreeningItem[]> {
    if (applications.length === 0) return [];
    const ids = applications.map((a) => a.id);
    const teams = await teamsById(manager, applications.map((a) => a.teamId));
    const enterprises = await enterprisesById(manager, applications.map((a) => a.enterpriseId));
    const units = await unitsById(manager, applications.flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId])));
    const reasons = await latestReasonsInto(manager, ids, 'screened_out');
    const items: ScreeningItem[] = [];
    // One application at a time: the checks touch the database and the file system for each.
    for (const a of applications) {
      const team = teams.get(a.teamId)!;
      const unit = a.recommendingUnitId === null ? undefined : units.get(a.recommendingUnitId);
      items.push({
        id: a.id,
        team: { id: team.id, name: team.name, kindLabel: TEAM_KIND_LABEL[team.kind] },
        enterprise: { id: a.enterpriseId, name: enterprises.get(a.enterpriseId)?.name ?? '' },
        unit: unit ? { id: unit.id, seq: unit.seq, name: unit.name } : null,
        status: a.status,
        statusLabel: APPLICATION_STATUS_LABEL[a.status],
        submittedAt: a.submittedAt,
        preference: a.status === 'recommended' ? a.preference : null,
        decisionReason: a.status === 'screened_out' ? (reasons.get(a.id) ?? null) : null,
        checks: await this.checks(manager, a),
      });
    }
    return items;
  }
}
