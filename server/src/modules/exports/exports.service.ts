import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATION_STATUS_LABEL, GRADE_LABEL, TEAM_KIND_LABEL } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { type Principal, requireAccess } from '../access/index.js';
import { type Application, applicationsById, submittedApplications } from '../application/index.js';
import { type Campaign, CampaignService } from '../campaign/index.js';
import { certificatesOf } from '../certificate/index.js';
import { type Enterprise, enterprisesById } from '../enterprise/index.js';
import { expertsById } from '../expert/index.js';
import { campaignGradeResults, gradesByApplication } from '../grading/index.js';
import { allUnits, type RecommendingUnit, unitsById } from '../recommending-unit/index.js';
import { reviewScoresOfApplications, SCORE_KINDS, type ScoreKind, submittedSheetsOfCampaign } from '../review/index.js';
import { type Team, teamsById } from '../team/index.js';
import { campaignUnitStatistics } from '../unit-statistics/index.js';
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
    const applications = await submittedApplications(manager, campaign.id);
    const ids = applications.map((a) => a.id);
    const look = await this.lookups(manager, applications);
    const scores = await reviewScoresOfApplications(manager, ids);
    const score = (id: number, kind: ScoreKind) => scores.find((s) => s.applicationId === id && s.kind === kind)?.score ?? null;
    const grades = await gradesByApplication(manager, ids);
    const certificates = new Map((await certificatesOf(manager, ids)).map((c) => [c.applicationId, c]));
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
    const sheets = await submittedSheetsOfCampaign(manager, campaign.id);
    const applications = [...(await applicationsById(manager, sheets.map((s) => s.applicationId))).values()];
    const look = await this.lookups(manager, applications);
    const experts = await expertsById(manager, sheets.map((s) => s.expertId));
    const book = newWorkbook();
    for (const kind of SCORE_KINDS) {
      const rows: ScoreExportRow[] = sheets
        .filter((s) => s.kind === kind)
        .map((s) => ({
          applicationId: s.applicationId,
          teamName: look.teams.get(look.applications.get(s.applicationId)?.teamId ?? 0)?.name ?? '',
          panelNo: s.panelNo,
          expertName: experts.get(s.expertId)?.name ?? '',
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
    const results = await campaignGradeResults(manager, campaign.id);
    const applications = [...(await applicationsById(manager, results.map((r) => r.applicationId))).values()];
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
    const returns = new Map((await campaignUnitStatistics(manager, campaign.id)).map((r) => [r.unitId, r]));
    // Every active unit is expected to file; an inactive one appears only if it did.
    const units = (await allUnits(manager)).filter((u) => u.active || returns.has(u.id));
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
    return {
      applications: new Map(applications.map((a) => [a.id, a])),
      teams: await teamsById(manager, applications.map((a) => a.teamId)),
      enterprises: await enterprisesById(manager, applications.map((a) => a.enterpriseId)),
      units: await unitsById(manager, applications.flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId]))),
    };
  }

  private unitName(look: Lookups, application: Application): string {
    return application.recommendingUnitId === null ? '' : (look.units.get(application.recommendingUnitId)?.name ?? '');
  }
}
