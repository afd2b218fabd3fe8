import { Injectable } from '@nestjs/common';
import {
  APPLICATION_STATUS_LABEL,
  type ApplicationStatus,
  canTransition,
  checkEligibility,
  type EligibilityProblem,
  type RegistrationFacts,
  GRADE_LABEL,
} from '@cacem/shared';
import { Between, type DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { PreparedQuery } from '../../common/prepared-query.js';
import { StorageService } from '../../storage/storage.service.js';
import { ActivityRecord } from '../activity-record/activity-record.entity.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Material, type MaterialKind } from '../material/material.entity.js';
import { currentMaterials, materialView } from '../material/index.js';
import { Certificate } from '../certificate/certificate.entity.js';
import { GradeResult } from '../grading/grade-result.entity.js';
import { RecommendingUnit } from '../recommending-unit/recommending-unit.entity.js';
import { Team } from '../team/team.entity.js';
import { Application } from './application.entity.js';
import type { ApplicationAction, ApplicationResult, ApplicationView } from './application.schemas.js';

export type { ApplicationAction, ApplicationResult, ApplicationView } from './application.schemas.js';

export interface Assessment {
  campaign: Campaign;
  facts: RegistrationFacts;
  problems: EligibilityProblem[];
  current: Record<MaterialKind, Material | null>;
}

/** What an application's view shows beside the application, when read with it (findForView). */
export interface ViewParts {
  /** All its materials, every version. */
  materials: Material[];
  unit: RecommendingUnit | null;
  grade: GradeResult | null;
  certificate: Certificate | null;
  /** The team's activity records dated within the campaign's statistics period. */
  activityRecordCount: number;
}

/** A team, and its application in a campaign with the view's parts, as findForView reads them in one query. */
export interface TeamForView {
  team: Team;
  found: { application: Application; parts: ViewParts } | null;
}

type Mapped = Team & {
  viewApplication?: Application & { viewMaterials?: Material[]; viewUnit?: RecommendingUnit; viewGrade?: GradeResult; viewCertificate?: Certificate };
};

const PROFILE_FIELDS = ['leaderName', 'leaderMobile', 'memberCount', 'specialty', 'projectName', 'introduction'] as const;

/** Records count when dated within the campaign's statistics period (e.g. 2025-05 to 2026-06): its first and last day. */
function statisticsDates(campaign: Campaign): { from: string; to: string } {
  const { from, to } = campaign.settings.statisticsPeriod;
  return { from: `${from}-01`, to: `${to}-31` };
}

/** The registration form is complete when every field is filled and a recommending unit is chosen. */
function formComplete(application: Application): boolean {
  return application.recommendingUnitId !== null && PROFILE_FIELDS.every((f) => application.profile[f] !== null && application.profile[f] !== '');
}

/** findForView's query: a team, its application in a campaign with the view's parts, and its activity count. */
export const teamForViewQuery = (dataSource: DataSource) =>
  dataSource
    .getRepository(Team)
    .createQueryBuilder('t')
    .leftJoinAndMapOne('t.viewApplication', Application, 'a', 'a.teamId = t.id AND a.campaignId = :campaignId')
    .leftJoinAndMapMany('a.viewMaterials', Material, 'm', 'm.applicationId = a.id')
    .leftJoinAndMapOne('a.viewUnit', RecommendingUnit, 'u', 'u.id = a.recommendingUnitId')
    .leftJoinAndMapOne('a.viewGrade', GradeResult, 'g', 'g.applicationId = a.id')
    .leftJoinAndMapOne('a.viewCertificate', Certificate, 'c', 'c.applicationId = a.id')
    .addSelect((count) => count.select('COUNT(1)').from(ActivityRecord, 'r').where('r.teamId = t.id').andWhere('r.date BETWEEN :from AND :to'), 'activityRecordCount')
    .where('t.id = :teamId');

/** …built once, run on every status read (see PreparedQuery). */
const TEAM_FOR_VIEW = new PreparedQuery<{ teamId: number; campaignId: number; from: string; to: string }>(teamForViewQuery);

/** What 第六条/第七条 ask of an application, gathered from its form, materials and the team's activity records. */
@Injectable()
export class ApplicationViewService {
  constructor(
    private readonly storage: StorageService,
    private readonly clock: Clock,
  ) {}

  /**
   * The team, its application in the campaign and everything the application's view shows beside it, in ONE query (a
   * status read is polled: one statement instead of six). Null when there is no such team; `found` null when the team
   * has no application in the campaign.
   */
  async findForView(manager: EntityManager, campaign: Campaign, teamId: number): Promise<TeamForView | null> {
    const { entities, raw } = await TEAM_FOR_VIEW.entities<Mapped, { activityRecordCount: number | string }>(manager, {
      teamId,
      campaignId: campaign.id,
      ...statisticsDates(campaign),
    });
    const team = entities[0] as Mapped | undefined;
    if (!team) return null;
    const application = team.viewApplication;
    delete team.viewApplication;
    if (!application) return { team, found: null };
    const parts: ViewParts = {
      materials: application.viewMaterials ?? [],
      unit: application.viewUnit ?? null,
      grade: application.viewGrade ?? null,
      certificate: application.viewCertificate ?? null,
      activityRecordCount: Number(raw[0]?.activityRecordCount ?? 0),
    };
    // The application goes on as a plain Application: the mapped parts are not its columns.
    delete application.viewMaterials;
    delete application.viewUnit;
    delete application.viewGrade;
    delete application.viewCertificate;
    return { team, found: { application, parts } };
  }

  /**
   * `known`: the application's campaign when the caller has just read it (not read again); any other is ignored.
   * `parts`: all its materials and the activity count when the caller has them (findForView).
   */
  async assess(manager: EntityManager, application: Application, known?: Campaign, parts?: Pick<ViewParts, 'materials' | 'activityRecordCount'>): Promise<Assessment> {
    const campaign = known?.id === application.campaignId ? known : await manager.findOneByOrFail(Campaign, { id: application.campaignId });
    const current = currentMaterials(parts?.materials ?? (await manager.findBy(Material, { applicationId: application.id })));
    const { from, to } = statisticsDates(campaign);
    const activityRecordCount = parts?.activityRecordCount ?? (await manager.countBy(ActivityRecord, { teamId: application.teamId, date: Between(from, to) }));
    const facts: RegistrationFacts = {
      ...application.declarations,
      activityRecordCount,
      hasRegistrationForm: formComplete(application),
      materials: { pdf: current.pdf !== null, ppt: current.ppt !== null },
    };
    return { campaign, facts, problems: checkEligibility(facts, campaign.settings.eligibility), current };
  }

  /**
   * `offersActions`: whether the reader is the one who changes the application (its declarant), and so is offered its
   * next steps. `known` and `parts`: what the caller has just read (see assess and findForView), not read again.
   */
  async view(manager: EntityManager, application: Application, offersActions: boolean, known?: Campaign, parts?: ViewParts): Promise<ApplicationView> {
    const { campaign, facts, problems, current } = await this.assess(manager, application, known, parts);
    const unit = parts ? parts.unit : application.recommendingUnitId ? await manager.findOneBy(RecommendingUnit, { id: application.recommendingUnitId }) : null;
    return {
      id: application.id,
      campaignYear: campaign.year,
      teamId: application.teamId,
      status: application.status,
      statusLabel: APPLICATION_STATUS_LABEL[application.status],
      recommendingUnit: unit ? { id: unit.id, seq: unit.seq, name: unit.name } : null,
      profile: application.profile,
      declarations: application.declarations,
      materials: {
        pdf: current.pdf ? materialView(current.pdf, this.storage) : null,
        ppt: current.ppt ? materialView(current.ppt, this.storage) : null,
      },
      activityRecordCount: facts.activityRecordCount,
      eligibility: problems,
      allowedActions: offersActions ? this.allowedActions(application.status, campaign, problems) : [],
      submittedAt: application.submittedAt,
      updatedAt: application.updatedAt,
      version: application.version,
      result: await this.result(manager, application, parts),
    };
  }

  /** What the team reads of its result once published; the explanation is shared explainGrade's (or the adjusted grade's reason). */
  private async result(manager: EntityManager, application: Application, parts?: ViewParts): Promise<ApplicationResult | null> {
    const row = parts ? parts.grade : await manager.findOneBy(GradeResult, { applicationId: application.id });
    if (!row || row.publishedAt === null) return null;
    const certificate = parts ? parts.certificate : await manager.findOneBy(Certificate, { applicationId: application.id });
    const adjusted = row.grade !== row.proposedGrade;
    return {
      grade: row.grade,
      gradeLabel: GRADE_LABEL[row.grade],
      materialsScore: row.materialsScore,
      presentationScore: row.presentationScore,
      total: row.total,
      rank: row.rank,
      explanation: adjusted
        ? `${row.explanation}（秘书处将等级由${GRADE_LABEL[row.proposedGrade]}调整为${GRADE_LABEL[row.grade]}：${row.adjustmentReason ?? ''}）`
        : row.explanation,
      publishedAt: row.publishedAt,
      underReview: row.rescoreRequiredAt !== null,
      underReviewNote: row.rescoreRequiredAt !== null ? '该结果所依据的评审评分经秘书处决定已重新汇总，以上分数为公布时的分数，等级以秘书处重新确认后的结果为准' : null,
      certificate: certificate
        ? { certificateNo: certificate.certificateNo, status: certificate.revokedAt ? 'revoked' : 'valid', issuedAt: certificate.issuedAt, revokedReason: certificate.revokedReason }
        : null,
    };
  }

  /** What the declarant's buttons may offer now; the service methods check each again. */
  private allowedActions(status: ApplicationStatus, campaign: Campaign, problems: EligibilityProblem[]): ApplicationAction[] {
    const context = { settings: campaign.settings, now: this.clock.now() };
    const actions: ApplicationAction[] = [];
    if (status === 'draft') actions.push('save', 'uploadMaterials');
    if (problems.length === 0 && canTransition(status, 'submitted', 'declarant', context)) actions.push('submit');
    if (canTransition(status, 'withdrawn', 'declarant', context)) actions.push('withdraw');
    return actions;
  }
}
