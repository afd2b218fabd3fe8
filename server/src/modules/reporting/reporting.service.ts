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
import type { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Clock } from '../../common/clock.js';
import type { RawReader } from '../../common/column-reader.js';
import { likeEscaped } from '../../common/like-pattern.js';
import { type Principal, requireAccess } from '../access/index.js';
import { type Application, type ApplicationColumns, applicationsQuery, campaignApplicationStatuses, campaignStatusesReached } from '../application/index.js';
import { type Campaign, CampaignService } from '../campaign/index.js';
import { leftJoinCertificateNo } from '../certificate/index.js';
import { joinEnterpriseName } from '../enterprise/index.js';
import { campaignGradeResults, capsOf, leftJoinGrade } from '../grading/index.js';
import { latestDrawId } from '../panel/index.js';
import { leftJoinUnit, unitsById } from '../recommending-unit/index.js';
import { leftJoinReviewScore, type ScoreKind, submittedSheetTotals } from '../review/index.js';
import { joinTeamName } from '../team/index.js';
import { boxStats } from './box-plot.js';
import { FUNNEL_STEPS, type FunnelKey } from './funnel.js';
import type { ConsoleApplicationItem, ConsoleApplicationPage, ConsoleDashboard } from './reporting.schemas.js';
import { type ConsoleApplicationSort, type ConsoleApplicationsQueryDto } from './dto/reporting.dto.js';

/** Index of the funnel step a status marks; -1 for statuses that mark none (draft and every way out). */
const STEP_OF = new Map<ApplicationStatus, number>(FUNNEL_STEPS.map((s, k) => [s.status, k]));
const stepOf = (status: ApplicationStatus | null) => (status === null ? -1 : (STEP_OF.get(status) ?? -1));
const step = (key: FunnelKey) => FUNNEL_STEPS.findIndex((s) => s.key === key);

/** Order of the statuses along the workflow (the status column given), for sorting by status. */
const statusOrder = (status: string) => `CASE ${status} ${APPLICATION_STATUSES.map((s, k) => `WHEN '${s}' THEN ${k}`).join(' ')} END`;

/** Readers of the page query's raw values, as the owners' columns read them (types, transformers). */
interface PageReaders {
  submittedAt: RawReader<Date>;
  unitId: RawReader<number>;
  unitSeq: RawReader<number>;
  materialsScore: RawReader<number>;
  presentationScore: RawReader<number>;
  grade: RawReader<Grade>;
  certificateNo: RawReader<string>;
}

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
    const applications = await campaignApplicationStatuses(manager, campaign.id);
    const reached = await this.furthestSteps(manager, campaign, applications);
    const funnel = FUNNEL_STEPS.map((s, k) => ({ key: s.key, label: s.label, count: applications.filter((a) => reached.get(a.id)! >= k).length }));
    const statusCounts = APPLICATION_STATUSES.map((status) => ({
      status,
      label: APPLICATION_STATUS_LABEL[status],
      count: applications.filter((a) => a.status === status).length,
    }));
    const submitted = applications.filter((a) => a.recommendingUnitId !== null && reached.get(a.id)! >= 0);
    const unitIds = [...new Set(submitted.map((a) => a.recommendingUnitId!))];
    const units = [...(await unitsById(manager, unitIds)).values()].sort((a, b) => a.seq - b.seq);
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
    // The filters, applied to the count and to the page alike; `names` gives the team's and enterprise's names to search.
    const filtered = (builder: SelectQueryBuilder<Application>, a: ApplicationColumns, names: () => { team: string; enterprise: string }) => {
      builder.where(`${a.campaignId} = :campaignId AND ${a.submittedAt} IS NOT NULL`, { campaignId: campaign.id });
      if (query.status?.length) builder.andWhere(`${a.status} IN (:...statuses)`, { statuses: [...new Set(query.status)] });
      if (query.unitId !== undefined) builder.andWhere(`${a.recommendingUnitId} = :unitId`, { unitId: query.unitId });
      if (query.q) {
        const { team, enterprise } = names();
        builder.andWhere(`(${team} LIKE :q ESCAPE '!' OR ${enterprise} LIKE :q ESCAPE '!')`, { q: `%${likeEscaped(query.q)}%` });
      }
      return builder;
    };
    // The count reads the application table alone (its team and enterprise only to search their names): every
    // application has both, and the page's other joins are one row each at most, so they could not change it.
    const counted = applicationsQuery(manager, 'a');
    const total = await filtered(counted.builder, counted.columns, () => ({
      team: joinTeamName(counted.builder, 't', `t.id = ${counted.columns.teamId}`).name,
      enterprise: joinEnterpriseName(counted.builder, 'e', `e.id = ${counted.columns.enterpriseId}`).name,
    })).getCount();
    // The page and everything its rows show in one query (the joins are one row each at most: unique per application),
    // rather than the ids and then a query per table: 4 statements a request instead of 11. Each owner joins its table.
    const { builder, columns: a } = applicationsQuery(manager, 'a');
    const team = joinTeamName(builder, 't', `t.id = ${a.teamId}`);
    const enterprise = joinEnterpriseName(builder, 'e', `e.id = ${a.enterpriseId}`);
    const unit = leftJoinUnit(builder, 'u', `u.id = ${a.recommendingUnitId}`);
    const ms = leftJoinReviewScore(builder, 'ms', `ms.applicationId = ${a.id}`, 'materials');
    const ps = leftJoinReviewScore(builder, 'ps', `ps.applicationId = ${a.id}`, 'presentation');
    filtered(builder, a, () => ({ team: team.name, enterprise: enterprise.name }));
    const grade = leftJoinGrade(builder, 'g', `g.applicationId = ${a.id}`);
    const certificate = leftJoinCertificateNo(builder, 'c', `c.applicationId = ${a.id}`);
    const sortBy: Record<ConsoleApplicationSort, string> = {
      id: a.id,
      submittedAt: a.submittedAt,
      teamName: team.name,
      enterpriseName: enterprise.name,
      unit: unit.seq,
      status: statusOrder(a.status),
      materialsScore: ms.score,
      presentationScore: ps.score,
      // As listed: no total without a materials score.
      total: `${ms.score} + COALESCE(${ps.score}, 0)`,
    };
    const direction = query.order === 'asc' ? 'ASC' : 'DESC';
    const rows = await builder
      .select(a.id, 'id')
      .addSelect(a.status, 'status')
      .addSelect(a.submittedAt, 'submittedAt')
      .addSelect(team.name, 'teamName')
      .addSelect(enterprise.name, 'enterpriseName')
      .addSelect(unit.id, 'unitId')
      .addSelect(unit.seq, 'unitSeq')
      .addSelect(unit.name, 'unitName')
      .addSelect(ms.score, 'materialsScore')
      .addSelect(ps.score, 'presentationScore')
      .addSelect(grade.grade, 'grade')
      .addSelect(certificate.certificateNo, 'certificateNo')
      .orderBy(sortBy[query.sort], direction)
      .addOrderBy(a.id, direction)
      .offset((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .getRawMany<Record<string, unknown>>();
    const readers: PageReaders = {
      submittedAt: a.readSubmittedAt,
      unitId: unit.readId,
      unitSeq: unit.readSeq,
      materialsScore: ms.readScore,
      presentationScore: ps.readScore,
      grade: grade.readGrade,
      certificateNo: certificate.readCertificateNo,
    };
    const items = rows.map((row) => applicationItem(row, readers));
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /**
   * The furthest funnel step each application reached (-1: none), from its status history and its current status:
   * an application that left the road (withdrawn, declined, screened out, not invited, forfeited, disqualified)
   * stays counted at the last step it reached.
   */
  private async furthestSteps(manager: EntityManager, campaign: Campaign, applications: Pick<Application, 'id' | 'status'>[]): Promise<Map<number, number>> {
    const reached = new Map(applications.map((a) => [a.id, stepOf(a.status)]));
    for (const e of await campaignStatusesReached(manager, campaign.id)) {
      reached.set(e.applicationId, Math.max(reached.get(e.applicationId) ?? -1, stepOf(e.to)));
    }
    return reached;
  }

  /** Submitted sheet totals of the latest draw, per part and panel, in panel order; a panel without any is left out. */
  private async scoreBoxes(manager: EntityManager, campaign: Campaign): Promise<ConsoleDashboard['scoreBoxes']> {
    const drawId = await latestDrawId(manager, campaign.id);
    if (drawId === null) return { materials: [], presentation: [] };
    const sheets = await submittedSheetTotals(manager, drawId);
    const panelNos = [...new Set(sheets.map((s) => s.panelNo))].sort((a, b) => a - b);
    const boxes = (kind: ScoreKind) =>
      panelNos.flatMap((panelNo) => {
        const stats = boxStats(sheets.filter((s) => s.kind === kind && s.panelNo === panelNo && s.total !== null).map((s) => s.total!));
        return stats ? [{ panelNo, ...stats }] : [];
      });
    return { materials: boxes('materials'), presentation: boxes('presentation') };
  }

  private async grades(manager: EntityManager, campaign: Campaign): Promise<ConsoleDashboard['grades']> {
    const rows = await campaignGradeResults(manager, campaign.id);
    return {
      graded: rows.length,
      caps: campaign.settings.gradeCaps,
      slots: gradeSlots(rows.length, capsOf(campaign)),
      counts: Object.fromEntries(GRADES.map((g) => [g, rows.filter((r) => r.grade === g).length])) as Record<Grade, number>,
    };
  }
}

/** One row of the page query as listed: raw values read as the owners' columns read them. */
function applicationItem(row: Record<string, unknown>, read: PageReaders): ConsoleApplicationItem {
  const status = row.status as ApplicationStatus;
  const materialsScore = read.materialsScore(row.materialsScore);
  const presentationScore = read.presentationScore(row.presentationScore);
  const grade = read.grade(row.grade);
  const unitId = read.unitId(row.unitId);
  return {
    id: Number(row.id),
    teamName: (row.teamName as string | null) ?? '',
    enterpriseName: (row.enterpriseName as string | null) ?? '',
    unit: unitId === null ? null : { id: unitId, seq: read.unitSeq(row.unitSeq)!, name: row.unitName as string },
    status,
    statusLabel: APPLICATION_STATUS_LABEL[status],
    // Listed only once submitted (the filters' `submittedAt IS NOT NULL`).
    submittedAt: read.submittedAt(row.submittedAt)!,
    materialsScore,
    presentationScore,
    total: materialsScore === null ? null : round2(materialsScore + (presentationScore ?? 0)),
    grade,
    gradeLabel: grade === null ? null : GRADE_LABEL[grade],
    certificateNo: read.certificateNo(row.certificateNo),
  };
}
