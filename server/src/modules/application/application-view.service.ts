import { Injectable } from '@nestjs/common';
import {
  APPLICATION_STATUS_LABEL,
  type ApplicationStatus,
  canTransition,
  checkEligibility,
  type EligibilityProblem,
  type RegistrationFacts,
} from '@cacem/shared';
import { type DataSource, type EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { PreparedQuery } from '../../common/prepared-query.js';
import { StorageService } from '../../storage/storage.service.js';
import { addActivityRecordCount, countActivityRecords } from '../activity-record/index.js';
import { type Campaign, campaignById } from '../campaign/index.js';
import { currentMaterials, joinMaterials, type Material, type MaterialKind, materialsOfApplication, materialView } from '../material/index.js';
import { findUnit, leftJoinAndMapUnit, type RecommendingUnit } from '../recommending-unit/index.js';
import { findTeam, joinAndMapTeam, type Team } from '../team/index.js';
import { ApplicationResults } from './application-result.js';
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
  /** Its published result (see ApplicationResults). */
  result: ApplicationResult | null;
  /** The team's activity records dated within the campaign's statistics period. */
  activityRecordCount: number;
}

/** A team, and its application in a campaign with the view's parts, as findForView reads them. */
export interface TeamForView {
  team: Team;
  found: { application: Application; parts: ViewParts } | null;
}

type Mapped = Application & { viewTeam?: Team; viewMaterials?: Material[]; viewUnit?: RecommendingUnit };

type ForViewParameters = { teamId: number; campaignId: number; from: string; to: string };

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

/**
 * findForView's query: a team's application in a campaign with its team, the view's parts (each joined by the module
 * that owns the table; the result by the registered reader) and the team's activity count.
 */
export const applicationForViewQuery = (dataSource: DataSource, results: ApplicationResults) => {
  const qb = dataSource.getRepository(Application).createQueryBuilder('a');
  joinAndMapTeam(qb, 'a.viewTeam', 't', 't.id = a.teamId');
  joinMaterials(qb, 'a.viewMaterials', 'm', 'm.applicationId = a.id');
  leftJoinAndMapUnit(qb, 'a.viewUnit', 'u', 'u.id = a.recommendingUnitId');
  results.joinForView(qb, 'a');
  addActivityRecordCount(qb, 't.id', 'activityRecordCount');
  return qb.where('a.teamId = :teamId').andWhere('a.campaignId = :campaignId');
};

/** What 第六条/第七条 ask of an application, gathered from its form, materials and the team's activity records. */
@Injectable()
export class ApplicationViewService {
  constructor(
    private readonly storage: StorageService,
    private readonly clock: Clock,
    private readonly results: ApplicationResults,
  ) {}

  /** findForView's query, built once and run on every status read (see PreparedQuery). */
  private readonly forView = new PreparedQuery<ForViewParameters>((dataSource) => applicationForViewQuery(dataSource, this.results));

  /**
   * The team, its application in the campaign and everything the application's view shows beside it, in ONE query (a
   * status read is polled: one statement instead of six; a second only while the team has no application). Null when
   * there is no such team; `found` null when the team has no application in the campaign.
   */
  async findForView(manager: EntityManager, campaign: Campaign, teamId: number): Promise<TeamForView | null> {
    const { entities, raw } = await this.forView.entities<Mapped, { activityRecordCount: number | string }>(manager, {
      teamId,
      campaignId: campaign.id,
      ...statisticsDates(campaign),
    });
    const application = entities[0];
    if (!application?.viewTeam) {
      const team = await findTeam(manager, teamId);
      return team ? { team, found: null } : null;
    }
    const team = application.viewTeam;
    const parts: ViewParts = {
      materials: application.viewMaterials ?? [],
      unit: application.viewUnit ?? null,
      result: this.results.takeFromView(application),
      activityRecordCount: Number(raw[0]?.activityRecordCount ?? 0),
    };
    // The application goes on as a plain Application: the mapped parts are not its columns.
    delete application.viewTeam;
    delete application.viewMaterials;
    delete application.viewUnit;
    return { team, found: { application, parts } };
  }

  /**
   * `known`: the application's campaign when the caller has just read it (not read again); any other is ignored.
   * `parts`: all its materials and the activity count when the caller has them (findForView).
   */
  async assess(manager: EntityManager, application: Application, known?: Campaign, parts?: Pick<ViewParts, 'materials' | 'activityRecordCount'>): Promise<Assessment> {
    const campaign = known?.id === application.campaignId ? known : await campaignById(manager, application.campaignId);
    const current = currentMaterials(parts?.materials ?? (await materialsOfApplication(manager, application.id)));
    const { from, to } = statisticsDates(campaign);
    const activityRecordCount = parts?.activityRecordCount ?? (await countActivityRecords(manager, application.teamId, from, to));
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
    const unit = parts ? parts.unit : application.recommendingUnitId ? await findUnit(manager, application.recommendingUnitId) : null;
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
      result: parts ? parts.result : await this.results.read(manager, application.id),
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
