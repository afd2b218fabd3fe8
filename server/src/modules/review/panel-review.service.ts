import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { aggregatePanelScore, assertTransition } from '@cacem/shared';
import { type DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, forbidden, notFound } from '../../common/domain.exception.js';
import { applicationLabels } from '../application/application-labels.js';
import { Application } from '../application/application.entity.js';
import { ApplicationService } from '../application/application.service.js';
import { AuditService } from '../audit/audit.service.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Expert } from '../expert/expert.entity.js';
import { NotificationService } from '../notification/notification.service.js';
import { PanelService } from '../panel/panel.service.js';
import { PresentationSlot } from '../presentation/presentation-slot.entity.js';
import type { ReturnSheetDto } from './dto/review.dto.js';
import { ReviewScore } from './review-score.entity.js';
import { panelExpertIds, ReviewService, SCORE_KIND_LABEL, type SheetView, sheetView, spreadOf } from './review.service.js';
import type { CloseMaterialsResult, PanelProgress, PanelProgressItem, PanelSheets, ReviewOverview } from './review-panel.schemas.js';
import { ScoreChange } from './score-change.entity.js';
import { assertNoHeldChange, OPEN_CHANGE_STATUSES, ScoreChangeService } from './score-change.service.js';
import { type ScoreKind, ScoreSheetEntity } from './score-sheet.entity.js';

/**
 * A panel's sheets seen whole (第八条（四）, 第九条): an expert who has submitted sees their colleagues' sheets of the
 * application; the leader follows the panel's progress, sees the spread once everyone has submitted, returns a sheet
 * for correction with a reason, and closes the materials review, which aggregates each application's panel score
 * (shared aggregatePanelScore) and moves it on; the secretariat sees every panel at a glance. Who sits where and whether
 * a part is open are ReviewService's checks, used here as they are for scoring.
 */
@Injectable()
export class PanelReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reviews: ReviewService,
    private readonly applications: ApplicationService,
    private readonly campaigns: CampaignService,
    private readonly panels: PanelService,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly changes: ScoreChangeService,
    private readonly clock: Clock,
  ) {}

  /**
   * The panel's sheets of one application, for an expert who has submitted their own (blind until then). Each
   * colleague's status, and totals and items of the submitted ones.
   */
  async panelSheets(principal: Principal, applicationId: number, kind: ScoreKind): Promise<PanelSheets> {
    const manager = this.dataSource.manager;
    const expert = await this.reviews.expertOf(manager, principal);
    const application = await this.reviews.applicationOr404(manager, applicationId);
    const seat = await this.reviews.seatFor(manager, expert, application);
    const own = await manager.findOneBy(ScoreSheetEntity, { applicationId, expertId: expert.id, kind });
    if (own?.status !== 'submitted') throw forbidden('REVIEW_SCORES_HIDDEN');
    if (own.colleaguesSeenAt === null) await this.recordColleaguesSeen(principal, own);
    const expertIds = panelExpertIds(seat.panel);
    const sheets = await manager.findBy(ScoreSheetEntity, { applicationId, kind, expertId: In(expertIds) });
    const names = await this.reviews.expertNames(manager, expertIds);
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
  private async recordColleaguesSeen(principal: Principal, own: ScoreSheetEntity): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const first = await m.update(ScoreSheetEntity, { id: own.id, colleaguesSeenAt: IsNull() }, { colleaguesSeenAt: now });
      if (!first.affected) return;
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: `review.colleaguesSeen.${own.kind}`,
        entity: 'score_sheet',
        entityId: own.id,
        after: { applicationId: own.applicationId, expertId: own.expertId, kind: own.kind, seenAt: now.toISOString(), ownTotal: own.total },
      });
    });
  }

  /**
   * 组长: the panel's progress on one part — who has submitted which application; totals and the spread of an
   * application only once every expert of the panel has submitted it. The secretariat may read it too.
   */
  async progress(principal: Principal, panelNo: number, kind: ScoreKind): Promise<PanelProgress> {
    const manager = this.dataSource.manager;
    const { panel } = await this.leadersPanel(manager, principal, panelNo);
    const expertIds = panelExpertIds(panel);
    const names = await this.reviews.expertNames(manager, expertIds);
    const appIds = panel.applicationIds.map(Number);
    const applications = appIds.length ? await manager.findBy(Application, { id: In(appIds) }) : [];
    const teams = await applicationLabels(manager, applications);
    const sheets = appIds.length ? await manager.findBy(ScoreSheetEntity, { applicationId: In(appIds), kind, expertId: In(expertIds) }) : [];
    const scores = appIds.length ? await manager.findBy(ReviewScore, { applicationId: In(appIds), kind }) : [];
    const slots = kind === 'presentation' && appIds.length ? await manager.findBy(PresentationSlot, { applicationId: In(appIds) }) : [];
    const changes = await this.changes.viewsFor(manager, appIds, kind, OPEN_CHANGE_STATUSES);
    const items = applications
      .sort((a, b) => appIds.indexOf(a.id) - appIds.indexOf(b.id))
      .map((application): PanelProgressItem => {
        const own = sheets.filter((s) => s.applicationId === application.id);
        const submitted = own.filter((s) => s.status === 'submitted');
        const everyone = submitted.length === expertIds.length;
        const score = scores.find((s) => s.applicationId === application.id);
        return {
          applicationId: application.id,
          teamName: teams.get(application.id)?.teamName ?? '',
          status: application.status,
          expertCount: expertIds.length,
          submittedCount: submitted.length,
          outcome: slots.find((s) => s.applicationId === application.id)?.outcome ?? null,
          sheets: expertIds.map((id) => {
            const s = own.find((x) => x.expertId === id);
            return {
              expertId: id,
              expertName: names.get(id) ?? '',
              status: s?.status ?? 'none',
              total: everyone ? (s?.total ?? null) : null,
              returnReason: s?.status === 'returned' ? s.returnReason : null,
              // A correction held for the secretariat, before → after per item and in total.
              change: changes.find((c) => c.applicationId === application.id && c.expertId === id) ?? null,
            };
          }),
          spread: everyone ? spreadOf(submitted.map((s) => s.total!)) : null,
          score: score ? { score: score.score, droppedExpertIds: score.droppedExpertIds.map(Number) } : null,
        };
      });
    const expected = kind === 'materials' ? applications.filter((a) => a.status !== 'disqualified') : applications.filter((a) => slots.some((s) => s.applicationId === a.id));
    return {
      panelNo,
      kind,
      kindLabel: SCORE_KIND_LABEL[kind],
      leader: { id: Number(panel.leaderId), name: names.get(Number(panel.leaderId)) ?? '' },
      experts: expertIds.map((id) => ({ id, name: names.get(id) ?? '', role: String(id) === panel.leaderId ? 'leader' : 'member' })),
      submittedSheets: sheets.filter((s) => s.status === 'submitted').length,
      expectedSheets: expected.length * expertIds.length,
      closed: kind === 'materials' && applications.length > 0 && applications.every((a) => a.status !== 'screened_in'),
      items,
    };
  }

  /** 组长退回评分: a submitted sheet goes back to its expert for correction, with a reason; audited. */
  async returnSheet(principal: Principal, applicationId: number, kind: ScoreKind, expertId: number, dto: ReturnSheetDto): Promise<SheetView> {
    const manager = this.dataSource.manager;
    const leader = await this.reviews.expertOf(manager, principal);
    const application = await this.reviews.applicationOr404(manager, applicationId);
    const seat = await this.reviews.seatFor(manager, leader, application);
    if (seat.role !== 'leader') throw forbidden('REVIEW_LEADER_ONLY');
    if (!panelExpertIds(seat.panel).includes(expertId)) throw notFound('EXPERT_NOT_FOUND');
    // Returning one's own sheet would let a leader who has read every colleague's sheet re-score at will.
    if (expertId === leader.id) throw forbidden('REVIEW_RETURN_OWN_SHEET');
    const campaign = await manager.findOneByOrFail(Campaign, { id: application.campaignId });
    await this.reviews.assertOpen(manager, campaign, application, kind, seat, 'REVIEW_CLOSED');
    const now = this.clock.now();
    const returned = await this.dataSource.transaction(async (m) => {
      const sheet = await m.findOneBy(ScoreSheetEntity, { applicationId, expertId, kind });
      if (sheet?.status !== 'submitted') throw conflict('REVIEW_NOT_SUBMITTED');
      if ((await m.countBy(ScoreChange, { sheetId: sheet.id, status: In(OPEN_CHANGE_STATUSES) })) > 0) throw conflict('REVIEW_CHANGE_PENDING');
      // An expert who has read colleagues' sheets corrects under the secretariat's eye: the correction will be held.
      if (sheet.colleaguesSeenAt !== null) {
        await m.insert(ScoreChange, {
          campaignId: sheet.campaignId,
          sheetId: sheet.id,
          applicationId,
          expertId,
          kind,
          panelNo: sheet.panelNo,
          status: 'returned',
          beforeScores: sheet.scores,
          beforeTotal: sheet.total!,
          beforeComments: sheet.comments,
          beforeOverallComment: sheet.overallComment,
          afterScores: null,
          afterTotal: null,
          afterComments: null,
          afterOverallComment: null,
          returnReason: dto.reason,
          returnedAt: now,
          resubmittedAt: null,
          decidedAt: null,
          decidedBy: null,
          decisionNote: null,
          version: 1,
        });
      }
      const result = await m.update(
        ScoreSheetEntity,
        { id: sheet.id, version: sheet.version },
        { status: 'returned', returnReason: dto.reason, returnedAt: now, submittedAt: null, total: null, version: sheet.version + 1, updatedAt: now },
      );
      if (!result.affected) throw conflict('CONFLICT');
      // The expert reads why in their inbox as well as on the sheet.
      const returnedTo = await m.findOneBy(Expert, { id: expertId });
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
    const manager = this.dataSource.manager;
    const { campaign, panel } = await this.leadersPanel(manager, principal, panelNo);
    const now = this.clock.now();
    const context = { settings: campaign.settings, now };
    // The platform moves the application; the leader's (or secretariat's) request is what it records as the actor.
    const transition = assertTransition('screened_in', 'reviewed', principal.role === 'secretariat' ? 'secretariat' : 'system', context);
    const expertIds = panelExpertIds(panel);
    const appIds = panel.applicationIds.map(Number);
    const names = await this.reviews.expertNames(manager, expertIds);
    // Everything is read again inside the transaction, so a sheet returned or a team disqualified meanwhile counts.
    const results = await this.dataSource.transaction(async (m) => {
      const pending = (await m.findBy(Application, { id: In(appIds), status: 'screened_in' })).sort((a, b) => a.id - b.id);
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

  /** 秘书处: every panel's progress on one part at a glance. */
  async overview(principal: Principal, kind: ScoreKind): Promise<ReviewOverview> {
    if (principal.role !== 'secretariat') throw forbidden();
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const panels = await this.panels.currentPanels(manager, campaign.id);
    if (panels.length === 0) return { kind, panels: [] };
    const allExpertIds = [...new Set(panels.flatMap(panelExpertIds))];
    const names = await this.reviews.expertNames(manager, allExpertIds);
    const appIds = panels.flatMap((p) => p.applicationIds.map(Number));
    const applications = await manager.findBy(Application, { id: In(appIds) });
    const sheets = await manager.find(ScoreSheetEntity, { where: { applicationId: In(appIds), kind, status: Not('void') }, select: { applicationId: true, expertId: true, status: true } });
    const slots = kind === 'presentation' ? await manager.findBy(PresentationSlot, { applicationId: In(appIds) }) : [];
    const changes = await this.changes.viewsFor(manager, appIds, kind);
    return {
      kind,
      panels: panels.map((p) => {
        const ids = panelExpertIds(p);
        const apps = applications.filter((a) => p.applicationIds.includes(String(a.id)));
        const scored = kind === 'materials' ? apps.filter((a) => a.status !== 'disqualified') : apps.filter((a) => slots.some((s) => s.applicationId === a.id));
        const submitted = sheets.filter((s) => s.status === 'submitted' && ids.includes(s.expertId) && scored.some((a) => a.id === s.applicationId)).length;
        return {
          panelNo: p.panelNo,
          leader: names.get(Number(p.leaderId)) ?? '',
          expertCount: ids.length,
          applicationCount: scored.length,
          submittedSheets: submitted,
          expectedSheets: scored.length * ids.length,
          returnedSheets: sheets.filter((s) => s.status === 'returned' && ids.includes(s.expertId)).length,
          closedApplications: kind === 'materials' ? apps.filter((a) => a.status !== 'screened_in').length : scored.filter((a) => a.status !== 'invited').length,
          // Corrections by experts who had read colleagues' sheets, before → after: pending ones await the secretariat.
          pendingChanges: changes.filter((c) => c.panelNo === p.panelNo && c.status === 'pending').length,
          changes: changes.filter((c) => c.panelNo === p.panelNo),
        };
      }),
    };
  }

  /**
   * The current campaign's panel `panelNo`, for its leader or the secretariat. A member of the panel is refused
   * (REVIEW_LEADER_ONLY); an expert not on it is answered as for a panel that does not exist.
   */
  private async leadersPanel(manager: EntityManager, principal: Principal, panelNo: number) {
    const campaign = await this.campaigns.current(manager);
    const expert = principal.role === 'secretariat' ? null : await this.reviews.expertOf(manager, principal);
    const panel = await this.reviews.panelOr404(manager, campaign.id, panelNo);
    if (expert) {
      const self = String(expert.id);
      if (!panel.memberIds.includes(self) && panel.leaderId !== self) throw notFound('PANEL_NOT_FOUND');
      if (panel.leaderId !== self) throw forbidden('REVIEW_LEADER_ONLY');
    }
    return { campaign, panel };
  }
}
