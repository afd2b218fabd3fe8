import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  beijingDate,
  campaignStageOn,
  checkScoreSheet,
  type Rubric,
  rubricItems,
  type ScoreSheet,
  scoreSheetTotal,
  STAGE_LABEL,
} from '@cacem/shared';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { conflict, DomainException, forbidden, notFound, unprocessable } from '../../common/domain.exception.js';
import { StorageService } from '../../storage/storage.service.js';
import { applicationLabels } from '../application/application-labels.js';
import { Application } from '../application/application.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Expert } from '../expert/expert.entity.js';
import { Material } from '../material/material.entity.js';
import { currentMaterials, materialView } from '../material/material.view.js';
import { type CurrentPanel, PanelService } from '../panel/panel.service.js';
import { PresentationSession } from '../presentation/presentation-session.entity.js';
import { PresentationSlot } from '../presentation/presentation-slot.entity.js';
import type { ScoreSheetDto } from './dto/review.dto.js';
import { ScoreChange, SCORE_CHANGE_STATUS_LABEL } from './score-change.entity.js';
import type { ScoreSpread } from './review-panel.schemas.js';
import type { MyReviews, ReviewSheetState, ReviewTask, ScoreSheetPage, ScoreSheetView } from './review.schemas.js';
import { type ScoreKind, ScoreSheetEntity, type ScoreSheetStatus } from './score-sheet.entity.js';

export const SCORE_KIND_LABEL: Record<ScoreKind, string> = { materials: '资料审核', presentation: '成果发布' };

/** The application status a part is scored in, and the window it must be scored in. */
const OPEN_STATUS = { materials: 'screened_in', presentation: 'invited' } as const;
const WINDOW = { materials: 'materialsReview', presentation: 'presentations' } as const;

/** Where an expert sits for one application: their panel and role in it. */
export interface Seat {
  expert: Expert;
  panel: CurrentPanel;
  role: 'leader' | 'member';
}

/** The expert's own sheet state for one part (GET /reviews/mine). */
export type SheetState = ReviewSheetState;
export type SheetView = ScoreSheetView;
export type Spread = ScoreSpread;

const COMMENT_MAX = 500;

export function panelExpertIds(panel: CurrentPanel): number[] {
  return [panel.leaderId, ...panel.memberIds].map(Number);
}

export function spreadOf(totals: number[]): Spread | null {
  if (totals.length === 0) return null;
  const min = Math.min(...totals);
  const max = Math.max(...totals);
  const mean = Math.round((totals.reduce((s, t) => s + t, 0) / totals.length) * 100) / 100;
  return { min, max, range: Math.round((max - min) * 100) / 100, mean };
}

function emptySheet(): SheetView {
  return { id: null, status: 'none', scores: {}, comments: {}, overallComment: null, total: null, submittedAt: null, returnReason: null, returnedAt: null, version: 0 };
}

export function sheetView(sheet: ScoreSheetEntity | undefined): SheetView {
  if (!sheet) return emptySheet();
  return {
    id: sheet.id,
    status: sheet.status,
    scores: sheet.scores,
    comments: sheet.comments,
    overallComment: sheet.overallComment,
    total: sheet.total,
    submittedAt: sheet.submittedAt,
    returnReason: sheet.returnReason,
    returnedAt: sheet.returnedAt,
    version: sheet.version,
  };
}

/**
 * 资料审核 and 成果发布 scoring (第八条（四）（五）, 第九条): each expert of the panel an application was drawn to scores it
 * on the rubric, saving drafts and then submitting. Blind: an expert reads only their own sheet until they have
 * submitted it. What the panel's leader and the secretariat do with the panel's sheets — follow its progress, see the
 * spread, return a sheet, close the materials review — is PanelReviewService's; a presentation session closes in
 * PresentationService. The checks both use (who sits where, whether the part is open) are here.
 */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly panels: PanelService,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The expert behind a principal; only experts score. */
  async expertOf(manager: EntityManager, principal: Principal): Promise<Expert> {
    if (principal.role !== 'expert') throw forbidden('REVIEW_EXPERT_ONLY');
    const expert = await manager.findOneBy(Expert, { userId: principal.userId });
    if (!expert) throw forbidden('REVIEW_EXPERT_ONLY');
    return expert;
  }

  /**
   * The expert's seat for an application. An application of no panel the expert sits on is answered as one that does
   * not exist (404), so ids say nothing about other panels or whose unit an application is from. Only an expert seated
   * on its panel is told of a conflict (the expert's own enterprise or recommending unit), by name, even though the draw
   * never seats one: pool data can change after the draw, and the leader needs to know to act on it.
   */
  async seatFor(manager: EntityManager, expert: Expert, application: Application): Promise<Seat> {
    const self = String(expert.id);
    const panel = (await this.panels.currentPanels(manager, application.campaignId)).find(
      (p) => p.applicationIds.includes(String(application.id)) && (p.leaderId === self || p.memberIds.includes(self)),
    );
    if (!panel) throw notFound('APPLICATION_NOT_FOUND');
    if ((expert.enterpriseId !== null && expert.enterpriseId === application.enterpriseId) || expert.recommendingUnitId === application.recommendingUnitId) {
      throw forbidden('REVIEW_CONFLICT');
    }
    return { expert, panel, role: panel.leaderId === self ? 'leader' : 'member' };
  }

  /** 我的评审任务: every application of the expert's panels, with the state of their own sheets. */
  async mine(principal: Principal): Promise<MyReviews> {
    const manager = this.dataSource.manager;
    if (principal.role !== 'expert') throw forbidden('REVIEW_EXPERT_ONLY');
    const campaign = await this.campaigns.current(manager);
    const expert = await manager.findOneBy(Expert, { userId: principal.userId });
    // An expert account not (yet) entered in the pool has nothing to score.
    if (!expert) return { stage: campaignStageOn(campaign.settings, beijingDate(this.clock.now())), panels: [], items: [] };
    const self = String(expert.id);
    const panels = (await this.panels.currentPanels(manager, campaign.id)).filter((p) => p.leaderId === self || p.memberIds.includes(self));
    const ids = panels.flatMap((p) => p.applicationIds.map(Number));
    const applications = ids.length ? await manager.findBy(Application, { id: In(ids) }) : [];
    const byId = new Map(applications.map((a) => [a.id, a]));
    const names = await applicationLabels(manager, applications);
    const sheets = ids.length ? await manager.findBy(ScoreSheetEntity, { expertId: expert.id, applicationId: In(ids) }) : [];
    const slots = ids.length ? await manager.findBy(PresentationSlot, { applicationId: In(ids) }) : [];
    const sessions = slots.length ? await manager.findBy(PresentationSession, { id: In([...new Set(slots.map((s) => s.sessionId))]) }) : [];
    const sessionById = new Map(sessions.map((s) => [s.id, s]));
    const today = beijingDate(this.clock.now());
    const stage = campaignStageOn(campaign.settings, today);
    const items = panels.flatMap((panel) =>
      panel.applicationIds.flatMap((aid): ReviewTask[] => {
        const application = byId.get(Number(aid));
        if (!application) return [];
        const slot = slots.find((s) => s.applicationId === application.id);
        const session = slot ? sessionById.get(slot.sessionId) : undefined;
        const state = (kind: ScoreKind): SheetState => {
          const sheet = sheets.find((s) => s.applicationId === application.id && s.kind === kind);
          const open =
            application.status === OPEN_STATUS[kind] &&
            stage === WINDOW[kind] &&
            (kind === 'materials' || (session?.status === 'scheduled' && slot?.outcome === 'pending'));
          return {
            status: sheet?.status ?? 'none',
            total: sheet?.status === 'submitted' ? sheet.total : null,
            returnReason: sheet?.status === 'returned' ? sheet.returnReason : null,
            canEdit: open && (!sheet || sheet.status === 'draft' || sheet.status === 'returned'),
          };
        };
        return [
          {
            applicationId: application.id,
            teamName: names.get(application.id)?.teamName ?? '',
            enterpriseName: names.get(application.id)?.enterpriseName ?? '',
            specialty: application.profile.specialty,
            status: application.status,
            panelNo: panel.panelNo,
            role: panel.leaderId === self ? 'leader' : 'member',
            materials: state('materials'),
            presentation: slot ? state('presentation') : null,
            session:
              slot && session
                ? { id: session.id, title: session.title, date: session.date, venue: session.venue, position: slot.position, status: session.status, outcome: slot.outcome }
                : null,
          },
        ];
      }),
    );
    return {
      stage,
      panels: panels.map((p) => ({ panelNo: p.panelNo, role: p.leaderId === self ? 'leader' : 'member', applicationCount: p.applicationIds.length })),
      items,
    };
  }

  /** One application to score: its particulars, the materials to read, the rubric, and the expert's own sheet only. */
  async sheet(principal: Principal, applicationId: number, kind: ScoreKind): Promise<ScoreSheetPage> {
    const manager = this.dataSource.manager;
    const expert = await this.expertOf(manager, principal);
    const application = await this.applicationOr404(manager, applicationId);
    const seat = await this.seatFor(manager, expert, application);
    const campaign = await manager.findOneByOrFail(Campaign, { id: application.campaignId });
    const sheet = await manager.findOneBy(ScoreSheetEntity, { applicationId, expertId: expert.id, kind });
    const names = await applicationLabels(manager, [application]);
    const materials = currentMaterials(await manager.findBy(Material, { applicationId }));
    let openProblem: string | null = null;
    try {
      await this.assertOpen(manager, campaign, application, kind, seat);
    } catch (error) {
      if (!(error instanceof DomainException)) throw error;
      openProblem = error.body.message;
    }
    const view = sheetView(sheet ?? undefined);
    const [change] = sheet ? await manager.find(ScoreChange, { where: { sheetId: sheet.id }, order: { id: 'DESC' }, take: 1 }) : [];
    return {
      application: {
        id: application.id,
        teamName: names.get(application.id)?.teamName ?? '',
        enterpriseName: names.get(application.id)?.enterpriseName ?? '',
        specialty: application.profile.specialty,
        projectName: application.profile.projectName,
        introduction: application.profile.introduction,
        status: application.status,
        materials: [materials.pdf, materials.ppt].flatMap((m) => (m ? [materialView(m, this.storage)] : [])),
      },
      kind,
      kindLabel: SCORE_KIND_LABEL[kind],
      panelNo: seat.panel.panelNo,
      role: seat.role,
      rubric: campaign.settings.rubrics[kind],
      sheet: view,
      canEdit: openProblem === null && (view.status === 'none' || view.status === 'draft' || view.status === 'returned'),
      closedReason: openProblem,
      // The latest correction held for the secretariat (the expert had read colleagues' sheets), if any.
      change: change
        ? { id: change.id, status: change.status, statusLabel: SCORE_CHANGE_STATUS_LABEL[change.status], beforeTotal: change.beforeTotal, afterTotal: change.afterTotal, decisionNote: change.decisionNote }
        : null,
    };
  }

  /** Saves a draft: items may be missing, but every item given must be within its maximum and on the step. */
  async saveDraft(principal: Principal, applicationId: number, kind: ScoreKind, dto: ScoreSheetDto): Promise<SheetView> {
    return this.write(principal, applicationId, kind, dto, false);
  }

  /** Submits the sheet: every item scored; the total is fixed (shared scoreSheetTotal). No change after, unless returned. */
  async submit(principal: Principal, applicationId: number, kind: ScoreKind, dto: ScoreSheetDto): Promise<SheetView> {
    return this.write(principal, applicationId, kind, dto, true);
  }

  private async write(principal: Principal, applicationId: number, kind: ScoreKind, dto: ScoreSheetDto, complete: boolean): Promise<SheetView> {
    const manager = this.dataSource.manager;
    const expert = await this.expertOf(manager, principal);
    const application = await this.applicationOr404(manager, applicationId);
    const seat = await this.seatFor(manager, expert, application);
    const campaign = await manager.findOneByOrFail(Campaign, { id: application.campaignId });
    await this.assertOpen(manager, campaign, application, kind, seat);
    const rubric = campaign.settings.rubrics[kind];
    const scores = this.checkedScores(rubric, dto.scores, complete);
    const comments = this.checkedComments(rubric, dto.comments ?? {});
    const total = complete ? scoreSheetTotal(rubric, scores) : null;
    const now = this.clock.now();
    const status: ScoreSheetStatus = complete ? 'submitted' : 'draft';
    const written = await this.dataSource.transaction(async (m) => {
      // The panel may have closed since the checks above: the application has then moved on.
      if ((await m.findOneByOrFail(Application, { id: applicationId })).status !== OPEN_STATUS[kind]) throw conflict('REVIEW_CLOSED');
      const existing = await m.findOneBy(ScoreSheetEntity, { applicationId, expertId: expert.id, kind });
      if (existing?.status === 'submitted') throw conflict('REVIEW_ALREADY_SUBMITTED');
      if (existing?.status === 'void') throw forbidden('REVIEW_NOT_ASSIGNED');
      if (dto.version !== undefined && dto.version !== (existing?.version ?? 0)) throw conflict('CONFLICT');
      // The correction of an expert who has read colleagues' sheets is held for the secretariat (ScoreChange).
      const held = complete && existing?.status === 'returned' ? await m.findOneBy(ScoreChange, { sheetId: existing.id, status: 'returned' }) : null;
      if (existing && held) return this.holdCorrection(m, principal, existing, held, { scores, comments, overallComment: dto.overallComment || null, total: total! }, now);
      // A returned sheet stays returned while the expert drafts the correction, so the leader still sees it is pending.
      const nextStatus: ScoreSheetStatus = !complete && existing?.status === 'returned' ? 'returned' : status;
      const fields = {
        scores,
        comments,
        overallComment: dto.overallComment ? dto.overallComment : null,
        status: nextStatus,
        total,
        submittedAt: complete ? now : null,
        drawId: seat.panel.drawId,
        panelNo: seat.panel.panelNo,
        updatedAt: now,
      };
      if (existing) {
        const result = await m.update(ScoreSheetEntity, { id: existing.id, version: existing.version }, { ...fields, version: existing.version + 1 });
        if (!result.affected) throw conflict('CONFLICT');
      } else {
        try {
          await m.insert(ScoreSheetEntity, {
            ...fields,
            campaignId: application.campaignId,
            applicationId,
            expertId: expert.id,
            kind,
            returnReason: null,
            returnedAt: null,
            version: 1,
          });
        } catch (error) {
          // Two devices of the same expert saving the first draft at once: one wins, the other re-reads.
          if (isUniqueViolation(error)) throw conflict('CONFLICT');
          throw error;
        }
      }
      if (complete) {
        await this.audit.record(m, {
          actor: actorOf(principal),
          action: `review.submit.${kind}`,
          entity: 'application',
          entityId: applicationId,
          before: existing ? { status: existing.status, total: existing.total } : null,
          after: { applicationId, expertId: expert.id, kind, total, scores },
        });
      }
      return m.findOneByOrFail(ScoreSheetEntity, { applicationId, expertId: expert.id, kind });
    });
    return sheetView(written);
  }

  /**
   * A resubmitted correction of a returned sheet whose expert had read colleagues' sheets: the sheet counts again with
   * the scores submitted before the return, and the correction waits in its ScoreChange for the secretariat; audited
   * with both.
   */
  private async holdCorrection(
    m: EntityManager,
    principal: Principal,
    sheet: ScoreSheetEntity,
    change: ScoreChange,
    after: { scores: ScoreSheet; comments: Record<string, string>; overallComment: string | null; total: number },
    now: Date,
  ): Promise<ScoreSheetEntity> {
    const restored = await m.update(
      ScoreSheetEntity,
      { id: sheet.id, version: sheet.version },
      {
        scores: change.beforeScores,
        comments: change.beforeComments,
        overallComment: change.beforeOverallComment,
        total: change.beforeTotal,
        status: 'submitted',
        submittedAt: now,
        version: sheet.version + 1,
        updatedAt: now,
      },
    );
    if (!restored.affected) throw conflict('CONFLICT');
    const pending = await m.update(
      ScoreChange,
      { id: change.id, status: 'returned', version: change.version },
      {
        status: 'pending',
        afterScores: after.scores,
        afterTotal: after.total,
        afterComments: after.comments,
        afterOverallComment: after.overallComment,
        resubmittedAt: now,
        version: change.version + 1,
      },
    );
    if (!pending.affected) throw conflict('CONFLICT');
    await this.audit.record(m, {
      actor: actorOf(principal),
      action: `review.resubmit.held.${sheet.kind}`,
      entity: 'score_sheet',
      entityId: sheet.id,
      before: { changeId: change.id, total: change.beforeTotal, scores: change.beforeScores },
      after: { changeId: change.id, total: after.total, scores: after.scores, status: 'pending' },
    });
    return m.findOneByOrFail(ScoreSheetEntity, { id: sheet.id });
  }

  /** Refuses scoring (or returning) when the application is not in this part, the window is shut, or the session is not open. */
  async assertOpen(manager: EntityManager, campaign: Campaign, application: Application, kind: ScoreKind, seat: Seat, closedCode: 'REVIEW_NOT_OPEN' | 'REVIEW_CLOSED' = 'REVIEW_NOT_OPEN') {
    if (application.status !== OPEN_STATUS[kind]) {
      const later = kind === 'materials' ? application.status !== 'recommended' : application.status !== 'reviewed';
      throw conflict(later ? 'REVIEW_CLOSED' : closedCode);
    }
    const window = campaign.settings.windows[WINDOW[kind]];
    if (campaignStageOn(campaign.settings, beijingDate(this.clock.now())) !== WINDOW[kind]) {
      throw new DomainException('REVIEW_NOT_OPEN', HttpStatus.CONFLICT, {
        message: `${SCORE_KIND_LABEL[kind]}评分只能在${STAGE_LABEL[WINDOW[kind]]}阶段（${window.opens} 至 ${window.closes}）进行`,
      });
    }
    if (kind === 'presentation') {
      const slot = await manager.findOneBy(PresentationSlot, { applicationId: application.id });
      const session = slot ? await manager.findOneBy(PresentationSession, { id: slot.sessionId }) : null;
      if (!slot || !session || session.drawId !== seat.panel.drawId || session.panelNo !== seat.panel.panelNo) throw conflict('SESSION_NOT_SCHEDULED');
      if (session.status === 'closed') throw conflict('SESSION_CLOSED');
      if (slot.outcome === 'absent') throw conflict('SESSION_ABSENT');
    }
  }

  /** Scores checked against the rubric; every problem goes back at once, one detail per item. */
  private checkedScores(rubric: Rubric, input: Record<string, unknown>, complete: boolean): ScoreSheet {
    const scores: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) if (value !== null && value !== undefined && value !== '') scores[key] = value;
    const problems = checkScoreSheet(rubric, scores as ScoreSheet, { complete });
    if (problems.length > 0) {
      throw new DomainException(problems.length === 1 ? problems[0]!.code : 'REVIEW_SCORES_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, {
        message: problems.length === 1 ? problems[0]!.message : `评分有 ${problems.length} 处问题：${problems.slice(0, 3).map((p) => p.message).join('；')}`,
        field: `scores.${problems[0]!.itemId}`,
        details: problems.map((p) => ({ field: `scores.${p.itemId}`, code: p.code, message: p.message })),
      });
    }
    return scores as ScoreSheet;
  }

  private checkedComments(rubric: Rubric, input: Record<string, unknown>): Record<string, string> {
    const known = new Set(rubricItems(rubric).map((i) => i.id));
    const comments: Record<string, string> = {};
    for (const [key, value] of Object.entries(input)) {
      if (value === null || value === undefined) continue;
      if (!known.has(key)) throw unprocessable('SCORE_ITEM_UNKNOWN', `comments.${key}`, `评分项 ${key} 不在评分表中`);
      if (typeof value !== 'string') throw unprocessable('FIELD_INVALID', `comments.${key}`, '评语应为文本');
      const text = value.trim();
      if (text.length > COMMENT_MAX) throw unprocessable('FIELD_TOO_LONG', `comments.${key}`, `每项评语不能超过 ${COMMENT_MAX} 字`);
      if (text) comments[key] = text;
    }
    return comments;
  }

  async applicationOr404(manager: EntityManager, id: number): Promise<Application> {
    const application = await manager.findOneBy(Application, { id });
    if (!application || application.submittedAt === null) throw notFound('APPLICATION_NOT_FOUND');
    return application;
  }

  async panelOr404(manager: EntityManager, campaignId: number, panelNo: number): Promise<CurrentPanel> {
    const panels = await this.panels.currentPanels(manager, campaignId);
    if (panels.length === 0) throw notFound('REVIEW_NO_DRAW');
    const panel = panels.find((p) => p.panelNo === panelNo);
    if (!panel) throw notFound('PANEL_NOT_FOUND');
    return panel;
  }

  async expertNames(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    return new Map((await manager.find(Expert, { where: { id: In(ids) }, select: { id: true, name: true } })).map((e) => [e.id, e.name]));
  }
}
