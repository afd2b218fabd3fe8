import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { beijingDate, campaignStageOn, scoreSheetTotal } from '@cacem/shared';
import { type DataSource, In } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { conflict, DomainException, forbidden } from '../../common/domain.exception.js';
import { StorageService } from '../../storage/storage.service.js';
import { applicationById, applicationLabels, applicationsById } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type ExpertPrincipal, type Principal, requireAccess } from '../access/index.js';
import { campaignById, CampaignService } from '../campaign/index.js';
import { currentMaterials, materialsOfApplications, materialView } from '../material/index.js';
import type { ScoreSheetDto } from './dto/review.dto.js';
import { PresentationSchedule } from './presentation-schedule.js';
import { ReviewSeats } from './review-seats.js';
import type { MyReviews, ReviewSheetState, ReviewTask, ScoreSheetPage, ScoreSheetView } from './review.schemas.js';
import { ScoreChange, SCORE_CHANGE_STATUS_LABEL } from './score-change.entity.js';
import { ScoreChangeService } from './score-change.service.js';
import { assertOpen, checkedComments, checkedScores, OPEN_STATUS, WINDOW } from './score-sheet.checks.js';
import { type ScoreKind, ScoreSheetEntity, type ScoreSheetStatus } from './score-sheet.entity.js';
import { SCORE_KIND_LABEL, sheetView } from './score-sheet.view.js';

// Other modules name a part the way the review does.
export { SCORE_KIND_LABEL } from './score-sheet.view.js';

/**
 * 资料审核 and 成果发布 scoring (第八条（四）（五）, 第九条): each expert of the panel an application was drawn to scores it
 * on the rubric, saving drafts and then submitting. Blind: an expert reads only their own sheet until they have
 * submitted it. What the panel's leader and the secretariat do with the panel's sheets — follow its progress, see the
 * spread, return a sheet, close the materials review — is PanelReviewService's and ReviewProgressService's; a
 * presentation session closes in PresentationService. Who sits where is ReviewSeats'; whether a part is open, and the
 * sheet's own checks, are in score-sheet.checks.ts.
 */
@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly seats: ReviewSeats,
    private readonly changes: ScoreChangeService,
    private readonly schedule: PresentationSchedule,
    private readonly storage: StorageService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** 我的评审任务: every application of the expert's panels, with the state of their own sheets. */
  async mine(principal: Principal): Promise<MyReviews> {
    const reviewer = requireAccess(principal, 'review.score');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const expert = await this.seats.findExpert(manager, reviewer);
    // An expert account not (yet) entered in the pool has nothing to score.
    if (!expert) return { stage: campaignStageOn(campaign.settings, beijingDate(this.clock.now())), panels: [], items: [] };
    const self = String(expert.id);
    const panels = await this.seats.panelsOf(manager, campaign.id, expert);
    const ids = panels.flatMap((p) => p.applicationIds.map(Number));
    const byId = await applicationsById(manager, ids);
    const names = await applicationLabels(manager, [...byId.values()]);
    const sheets = ids.length ? await manager.findBy(ScoreSheetEntity, { expertId: expert.id, applicationId: In(ids) }) : [];
    const slots = await this.schedule.slotsOfApplications(manager, ids);
    const sessionById = await this.schedule.sessionsById(manager, slots.map((s) => s.sessionId));
    const today = beijingDate(this.clock.now());
    const stage = campaignStageOn(campaign.settings, today);
    const items = panels.flatMap((panel) =>
      panel.applicationIds.flatMap((aid): ReviewTask[] => {
        const application = byId.get(Number(aid));
        if (!application) return [];
        const slot = slots.find((s) => s.applicationId === application.id);
        const session = slot ? sessionById.get(slot.sessionId) : undefined;
        const state = (kind: ScoreKind): ReviewSheetState => {
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
    const reviewer = requireAccess(principal, 'review.score');
    const manager = this.dataSource.manager;
    const expert = await this.seats.expertOf(manager, reviewer);
    const application = await this.seats.applicationOr404(manager, applicationId);
    const seat = await this.seats.seatFor(manager, expert, application);
    const campaign = await campaignById(manager, application.campaignId);
    const sheet = await manager.findOneBy(ScoreSheetEntity, { applicationId, expertId: expert.id, kind });
    const names = await applicationLabels(manager, [application]);
    const materials = currentMaterials(await materialsOfApplications(manager, [applicationId]));
    let openProblem: string | null = null;
    try {
      await assertOpen(this.schedule, manager, this.clock.now(), campaign, application, kind, seat);
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
  async saveDraft(principal: Principal, applicationId: number, kind: ScoreKind, dto: ScoreSheetDto): Promise<ScoreSheetView> {
    const reviewer = requireAccess(principal, 'review.score');
    return this.write(reviewer, applicationId, kind, dto, false);
  }

  /** Submits the sheet: every item scored; the total is fixed (shared scoreSheetTotal). No change after, unless returned. */
  async submit(principal: Principal, applicationId: number, kind: ScoreKind, dto: ScoreSheetDto): Promise<ScoreSheetView> {
    const reviewer = requireAccess(principal, 'review.score');
    return this.write(reviewer, applicationId, kind, dto, true);
  }

  private async write(reviewer: ExpertPrincipal, applicationId: number, kind: ScoreKind, dto: ScoreSheetDto, complete: boolean): Promise<ScoreSheetView> {
    const manager = this.dataSource.manager;
    const expert = await this.seats.expertOf(manager, reviewer);
    const application = await this.seats.applicationOr404(manager, applicationId);
    const seat = await this.seats.seatFor(manager, expert, application);
    const campaign = await campaignById(manager, application.campaignId);
    const now = this.clock.now();
    await assertOpen(this.schedule, manager, now, campaign, application, kind, seat);
    const rubric = campaign.settings.rubrics[kind];
    const scores = checkedScores(rubric, dto.scores, complete);
    const comments = checkedComments(rubric, dto.comments ?? {});
    const total = complete ? scoreSheetTotal(rubric, scores) : null;
    const status: ScoreSheetStatus = complete ? 'submitted' : 'draft';
    const written = await this.dataSource.transaction(async (m) => {
      // The panel may have closed since the checks above: the application has then moved on.
      if ((await applicationById(m, applicationId)).status !== OPEN_STATUS[kind]) throw conflict('REVIEW_CLOSED');
      const existing = await m.findOneBy(ScoreSheetEntity, { applicationId, expertId: expert.id, kind });
      if (existing?.status === 'submitted') throw conflict('REVIEW_ALREADY_SUBMITTED');
      if (existing?.status === 'void') throw forbidden('REVIEW_NOT_ASSIGNED');
      if (dto.version !== undefined && dto.version !== (existing?.version ?? 0)) throw conflict('CONFLICT');
      // The correction of an expert who has read colleagues' sheets is held for the secretariat (ScoreChange).
      const held = complete && existing?.status === 'returned' ? await m.findOneBy(ScoreChange, { sheetId: existing.id, status: 'returned' }) : null;
      if (existing && held) return this.changes.hold(m, actorOf(reviewer), existing, held, { scores, comments, overallComment: dto.overallComment || null, total: total! }, now);
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
          actor: actorOf(reviewer),
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
}
