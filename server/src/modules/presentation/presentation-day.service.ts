import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { aggregatePanelScore, assertTransition } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, forbidden, notFound } from '../../common/domain.exception.js';
import { applicationById, applicationLabels, ApplicationService, applicationsById } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, holds, type Principal, requireAccess, type StaffPrincipal } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { type CurrentPanel, PanelService } from '../panel/index.js';
import { assertNoHeldChange, countSubmittedSheets, insertPanelScore, panelExpertIds, ReviewSeats, sitsOn, submittedSheetsOf } from '../review/index.js';
import type { AbsentDto } from './dto/presentation.dto.js';
import { PresentationSession } from './presentation-session.entity.js';
import { sessionView } from './presentation-session.view.js';
import type { CloseSessionResult, PresentationSession as SessionView, PresentationSessionList } from './presentation.schemas.js';
import { PresentationSlot, type SlotOutcome } from './presentation-slot.entity.js';
import { sessionNotFound } from './presentation.service.js';

/**
 * 成果发布 on the day (第八条（五）, 第十条（二）): the panel's experts see their sessions and score each presentation live
 * (ReviewService, kind 'presentation'); the leader (or the secretariat) marks a team that did not come and closes the
 * session: each team scored by every expert gets its presentation score and is 已完成成果发布, a team absent or not
 * scored at all is 视同放弃. Scheduling the sessions is PresentationService's.
 */
@Injectable()
export class PresentationDayService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
    private readonly campaigns: CampaignService,
    private readonly seats: ReviewSeats,
    private readonly panels: PanelService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** 专家: the sessions of the panels the expert sits on now. */
  async mine(principal: Principal): Promise<PresentationSessionList> {
    const reviewer = requireAccess(principal, 'review.score');
    const manager = this.dataSource.manager;
    const expert = await this.seats.findExpert(manager, reviewer);
    if (!expert) return { items: [] };
    const campaign = await this.campaigns.current(manager);
    const self = String(expert.id);
    const panels = await this.seats.panelsOf(manager, campaign.id, expert);
    const sessions = await manager.find(PresentationSession, { where: { campaignId: campaign.id }, order: { date: 'ASC', id: 'ASC' } });
    const items: SessionView[] = [];
    for (const s of sessions) {
      const panel = panels.find((p) => p.drawId === s.drawId && p.panelNo === s.panelNo);
      if (panel) items.push({ ...(await sessionView(manager, s, expert.id)), role: panel.leaderId === self ? 'leader' : 'member' });
    }
    return { items };
  }

  /** One session: the secretariat reads any; an expert only one of their panel's, with the state of their own sheets. */
  async get(principal: Principal, id: number): Promise<SessionView> {
    const reader = requireAccess(principal, 'review.read');
    const manager = this.dataSource.manager;
    const session = await manager.findOneBy(PresentationSession, { id });
    if (!session) throw sessionNotFound();
    if (holds(reader, 'sessions.manage')) return sessionView(manager, session);
    const { expertId } = await this.requirePanelExpert(manager, reader, session, false);
    return sessionView(manager, session, expertId);
  }

  /** 标记未到场 (or undo it): by the panel's leader or the secretariat, before any expert submitted a score for the team. */
  async markAbsent(principal: Principal, id: number, applicationId: number, dto: AbsentDto): Promise<SessionView> {
    const lead = requireAccess(principal, 'review.lead');
    const manager = this.dataSource.manager;
    await this.dataSource.transaction(async (m) => {
      const session = await m.findOneBy(PresentationSession, { id });
      if (!session) throw sessionNotFound();
      // Who may act comes first: an expert not on the panel learns nothing, not even that the session has closed.
      const leader = holds(lead, 'sessions.manage') ? null : (await this.requirePanelExpert(m, lead, session, true)).expert;
      if (session.status === 'closed') throw conflict('SESSION_CLOSED');
      const slot = await m.findOneBy(PresentationSlot, { sessionId: id, applicationId });
      if (!slot) throw notFound('APPLICATION_NOT_FOUND');
      // Whether a team presented decides whether it forfeits: a leader from its own enterprise or recommending unit is
      // refused by name, as on the score sheet (pool data can change after the draw).
      if (leader) await this.seats.seatFor(m, leader, await applicationById(m, applicationId));
      if (dto.absent) {
        const scored = await countSubmittedSheets(m, applicationId, 'presentation');
        if (scored > 0) throw conflict('SESSION_HAS_SCORES');
      }
      const outcome: SlotOutcome = dto.absent ? 'absent' : 'pending';
      if (slot.outcome === outcome) return;
      await m.update(PresentationSlot, { id: slot.id }, { outcome });
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: dto.absent ? 'presentation.markAbsent' : 'presentation.unmarkAbsent',
        entity: 'application',
        entityId: applicationId,
        before: { outcome: slot.outcome },
        after: { outcome, sessionId: id },
      });
    });
    return sessionView(manager, await manager.findOneByOrFail(PresentationSession, { id }));
  }

  /**
   * 闭会: the leader (or the secretariat) closes the session. Refused while a team is partly scored (SCORES_MISSING
   * names the experts). Otherwise, in one transaction: every team scored by the whole panel gets its presentation
   * score (shared aggregatePanelScore) and moves invited → presented; every team marked absent or scored by nobody
   * moves invited → forfeited (视同放弃).
   */
  async close(principal: Principal, id: number): Promise<CloseSessionResult> {
    const lead = requireAccess(principal, 'review.lead');
    const manager = this.dataSource.manager;
    const session = await manager.findOneBy(PresentationSession, { id });
    if (!session) throw sessionNotFound();
    const secretariat = holds(lead, 'sessions.manage');
    const { panel } = secretariat ? { panel: await this.panelOf(manager, session) } : await this.requirePanelExpert(manager, lead, session, true);
    if (session.status === 'closed') throw conflict('SESSION_CLOSED');
    const campaign = await this.campaigns.current(manager);
    const now = this.clock.now();
    const role = secretariat ? 'secretariat' : 'expert';
    const context = { settings: campaign.settings, now };
    const toPresented = assertTransition('invited', 'presented', role, context);
    const toForfeited = assertTransition('invited', 'forfeited', role, context);
    const expertIds = panelExpertIds(panel);
    const names = await this.seats.expertNames(manager, expertIds);
    // Read inside the transaction: a score submitted or a team disqualified meanwhile counts.
    const outcome = await this.dataSource.transaction(async (m) => {
      const slots = await m.find(PresentationSlot, { where: { sessionId: id }, order: { position: 'ASC' } });
      const applications = await applicationsById(m, slots.map((s) => s.applicationId));
      const sheets = await submittedSheetsOf(m, slots.map((s) => s.applicationId), 'presentation', expertIds);
      const teams = await applicationLabels(m, [...applications.values()]);
      // Teams no longer invited (e.g. disqualified meanwhile) are left as they are.
      const live = slots.filter((s) => applications.get(s.applicationId)?.status === 'invited');
      await assertNoHeldChange(m, live.map((s) => s.applicationId), 'presentation');
      const partial = live.filter((s) => {
        const n = sheets.filter((x) => x.applicationId === s.applicationId).length;
        return s.outcome !== 'absent' && n > 0 && n < expertIds.length;
      });
      if (partial.length > 0) {
        const lines = partial.map((s) => {
          const missing = expertIds.filter((e) => !sheets.some((x) => x.applicationId === s.applicationId && x.expertId === e));
          return `${teams.get(s.applicationId)?.teamName ?? s.applicationId}：${missing.map((e) => names.get(e) ?? e).join('、')} 未提交`;
        });
        throw new DomainException('SCORES_MISSING', HttpStatus.CONFLICT, {
          message: `还有 ${partial.length} 个班组未收齐发布评分：${lines.slice(0, 5).join('；')}`,
          details: { problems: lines.map((message) => ({ code: 'SCORES_MISSING' as const, message })) },
        });
      }
      const closed = await m.update(PresentationSession, { id, version: session.version, status: 'scheduled' }, { status: 'closed', closedAt: now, closedBy: actorOf(principal), version: session.version + 1 });
      if (!closed.affected) throw conflict('CONFLICT');
      const presented: Array<{ applicationId: number; score: number }> = [];
      const forfeited: number[] = [];
      for (const slot of live) {
        const application = applications.get(slot.applicationId)!;
        const own = sheets.filter((x) => x.applicationId === slot.applicationId);
        if (slot.outcome !== 'absent' && own.length === expertIds.length) {
          const aggregated = aggregatePanelScore({
            expertIds: expertIds.map(String),
            totals: own.map((x) => ({ expertId: String(x.expertId), total: x.total! })),
            policy: campaign.settings.scoring.aggregation,
          });
          await insertPanelScore(m, {
            campaignId: campaign.id,
            applicationId: slot.applicationId,
            kind: 'presentation',
            score: aggregated.score,
            countedExpertIds: aggregated.countedExpertIds,
            droppedExpertIds: aggregated.droppedExpertIds,
            computedAt: now,
          });
          await m.update(PresentationSlot, { id: slot.id }, { outcome: 'presented' });
          await this.applications.changeStatus(m, principal, application, toPresented, now);
          presented.push({ applicationId: slot.applicationId, score: aggregated.score });
        } else {
          await m.update(PresentationSlot, { id: slot.id }, { outcome: 'forfeited' });
          await this.applications.changeStatus(m, principal, application, toForfeited, now, {}, slot.outcome === 'absent' ? '未到场参加成果发布，视同放弃' : '未参加成果发布，视同放弃');
          forfeited.push(slot.applicationId);
        }
      }
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'presentation.close',
        entity: 'presentation_session',
        entityId: id,
        before: { status: 'scheduled' },
        after: { status: 'closed', presented, forfeited },
      });
      return { presented, forfeited };
    });
    return { ...outcome, session: await sessionView(manager, await manager.findOneByOrFail(PresentationSession, { id })) };
  }

  private async panelOf(manager: EntityManager, session: PresentationSession): Promise<CurrentPanel> {
    const panel = (await this.panels.currentPanels(manager, session.campaignId)).find((p) => p.drawId === session.drawId && p.panelNo === session.panelNo);
    if (!panel) throw notFound('PANEL_NOT_FOUND');
    return panel;
  }

  /**
   * The calling expert must sit on the session's panel (as its leader when `leader`); to an expert not on it the session
   * is one that does not exist.
   */
  private async requirePanelExpert(manager: EntityManager, expertLogin: StaffPrincipal, session: PresentationSession, leader: boolean) {
    // An expert account not in the pool sits on no panel: the session is as unknown to it as to any other.
    const expert = await this.seats.findExpert(manager, expertLogin);
    if (!expert) throw sessionNotFound();
    const panel = await this.panelOf(manager, session).catch(() => null);
    if (!panel || !sitsOn(panel, expert)) throw sessionNotFound();
    if (leader && panel.leaderId !== String(expert.id)) throw forbidden('REVIEW_LEADER_ONLY');
    return { expert, expertId: expert.id, panel };
  }
}
