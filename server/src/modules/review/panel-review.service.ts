import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { aggregatePanelScore, assertTransition } from '@cacem/shared';
import { type DataSource, In, IsNull } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, forbidden, notFound } from '../../common/domain.exception.js';
import { applicationLabels, ApplicationService, applicationsById } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, holds, type Principal, requireAccess } from '../access/index.js';
import { NotificationService } from '../notification/index.js';
import { campaignById } from '../campaign/index.js';
import { findExpert } from '../expert/index.js';
import type { ReturnSheetDto } from './dto/review.dto.js';
import { PresentationSchedule } from './presentation-schedule.js';
import type { CloseMaterialsResult, PanelSheets } from './review-panel.schemas.js';
import { ReviewScore } from './review-score.entity.js';
import { panelExpertIds, ReviewSeats } from './review-seats.js';
import type { ScoreSheetView } from './review.schemas.js';
import { ScoreChange } from './score-change.entity.js';
import { assertNoHeldChange, OPEN_CHANGE_STATUSES, ScoreChangeService } from './score-change.service.js';
import { assertOpen } from './score-sheet.checks.js';
import { type ScoreKind, ScoreSheetEntity } from './score-sheet.entity.js';
import { SCORE_KIND_LABEL, sheetView, spreadOf } from './score-sheet.view.js';

/**
 * A panel's sheets seen whole (第八条（四）, 第九条): an expert who has submitted sees their colleagues' sheets of the
 * application; the leader follows the panel's progress, sees the spread once everyone has submitted, returns a sheet
 * for correction with a reason, and closes the materials review, which aggregates each application's panel score
 * (shared aggregatePanelScore) and moves it on. How the panels stand is ReviewProgressService's; who sits where is
 * ReviewSeats', and whether a part is open score-sheet.checks.ts', used here as they are for scoring.
 */
@Injectable()
export class PanelReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: ReviewSeats,
    private readonly applications: ApplicationService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly changes: ScoreChangeService,
    private readonly schedule: PresentationSchedule,
    private readonly clock: Clock,
  ) {}

  /**
   * The panel's sheets of one application, for an expert who has submitted their own (blind until then). Each
   * colleague's status, and totals and items of the submitted ones.
   */
  async panelSheets(principal: Principal, applicationId: number, kind: ScoreKind): Promise<PanelSheets> {
    const reviewer = requireAccess(principal, 'review.score');
    const manager = this.dataSource.manager;
    const expert = await this.seats.expertOf(manager, reviewer);
    const application = await this.seats.applicationOr404(manager, applicationId);
    const seat = await this.seats.seatFor(manager, expert, application);
    const own = await manager.findOneBy(ScoreSheetEntity, { applicationId, expertId: expert.id, kind });
    if (own?.status !== 'submitted') throw forbidden('REVIEW_SCORES_HIDDEN');
    if (own.colleaguesSeenAt === null) await this.recordColleaguesSeen(actorOf(reviewer), own);
    const expertIds = panelExpertIds(seat.panel);
    const sheets = await manager.findBy(ScoreSheetEntity, { applicationId, kind, expertId: In(expertIds) });
    const names = await this.seats.expertNames(manager, expertIds);
    const submitted = sheets.filter((s) => s.status === 'submitted');
    return {
      applicationId,
      kind,
      sheets: expertIds.map((id) => {
        const s = sheets.find((x) => x.expertId === id);
        return {
          expertId: id,
          expertName: names.get(id) ?? '',
          role: String(id) === seat.panel.leaderId ? 'leader' : 'member',
          status: s?.status ?? 'none',
          total: s?.status === 'submitted' ? s.total : null,
          scores: s?.status === 'submitted' ? s.scores : null,
        };
      }),
      spread: submitted.length === expertIds.length ? spreadOf(submitted.map((s) => s.total!)) : null,
    };
  }

  /**
   * The first time an expert reads colleagues' sheets of an application: from then on a correction of their own sheet
   * is held for the secretariat (ScoreChange). Audited once.
   */
  private async recordColleaguesSeen(actor: string, own: ScoreSheetEntity): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const first = await m.update(ScoreSheetEntity, { id: own.id, colleaguesSeenAt: IsNull() }, { colleaguesSeenAt: now });
      if (!first.affected) return;
      await this.audit.record(m, {
        actor,
        action: `review.colleaguesSeen.${own.kind}`,
        entity: 'score_sheet',
        entityId: own.id,
        after: { applicationId: own.applicationId, expertId: own.expertId, kind: own.kind, seenAt: now.toISOString(), ownTotal: own.total },
      });
    });
  }


  /** 组长退回评分: a submitted sheet goes back to its expert for correction, with a reason; audited. */
  async returnSheet(principal: Principal, applicationId: number, kind: ScoreKind, expertId: number, dto: ReturnSheetDto): Promise<ScoreSheetView> {
    const reviewer = requireAccess(principal, 'review.score');
    const manager = this.dataSource.manager;
    const leader = await this.seats.expertOf(manager, reviewer);
    const application = await this.seats.applicationOr404(manager, applicationId);
    const seat = await this.seats.seatFor(manager, leader, application);
    if (seat.role !== 'leader') throw forbidden('REVIEW_LEADER_ONLY');
    if (!panelExpertIds(seat.panel).includes(expertId)) throw notFound('EXPERT_NOT_FOUND');
    // Returning one's own sheet would let a leader who has read every colleague's sheet re-score at will.
    if (expertId === leader.id) throw forbidden('REVIEW_RETURN_OWN_SHEET');
    const campaign = await campaignById(manager, application.campaignId);
    const now = this.clock.now();
    await assertOpen(this.schedule, manager, now, campaign, application, kind, seat, 'REVIEW_CLOSED');
    const returned = await this.dataSource.transaction(async (m) => {
      const sheet = await m.findOneBy(ScoreSheetEntity, { applicationId, expertId, kind });
      if (sheet?.status !== 'submitted') throw conflict('REVIEW_NOT_SUBMITTED');
      if ((await m.countBy(ScoreChange, { sheetId: sheet.id, status: In(OPEN_CHANGE_STATUSES) })) > 0) throw conflict('REVIEW_CHANGE_PENDING');
      // An expert who has read colleagues' sheets corrects under the secretariat's eye: the correction will be held.
      if (sheet.colleaguesSeenAt !== null) await this.changes.open(m, sheet, dto.reason, now);
      const result = await m.update(
        ScoreSheetEntity,
        { id: sheet.id, version: sheet.version },
        { status: 'returned', returnReason: dto.reason, returnedAt: now, submittedAt: null, total: null, version: sheet.version + 1, updatedAt: now },
      );
      if (!result.affected) throw conflict('CONFLICT');
      // The expert reads why in their inbox as well as on the sheet.
      const returnedTo = await findExpert(m, expertId);
      if (returnedTo?.userId) {
        const teamName = (await applicationLabels(m, [application])).get(applicationId)?.teamName ?? '';
        await this.notifications.notify(m, [{ type: 'user', id: returnedTo.userId }], {
          title: '评分被组长退回',
          body: `您对「${teamName}」的${SCORE_KIND_LABEL[kind]}评分已被组长退回，请更正后重新提交。原因：${dto.reason}`.slice(0, 500),
          applicationId,
        });
      }
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: `review.return.${kind}`,
        entity: 'score_sheet',
        entityId: sheet.id,
        before: { status: 'submitted', total: sheet.total, scores: sheet.scores },
        after: { status: 'returned', reason: dto.reason, heldForSecretariat: sheet.colleaguesSeenAt !== null },
      });
      return m.findOneByOrFail(ScoreSheetEntity, { id: sheet.id });
    });
    return sheetView(returned);
  }

  /**
   * 资料审核结束: the leader (or the secretariat) closes the panel's materials review. Every application of the panel
   * still under review must have every expert's sheet submitted; each gets its panel score (shared
   * aggregatePanelScore under the campaign's policy) and moves screened_in → reviewed, all in one transaction.
   */
  async closeMaterials(principal: Principal, panelNo: number): Promise<CloseMaterialsResult> {
    const lead = requireAccess(principal, 'review.lead');
    const manager = this.dataSource.manager;
    const { campaign, panel } = await this.seats.leadersPanel(manager, lead, panelNo);
    const now = this.clock.now();
    const context = { settings: campaign.settings, now };
    // The platform moves the application; the leader's (or secretariat's) request is what it records as the actor.
    const transition = assertTransition('screened_in', 'reviewed', holds(principal, 'reviews.oversee') ? 'secretariat' : 'system', context);
    const expertIds = panelExpertIds(panel);
    const appIds = panel.applicationIds.map(Number);
    const names = await this.seats.expertNames(manager, expertIds);
    // Everything is read again inside the transaction, so a sheet returned or a team disqualified meanwhile counts.
    const results = await this.dataSource.transaction(async (m) => {
      const pending = [...(await applicationsById(m, appIds)).values()].filter((a) => a.status === 'screened_in').sort((a, b) => a.id - b.id);
      if (pending.length === 0) throw conflict('REVIEW_CLOSED');
      await assertNoHeldChange(m, pending.map((a) => a.id), 'materials');
      const sheets = await m.findBy(ScoreSheetEntity, { applicationId: In(pending.map((a) => a.id)), kind: 'materials', expertId: In(expertIds), status: 'submitted' });
      const teams = await applicationLabels(m, pending);
      const missing = pending.flatMap((a) => {
        const absent = expertIds.filter((id) => !sheets.some((s) => s.applicationId === a.id && s.expertId === id));
        return absent.length ? [{ applicationId: a.id, teamName: teams.get(a.id)?.teamName ?? '', experts: absent.map((id) => names.get(id) ?? String(id)) }] : [];
      });
      if (missing.length > 0) {
        throw new DomainException('SCORES_MISSING', HttpStatus.CONFLICT, {
          message: `还有 ${missing.length} 个申报未收齐评分：${missing
            .slice(0, 5)
            .map((x) => `${x.teamName}（${x.experts.join('、')}）`)
            .join('；')}`,
          details: { problems: missing.map((x) => ({ code: 'SCORES_MISSING' as const, message: `${x.teamName}：${x.experts.join('、')} 未提交` })) },
        });
      }
      const out: Array<{ applicationId: number; score: number }> = [];
      for (const application of pending) {
        const totals = sheets.filter((s) => s.applicationId === application.id).map((s) => ({ expertId: String(s.expertId), total: s.total! }));
        const aggregated = aggregatePanelScore({ expertIds: expertIds.map(String), totals, policy: campaign.settings.scoring.aggregation });
        await m.insert(ReviewScore, {
          campaignId: campaign.id,
          applicationId: application.id,
          kind: 'materials',
          score: aggregated.score,
          countedExpertIds: aggregated.countedExpertIds,
          droppedExpertIds: aggregated.droppedExpertIds,
          computedAt: now,
        });
        await this.applications.changeStatus(m, principal, application, transition, now);
        out.push({ applicationId: application.id, score: aggregated.score });
      }
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'review.closeMaterials',
        entity: 'panel',
        entityId: panelNo,
        after: { drawId: panel.drawId, panelNo, results: out },
      });
      return out;
    });
    return { panelNo, reviewed: results };
  }

}
