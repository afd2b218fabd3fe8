import { Injectable } from '@nestjs/common';
import {
  APPLICATION_STATUS_LABEL,
  type ApplicationStatus,
  canTransition,
  checkEligibility,
  type EligibilityProblem,
  type RegistrationFacts,
  type Grade,
  GRADE_LABEL,
} from '@cacem/shared';
import { Between, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { StorageService } from '../../storage/storage.service.js';
import { ActivityRecord } from '../activity-record/activity-record.entity.js';
import type { Principal } from '../auth/principal.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { Material, type MaterialKind } from '../material/material.entity.js';
import { currentMaterials, type MaterialView, materialView } from '../material/material.view.js';
import { Certificate } from '../certificate/certificate.entity.js';
import { GradeResult } from '../grading/grade-result.entity.js';
import { RecommendingUnit } from '../recommending-unit/recommending-unit.entity.js';
import { Application, type ApplicationDeclarations, type ApplicationProfile } from './application.entity.js';

export type ApplicationAction = 'save' | 'uploadMaterials' | 'submit' | 'withdraw';

export interface ApplicationView {
  id: number;
  campaignYear: number;
  teamId: number;
  status: ApplicationStatus;
  statusLabel: string;
  recommendingUnit: { id: number; seq: number; name: string } | null;
  profile: ApplicationProfile;
  declarations: ApplicationDeclarations;
  materials: Record<MaterialKind, MaterialView | null>;
  activityRecordCount: number;
  eligibility: EligibilityProblem[];
  allowedActions: ApplicationAction[];
  submittedAt: Date | null;
  updatedAt: Date;
  /** Sent back with a save (optimistic locking): a draft changed meanwhile by someone else is not overwritten. */
  version: number;
  /** The published result (第十条): grade, scores and the explanation; null until the results are published. */
  result: ApplicationResult | null;
}

export interface ApplicationResult {
  grade: Grade;
  gradeLabel: string;
  materialsScore: number;
  presentationScore: number;
  total: number;
  rank: number;
  explanation: string;
  publishedAt: Date;
  certificate: { certificateNo: string; status: 'valid' | 'revoked'; issuedAt: Date; revokedReason: string | null } | null;
}

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
}

const PROFILE_FIELDS = ['leaderName', 'leaderMobile', 'memberCount', 'specialty', 'projectName', 'introduction'] as const;

/** The registration form is complete when every field is filled and a recommending unit is chosen. */
function formComplete(application: Application): boolean {
  return application.recommendingUnitId !== null && PROFILE_FIELDS.every((f) => application.profile[f] !== null && application.profile[f] !== '');
}

/** What 第六条/第七条 ask of an application, gathered from its form, materials and the team's activity records. */
@Injectable()
export class ApplicationViewService {
  constructor(
    private readonly storage: StorageService,
    private readonly clock: Clock,
  ) {}

  /**
   * The team's application in a campaign with what its view shows beside it, in one query (a status read is polled:
   * one query instead of four). Null when the team has none.
   */
  async findForView(manager: EntityManager, campaignId: number, teamId: number): Promise<{ application: Application; parts: ViewParts } | null> {
    const found = (await manager
      .getRepository(Application)
      .createQueryBuilder('a')
      .leftJoinAndMapMany('a.viewMaterials', Material, 'm', 'm.applicationId = a.id')
      .leftJoinAndMapOne('a.viewUnit', RecommendingUnit, 'u', 'u.id = a.recommendingUnitId')
      .leftJoinAndMapOne('a.viewGrade', GradeResult, 'g', 'g.applicationId = a.id')
      .where('a.campaignId = :campaignId AND a.teamId = :teamId', { campaignId, teamId })
      .getOne()) as (Application & { viewMaterials?: Material[]; viewUnit?: RecommendingUnit; viewGrade?: GradeResult }) | null;
    if (!found) return null;
    const parts: ViewParts = { materials: found.viewMaterials ?? [], unit: found.viewUnit ?? null, grade: found.viewGrade ?? null };
    // The application goes on as a plain Application: the mapped parts are not its columns.
    delete found.viewMaterials;
    delete found.viewUnit;
    delete found.viewGrade;
    return { application: found, parts };
  }

  /**
   * `known`: the application's campaign when the caller has just read it (not read again); any other is ignored.
   * `materials`: all its materials when the caller has them (findForView).
   */
  async assess(manager: EntityManager, application: Application, known?: Campaign, materials?: Material[]): Promise<Assessment> {
    const campaign = known?.id === application.campaignId ? known : await manager.findOneByOrFail(Campaign, { id: application.campaignId });
    const current = currentMaterials(materials ?? (await manager.findBy(Material, { applicationId: application.id })));
    // Records count when dated within the campaign's statistics period (e.g. 2025-05 to 2026-06).
    const { from, to } = campaign.settings.statisticsPeriod;
    const activityRecordCount = await manager.countBy(ActivityRecord, { teamId: application.teamId, date: Between(`${from}-01`, `${to}-31`) });
    const facts: RegistrationFacts = {
      ...application.declarations,
      activityRecordCount,
      hasRegistrationForm: formComplete(application),
      materials: { pdf: current.pdf !== null, ppt: current.ppt !== null },
    };
    return { campaign, facts, problems: checkEligibility(facts, campaign.settings.eligibility), current };
  }

  /** `known` and `parts`: what the caller has just read (see assess and findForView), not read again. */
  async view(manager: EntityManager, application: Application, principal: Principal, known?: Campaign, parts?: ViewParts): Promise<ApplicationView> {
    const { campaign, facts, problems, current } = await this.assess(manager, application, known, parts?.materials);
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
      allowedActions: principal.role === 'declarant' ? this.allowedActions(application.status, campaign, problems) : [],
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
    const certificate = await manager.findOneBy(Certificate, { applicationId: application.id });
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
