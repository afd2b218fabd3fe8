import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATION_STATUS_LABEL, GRADE_LABEL, TEAM_KIND_LABEL } from '@cacem/shared';
import { type DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { type Principal, requireAccess } from '../access/index.js';
import { type Campaign, CampaignService } from '../campaign/index.js';
import { Application } from '../application/application.entity.js';
import { Certificate } from '../certificate/certificate.entity.js';
import { Enterprise } from '../enterprise/enterprise.entity.js';
import { Expert } from '../expert/expert.entity.js';
import { GradeResult } from '../grading/grade-result.entity.js';
import { RecommendingUnit } from '../recommending-unit/recommending-unit.entity.js';
import { ReviewScore } from '../review/review-score.entity.js';
import { SCORE_KINDS, ScoreSheetEntity } from '../review/score-sheet.entity.js';
import { Team } from '../team/team.entity.js';
import { UnitStatistics } from '../unit-statistics/unit-statistics.entity.js';
import { addApplicationsSheet, type ApplicationExportRow } from './applications-sheet.js';
import { addResultsSheet } from './results-sheet.js';
import { addScoresSheet, type ScoreExportRow } from './scores-sheet.js';
import { addStatisticsSheet } from './statistics-sheet.js';
import { beijingTime, newWorkbook, toBuffer } from './workbook.js';

export interface ExportFile {
  filename: string;
  bytes: Buffer;
}

/** Names of the rows an export refers to, looked up once per export. */
interface Lookups {
  applications: Map<number, Application>;
  teams: Map<number, Team>;
  enterprises: Map<number, Enterprise>;
  units: Map<number, RecommendingUnit>;
}

/**
 * 秘书处导出: the campaign's applications, score sheets, grades and 附件3 returns as Excel workbooks with Chinese
 * headers. Each workbook is built in memory (a campaign is at most a few thousand rows) and sent whole, so a failure
 * answers with an error instead of a truncated file.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
  ) {}

  async applications(principal: Principal): Promise<ExportFile> {
    requireAccess(principal, 'exports.read');
    const { manager, campaign } = await this.start();
    const applications = await manager.find(Application, { where: { campaignId: campaign.id, submittedAt: Not(IsNull()) } });
    const ids = applications.map((a) => a.id);
    const look = await this.lookups(manager, applications);
    const scores = ids.length ? await manager.findBy(ReviewScore, { applicationId: In(ids) }) : [];
    const score = (id: number, kind: ReviewScore['kind']) => scores.find((s) => s.applicationId === id && s.kind === kind)?.score ?? null;
    const grades = new Map((ids.length ? await manager.findBy(GradeResult, { applicationId: In(ids) }) : []).map((g) => [g.applicationId, g]));
    const certificates = new Map((ids.length ? await manager.findBy(Certificate, { applicationId: In(ids) }) : []).map((c) => [c.applicationId, c]));
    const seq = (a: Application) => (a.recommendingUnitId === null ? Number.MAX_SAFE_INTEGER : (look.units.get(a.recommendingUnitId)?.seq ?? Number.MAX_SAFE_INTEGER));
    const rows: ApplicationExportRow[] = applications
      .sort((a, b) => seq(a) - seq(b) || a.id - b.id)
      .map((a) => {
        const team = look.teams.get(a.teamId);
        const enterprise = look.enterprises.get(a.enterpriseId);
        const grade = grades.get(a.id);
        const certificate = certificates.get(a.id);
        return {
          teamName: team?.name ?? '',
          teamKind: team ? TEAM_KIND_LABEL[team.kind] : '',
          enterpriseName: enterprise?.name ?? '',
          creditCode: enterprise?.creditCode ?? '',
          unitName: this.unitName(look, a),
          status: APPLICATION_STATUS_LABEL[a.status],
          submittedAt: beijingTime(a.submittedAt),
          materialsScore: score(a.id, 'materials'),
          presentationScore: score(a.id, 'presentation'),
          total: grade?.total ?? null,
          // Only a confirmed grade is a grade; before that it is a proposal (results.xlsx shows both).
          grade: grade?.confirmedAt ? GRADE_LABEL[grade.grade] : '',
          certificateNo: certificate ? `${certificate.certificateNo}${certificate.revokedAt ? '（已撤销）' : ''}` : '',
        };
      });
    const book = newWorkbook();
    addApplicationsSheet(book, campaign.year, rows);
    return { filename: `${campaign.year}年度质量信得过班组申报汇总表.xlsx`, bytes: await toBuffer(book) };
  }

  async scores(principal: Principal): Promise<ExportFile> {
    requireAccess(principal, 'exports.read');
    const { manager, campaign } = await this.start();
    const sheets = await manager.find(ScoreSheetEntity, {
      where: { campaignId: campaign.id, status: 'submitted' },
      order: { applicationId: 'ASC', panelNo: 'ASC', expertId: 'ASC' },
    });
    const applications = sheets.length ? await manager.findBy(Application, { id: In([...new Set(sheets.map((s) => s.applicationId))]) }) : [];
    const look = await this.lookups(manager, applications);
    const expertIds = [...new Set(sheets.map((s) => s.expertId))];
    const experts = new Map((expertIds.length ? await manager.findBy(Expert, { id: In(expertIds) }) : []).map((e) => [e.id, e.name]));
    const book = newWorkbook();
    for (const kind of SCORE_KINDS) {
      const rows: ScoreExportRow[] = sheets
        .filter((s) => s.kind === kind)
        .map((s) => ({
          applicationId: s.applicationId,
          teamName: look.teams.get(look.applications.get(s.applicationId)?.teamId ?? 0)?.name ?? '',
          panelNo: s.panelNo,
          expertName: experts.get(s.expertId) ?? '',
          scores: s.scores,
          total: s.total,
          submittedAt: beijingTime(s.submittedAt),
        }));
      addScoresSheet(book, kind, campaign.settings.rubrics[kind], rows);
    }
    return { filename: `${campaign.year}年度专家评分明细表.xlsx`, bytes: await toBuffer(book) };
  }

  async results(principal: Principal): Promise<ExportFile> {
    requireAccess(principal, 'exports.read');
    const { manager, campaign } = await this.start();
    const results = await manager.find(GradeResult, { where: { campaignId: campaign.id }, order: { rank: 'ASC', applicationId: 'ASC' } });
    const applications = results.length ? await manager.findBy(Application, { id: In(results.map((r) => r.applicationId)) }) : [];
    const look = await this.lookups(manager, applications);
    const book = newWorkbook();
    addResultsSheet(
      book,
      campaign.year,
      results.map((r) => {
        const application = look.applications.get(r.applicationId);
        return {
          rank: r.rank,
          teamName: look.teams.get(application?.teamId ?? 0)?.name ?? '',
          enterpriseName: look.enterprises.get(application?.enterpriseId ?? 0)?.name ?? '',
          unitName: application ? this.unitName(look, application) : '',
          materialsScore: r.materialsScore,
          presentationScore: r.presentationScore,
          total: r.total,
          proposedGrade: GRADE_LABEL[r.proposedGrade],
          grade: GRADE_LABEL[r.grade],
          adjustmentReason: r.adjustmentReason ?? '',
          explanation: r.explanation,
        };
      }),
    );
    return { filename: `${campaign.year}年度等级评定结果.xlsx`, bytes: await toBuffer(book) };
  }

  async statistics(principal: Principal): Promise<ExportFile> {
    requireAccess(principal, 'exports.read');
    const { manager, campaign } = await this.start();
    const returns = new Map((await manager.findBy(UnitStatistics, { campaignId: campaign.id })).map((r) => [r.unitId, r]));
    // Every active unit is expected to file; an inactive one appears only if it did.
    const units = (await manager.find(RecommendingUnit, { order: { seq: 'ASC' } })).filter((u) => u.active || returns.has(u.id));
    const book = newWorkbook();
    addStatisticsSheet(
      book,
      campaign.year,
      units.map((u) => {
        const filed = returns.get(u.id);
        return { seq: u.seq, name: u.name, values: filed?.values ?? null, updatedAt: beijingTime(filed?.updatedAt ?? null) };
      }),
    );
    return { filename: `${campaign.year}年度工程建设质量信得过班组活动统计表汇总.xlsx`, bytes: await toBuffer(book) };
  }

  private async start(): Promise<{ manager: EntityManager; campaign: Campaign }> {
    const manager = this.dataSource.manager;
    return { manager, campaign: await this.campaigns.current(manager) };
  }

  private async lookups(manager: EntityManager, applications: Application[]): Promise<Lookups> {
    const ids = <T>(values: T[]) => [...new Set(values)];
    const teamIds = ids(applications.map((a) => a.teamId));
    const enterpriseIds = ids(applications.map((a) => a.enterpriseId));
    const unitIds = ids(applications.flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId])));
    return {
      applications: new Map(applications.map((a) => [a.id, a])),
      teams: new Map((teamIds.length ? await manager.findBy(Team, { id: In(teamIds) }) : []).map((t) => [t.id, t])),
      enterprises: new Map((enterpriseIds.length ? await manager.findBy(Enterprise, { id: In(enterpriseIds) }) : []).map((e) => [e.id, e])),
      units: new Map((unitIds.length ? await manager.findBy(RecommendingUnit, { id: In(unitIds) }) : []).map((u) => [u.id, u])),
    };
  }

  private unitName(look: Lookups, application: Application): string {
    return application.recommendingUnitId === null ? '' : (look.units.get(application.recommendingUnitId)?.name ?? '');
  }
}
