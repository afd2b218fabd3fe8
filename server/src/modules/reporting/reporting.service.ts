import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPLICATION_STATUS_LABEL,
  APPLICATION_STATUSES,
  type ApplicationStatus,
  beijingDate,
  CAMPAIGN_STAGE_LABEL,
  campaignStageOn,
  type Grade,
  GRADE_LABEL,
  GRADES,
  gradeSlots,
} from '@cacem/shared';
import { type DataSource, type EntityManager, In, type SelectQueryBuilder } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { type Principal, requireAccess } from '../access/index.js';
import { type Campaign, CampaignService } from '../campaign/index.js';
import { capsOf } from '../grading/index.js';
import { ApplicationEvent } from '../application/application-event.entity.js';
import { Application } from '../application/application.entity.js';
import { Certificate } from '../certificate/certificate.entity.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { GradeResult } from '../grading/grade-result.entity.js';
import { PanelDraw } from '../panel/panel-draw.entity.js';
import { RecommendingUnit } from '../recommending-unit/recommending-unit.entity.js';
import { ReviewScore } from '../review/review-score.entity.js';
import { type ScoreKind, ScoreSheetEntity } from '../review/score-sheet.entity.js';
import { Team } from '../team/team.entity.js';
import { boxStats } from './box-plot.js';
import { FUNNEL_STEPS, type FunnelKey } from './funnel.js';
import { likeEscaped } from './like-pattern.js';
import type { ConsoleApplicationItem, ConsoleApplicationPage, ConsoleDashboard } from './reporting.schemas.js';
import { type ConsoleApplicationSort, type ConsoleApplicationsQueryDto } from './dto/reporting.dto.js';

/** Index of the funnel step a status marks; -1 for statuses that mark none (draft and every way out). */
const STEP_OF = new Map<ApplicationStatus, number>(FUNNEL_STEPS.map((s, k) => [s.status, k]));
const stepOf = (status: ApplicationStatus | null) => (status === null ? -1 : (STEP_OF.get(status) ?? -1));
const step = (key: FunnelKey) => FUNNEL_STEPS.findIndex((s) => s.key === key);

/** Order of the statuses along the workflow, for sorting by status. */
const STATUS_ORDER_SQL = `CASE a.status ${APPLICATION_STATUSES.map((s, k) => `WHEN '${s}' THEN ${k}`).join(' ')} END`;

const SORT_SQL: Record<ConsoleApplicationSort, string> = {
  id: 'a.id',
  submittedAt: 'a.submittedAt',
  teamName: 't.name',
  enterpriseName: 'e.name',
  unit: 'u.seq',
  status: STATUS_ORDER_SQL,
  materialsScore: 'ms.score',
  presentationScore: 'ps.score',
  // As listed: no total without a materials score.
  total: 'ms.score + COALESCE(ps.score, 0)',
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Reporting for the secretariat (its desk console, 秘书处工作台): the season at a glance and every submitted application
 * with its scores and result (the audit log and the WeChat outbox: ReportingLogsService). Reads only; the list pages and
 * sorts in the database.
 */
@Injectable()
export class ReportingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly clock: Clock,
  ) {}

  async dashboard(principal: Principal): Promise<ConsoleDashboard> {
    requireAccess(principal, 'console.read');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const stage = campaignStageOn(campaign.settings, beijingDate(this.clock.now()));
    const applications = await manager.find(Application, {
      select: { id: true, status: true, recommendingUnitId: true },
      where: { campaignId: campaign.id },
      order: { id: 'ASC' },
    });
    const reached = await this.furthestSteps(manager, campaign, applications);
    const funnel = FUNNEL_STEPS.map((s, k) => ({ key: s.key, label: s.label, count: applications.filter((a) => reached.get(a.id)! >= k).length }));
    const statusCounts = APPLICATION_STATUSES.map((status) => ({
      status,
      label: APPLICATION_STATUS_LABEL[status],
      count: applications.filter((a) => a.status === status).length,
    }));
    const submitted = applications.filter((a) => a.recommendingUnitId !== null && reached.get(a.id)! >= 0);
    const unitIds = [...new Set(submitted.map((a) => a.recommendingUnitId!))];
    const units = unitIds.length ? await manager.find(RecommendingUnit, { where: { id: In(unitIds) }, order: { seq: 'ASC' } }) : [];
    const perUnit = units.map((u) => {
      const own = submitted.filter((a) => a.recommendingUnitId === u.id);
      const count = (key: FunnelKey) => own.filter((a) => reached.get(a.id)! >= step(key)).length;
      return { unitId: u.id, seq: u.seq, name: u.name, submitted: count('submitted'), recommended: count('recommended'), screenedIn: count('screenedIn'), graded: count('graded') };
    });
    return {
      campaign: { year: campaign.year, name: campaign.name, stage, stageLabel: CAMPAIGN_STAGE_LABEL[stage] },
      funnel,
      statusCounts,
      perUnit,
      scoreBoxes: await this.scoreBoxes(manager, campaign),
      grades: await this.grades(manager, campaign),
    };
  }

  async applications(principal: Principal, query: ConsoleApplicationsQueryDto): Promise<ConsoleApplicationPage> {
    requireAccess(principal, 'console.read');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    // The filters, applied to the count and to the page alike.
    const filtered = <T extends SelectQueryBuilder<Application>>(builder: T, joined: boolean): T => {
      builder.where('a.campaignId = :campaignId AND a.submittedAt IS NOT NULL', { campaignId: campaign.id });
      if (query.status?.length) builder.andWhere('a.status IN (:...statuses)', { statuses: [...new Set(query.status)] });
      if (query.unitId !== undefined) builder.andWhere('a.recommendingUnitId = :unitId', { unitId: query.unitId });
      if (query.q) {
        if (!joined) builder.innerJoin(Team, 't', 't.id = a.teamId').innerJoin(Enterprise, 'e', 'e.id = a.enterpriseId');
        builder.andWhere("(t.name LIKE :q ESCAPE '!' OR e.name LIKE :q ESCAPE '!')", { q: `%${likeEscaped(query.q)}%` });
      }
      return builder;
    };
    // The count reads the application table alone (its team and enterprise only to search their names): every
    // application has both, and the page's other joins are one row each at most, so they could not change it.
    const total = await filtered(manager.getRepository(Application).createQueryBuilder('a'), false).getCount();
    const builder = filtered(
      manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .innerJoin(Team, 't', 't.id = a.teamId')
        .innerJoin(Enterprise, 'e', 'e.id = a.enterpriseId')
        .leftJoin(RecommendingUnit, 'u', 'u.id = a.recommendingUnitId')
        // One row each at most (unique per application and kind), so the joins never multiply rows.
        .leftJoin(ReviewScore, 'ms', "ms.applicationId = a.id AND ms.kind = 'materials'")
        .leftJoin(ReviewScore, 'ps', "ps.applicationId = a.id AND ps.kind = 'presentation'"),
      true,
    );
    const direction = query.order === 'asc' ? 'ASC' : 'DESC';
    // The page and everything its rows show in one query (the joins are one row each at most: unique per application),
    // rather than the ids and then a query per table: 4 statements a request instead of 11.
    const rows = await builder
      .leftJoin(GradeResult, 'g', 'g.applicationId = a.id')
      .leftJoin(Certificate, 'c', 'c.applicationId = a.id')
      .select('a.id', 'id')
      .addSelect('a.status', 'status')
      .addSelect('a.submittedAt', 'submittedAt')
      .addSelect('t.name', 'teamName')
      .addSelect('e.name', 'enterpriseName')
      .addSelect('u.id', 'unitId')
      .addSelect('u.seq', 'unitSeq')
      .addSelect('u.name', 'unitName')
      .addSelect('ms.score', 'materialsScore')
      .addSelect('ps.score', 'presentationScore')
      .addSelect('g.grade', 'grade')
      .addSelect('c.certificateNo', 'certificateNo')
      .orderBy(SORT_SQL[query.sort], direction)
      .addOrderBy('a.id', direction)
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<Record<string, unknown>>();
    const items = rows.map((row) => this.applicationItem(manager, row));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * The furthest funnel step each application reached (-1: none), from its status history and its current status:
   * an application that left the road (withdrawn, declined, screened out, not invited, forfeited, disqualified)
   * stays counted at the last step it reached.
   */
  private async furthestSteps(manager: EntityManager, campaign: Campaign, applications: Application[]): Promise<Map<number, number>> {
    const reached = new Map(applications.map((a) => [a.id, stepOf(a.status)]));
    const events = await manager
      .getRepository(ApplicationEvent)
      .createQueryBuilder('ev')
      .innerJoin(Application, 'a', 'a.id = ev.applicationId')
      .select('ev.applicationId', 'applicationId')
      .addSelect('ev.to', 'to')
      .distinct(true)
      .where('a.campaignId = :campaignId', { campaignId: campaign.id })
      .getRawMany<{ applicationId: number | string; to: ApplicationStatus }>();
    for (const e of events) {
      const id = Number(e.applicationId);
      reached.set(id, Math.max(reached.get(id) ?? -1, stepOf(e.to)));
    }
    return reached;
  }

  /** Submitted sheet totals of the latest draw, per part and panel, in panel order; a panel without any is left out. */
  private async scoreBoxes(manager: EntityManager, campaign: Campaign): Promise<ConsoleDashboard['scoreBoxes']> {
    const [draw] = await manager.find(PanelDraw, { select: { id: true }, where: { campaignId: campaign.id }, order: { id: 'DESC' }, take: 1 });
    if (!draw) return { materials: [], presentation: [] };
    const sheets = await manager.find(ScoreSheetEntity, { select: { id: true, kind: true, panelNo: true, total: true }, where: { drawId: draw.id, status: 'submitted' } });
    const panelNos = [...new Set(sheets.map((s) => s.panelNo))].sort((a, b) => a - b);
    const boxes = (kind: ScoreKind) =>
      panelNos.flatMap((panelNo) => {
        const stats = boxStats(sheets.filter((s) => s.kind === kind && s.panelNo === panelNo && s.total !== null).map((s) => s.total!));
        return stats ? [{ panelNo, ...stats }] : [];
      });
    return { materials: boxes('materials'), presentation: boxes('presentation') };
  }

  private async grades(manager: EntityManager, campaign: Campaign): Promise<ConsoleDashboard['grades']> {
    const rows = await manager.find(GradeResult, { select: { id: true, grade: true }, where: { campaignId: campaign.id } });
    return {
      graded: rows.length,
      caps: campaign.settings.gradeCaps,
      slots: gradeSlots(rows.length, capsOf(campaign)),
      counts: Object.fromEntries(GRADES.map((g) => [g, rows.filter((r) => r.grade === g).length])) as Record<Grade, number>,
    };
  }

  /** One row of the page query as listed: raw values read as the entities' columns read them (types, transformers). */
  private applicationItem(manager: EntityManager, row: Record<string, unknown>): ConsoleApplicationItem {
    const { driver } = manager.connection;
    const read = <T>(entity: typeof Application | typeof Team | typeof Enterprise | typeof RecommendingUnit | typeof ReviewScore | typeof GradeResult | typeof Certificate, property: string, raw: unknown): T | null => {
      if (raw === null || raw === undefined) return null;
      return driver.prepareHydratedValue(raw, manager.connection.getMetadata(entity).findColumnWithPropertyName(property)!) as T;
    };
    const status = row.status as ApplicationStatus;
    const materialsScore = read<number>(ReviewScore, 'score', row.materialsScore);
    const presentationScore = read<number>(ReviewScore, 'score', row.presentationScore);
    const grade = read<Grade>(GradeResult, 'grade', row.grade);
    const unitId = read<number>(RecommendingUnit, 'id', row.unitId);
    return {
      id: Number(row.id),
      teamName: (row.teamName as string | null) ?? '',
      enterpriseName: (row.enterpriseName as string | null) ?? '',
      unit: unitId === null ? null : { id: unitId, seq: read<number>(RecommendingUnit, 'seq', row.unitSeq)!, name: row.unitName as string },
      status,
      statusLabel: APPLICATION_STATUS_LABEL[status],
      // Listed only once submitted (the filters' `submittedAt IS NOT NULL`).
      submittedAt: read<Date>(Application, 'submittedAt', row.submittedAt)!,
      materialsScore,
      presentationScore,
      total: materialsScore === null ? null : round2(materialsScore + (presentationScore ?? 0)),
      grade,
      gradeLabel: grade === null ? null : GRADE_LABEL[grade],
      certificateNo: read<string>(Certificate, 'certificateNo', row.certificateNo),
    };
  }

}
