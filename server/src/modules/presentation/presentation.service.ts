import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { aggregatePanelScore, APPLICATION_STATUS_LABEL, assertTransition } from '@cacem/shared';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, forbidden, notFound, unprocessable } from '../../common/domain.exception.js';
import { applicationLabels } from '../application/application-labels.js';
import { Application } from '../application/application.entity.js';
import { ApplicationService } from '../application/application.service.js';
import { Expert } from '../expert/expert.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { type CurrentPanel, PanelService } from '../panel/panel.service.js';
import { ReviewScore } from '../review/review-score.entity.js';
import { panelExpertIds, ReviewService } from '../review/review.service.js';
import { assertNoHeldChange } from '../review/score-change.service.js';
import { ScoreSheetEntity } from '../review/score-sheet.entity.js';
import type { AbsentDto, CreateSessionDto, SessionOrderDto } from './dto/presentation.dto.js';
import { PresentationSession } from './presentation-session.entity.js';
import type { CloseSessionResult, PresentationSession as SessionView, PresentationSessionList, PresentationSlotView } from './presentation.schemas.js';
import { type PresentationSlot as Slot, PresentationSlot, type SlotOutcome } from './presentation-slot.entity.js';

const OUTCOME_LABEL: Record<SlotOutcome, string> = { pending: '待发布', presented: '已发布', absent: '未到场', forfeited: '视同放弃' };

const sessionNotFound = () => notFound('SESSION_NOT_FOUND');

/**
 * 成果发布 (第八条（五）, 第十条（二）): the secretariat schedules sessions — date, venue, the panel that reviewed the
 * teams, and the order they present in; the panel's experts score each presentation live (ReviewService, kind
 * 'presentation'); the leader marks a team that did not come and closes the session: each team scored by every expert
 * gets its presentation score and is 已完成成果发布, a team absent or not scored at all is 视同放弃.
 */
@Injectable()
export class PresentationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
    private readonly campaigns: CampaignService,
    private readonly reviews: ReviewService,
    private readonly panels: PanelService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, dto: CreateSessionDto): Promise<SessionView> {
    if (principal.role !== 'secretariat') throw forbidden();
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const { opens, closes } = campaign.settings.windows.presentations;
    if (Number.isNaN(Date.parse(`${dto.date}T00:00:00Z`)) || dto.date < opens || dto.date > closes) {
      throw unprocessable('FIELD_INVALID', 'date', `发布会日期应在成果发布阶段（${opens} 至 ${closes}）内`);
    }
    const panel = await this.reviews.panelOr404(manager, campaign.id, dto.panelNo);
    const id = await this.dataSource.transaction(async (m) => {
      await this.checkApplications(m, panel, dto.applicationIds, null);
      const session = await m.save(
        m.create(PresentationSession, {
          campaignId: campaign.id,
          title: dto.title,
          date: dto.date,
          venue: dto.venue,
          drawId: panel.drawId,
          panelNo: panel.panelNo,
          status: 'scheduled',
          closedAt: null,
          closedBy: null,
          version: 1,
        }),
      );
      await m.insert(
        PresentationSlot,
        dto.applicationIds.map((applicationId, k) => ({ sessionId: session.id, applicationId, position: k + 1, outcome: 'pending' as const })),
      );
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'presentation.schedule',
        entity: 'presentation_session',
        entityId: session.id,
        after: { title: dto.title, date: dto.date, venue: dto.venue, drawId: panel.drawId, panelNo: panel.panelNo, order: dto.applicationIds },
      });
      return session.id;
    });
    return this.view(manager, await manager.findOneByOrFail(PresentationSession, { id }));
  }

  /** 秘书处: every session of the current campaign, with its teams in order and their outcome. */
  async list(principal: Principal): Promise<PresentationSessionList> {
    if (principal.role !== 'secretariat') throw forbidden();
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const sessions = await manager.find(PresentationSession, { where: { campaignId: campaign.id }, order: { date: 'ASC', id: 'ASC' } });
    const items: SessionView[] = [];
    for (const s of sessions) items.push(await this.view(manager, s));
    return { items };
  }

  /** 专家: the sessions of the panels the expert sits on now. */
  async mine(principal: Principal): Promise<PresentationSessionList> {
    const manager = this.dataSource.manager;
    if (principal.role !== 'expert') throw forbidden('REVIEW_EXPERT_ONLY');
    const expert = await manager.findOneBy(Expert, { userId: principal.userId });
    if (!expert) return { items: [] };
    const campaign = await this.campaigns.current(manager);
    const self = String(expert.id);
    const panels = (await this.panels.currentPanels(manager, campaign.id)).filter((p) => p.leaderId === self || p.memberIds.includes(self));
    const sessions = await manager.find(PresentationSession, { where: { campaignId: campaign.id }, order: { date: 'ASC', id: 'ASC' } });
    const items: SessionView[] = [];
    for (const s of sessions) {
      const panel = panels.find((p) => p.drawId === s.drawId && p.panelNo === s.panelNo);
      if (panel) items.push({ ...(await this.view(manager, s, expert.id)), role: panel.leaderId === self ? 'leader' : 'member' });
    }
    return { items };
  }

  async get(principal: Principal, id: number): Promise<SessionView> {
    const manager = this.dataSource.manager;
    const session = await manager.findOneBy(PresentationSession, { id });
    if (!session) throw sessionNotFound();
    if (principal.role === 'secretariat') return this.view(manager, session);
    const { expertId } = await this.requirePanelExpert(manager, principal, session, false);
    return this.view(manager, session, expertId);
  }

  /** 调整发布顺序: the same teams, another order; only before the session closes. */
  async reorder(principal: Principal, id: number, dto: SessionOrderDto): Promise<SessionView> {
    if (principal.role !== 'secretariat') throw forbidden();
    const manager = this.dataSource.manager;
    await this.dataSource.transaction(async (m) => {
      const session = await this.openSession(m, id);
      const slots = await m.find(PresentationSlot, { where: { sessionId: id }, order: { position: 'ASC' } });
      const current = slots.map((s) => s.applicationId);
      const same = dto.applicationIds.length === current.length && new Set(dto.applicationIds).size === current.length && dto.applicationIds.every((a) => current.includes(a));
      if (!same) throw unprocessable('SESSION_APPLICATIONS_INVALID', 'applicationIds', '新的发布顺序须包含本场全部班组，且每个只出现一次');
      for (const slot of slots) await m.update(PresentationSlot, { id: slot.id }, { position: dto.applicationIds.indexOf(slot.applicationId) + 1 });
      await this.bump(m, session);
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'presentation.reorder',
        entity: 'presentation_session',
        entityId: id,
        before: { order: current },
        after: { order: dto.applicationIds },
      });
    });
    return this.view(manager, await manager.findOneByOrFail(PresentationSession, { id }));
  }

  /** 标记未到场 (or undo it): by the panel's leader or the secretariat, before any expert submitted a score for the team. */
  async markAbsent(principal: Principal, id: number, applicationId: number, dto: AbsentDto): Promise<SessionView> {
    const manager = this.dataSource.manager;
    await this.dataSource.transaction(async (m) => {
      const session = await m.findOneBy(PresentationSession, { id });
      if (!session) throw sessionNotFound();
      // Who may act comes first: an expert not on the panel learns nothing, not even that the session has closed.
      const leader = principal.role === 'secretariat' ? null : (await this.requirePanelExpert(m, principal, session, true)).expert;
      if (session.status === 'closed') throw conflict('SESSION_CLOSED');
      const slot = await m.findOneBy(PresentationSlot, { sessionId: id, applicationId });
      if (!slot) throw notFound('APPLICATION_NOT_FOUND');
      // Whether a team presented decides whether it forfeits: a leader from its own enterprise or recommending unit is
      // refused by name, as on the score sheet (pool data can change after the draw).
      if (leader) await this.reviews.seatFor(m, leader, await m.findOneByOrFail(Application, { id: applicationId }));
      if (dto.absent) {
        const scored = await m.countBy(ScoreSheetEntity, { applicationId, kind: 'presentation', status: 'submitted' });
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
    return this.view(manager, await manager.findOneByOrFail(PresentationSession, { id }));
  }

  /**
   * 闭会: the leader (or the secretariat) closes the session. Refused while a team is partly scored (SCORES_MISSING
   * names the experts). Otherwise, in one transaction: every team scored by the whole panel gets its presentation
   * score (shared aggregatePanelScore) and moves invited → presented; every team marked absent or scored by nobody
   * moves invited → forfeited (视同放弃).
   */
  async close(principal: Principal, id: number): Promise<CloseSessionResult> {
    const manager = this.dataSource.manager;
    const session = await manager.findOneBy(PresentationSession, { id });
    if (!session) throw sessionNotFound();
    const { panel } = principal.role === 'secretariat' ? { panel: await this.panelOf(manager, session) } : await this.requirePanelExpert(manager, principal, session, true);
    if (session.status === 'closed') throw conflict('SESSION_CLOSED');
    const campaign = await this.campaigns.current(manager);
    const now = this.clock.now();
    const role = principal.role === 'secretariat' ? 'secretariat' : 'expert';
    const context = { settings: campaign.settings, now };
    const toPresented = assertTransition('invited', 'presented', role, context);
    const toForfeited = assertTransition('invited', 'forfeited', role, context);
    const expertIds = panelExpertIds(panel);
    const names = await this.reviews.expertNames(manager, expertIds);
    // Read inside the transaction: a score submitted or a team disqualified meanwhile counts.
    const outcome = await this.dataSource.transaction(async (m) => {
      const slots = await m.find(PresentationSlot, { where: { sessionId: id }, order: { position: 'ASC' } });
      const applications = new Map((await m.findBy(Application, { id: In(slots.map((s) => s.applicationId)) })).map((a) => [a.id, a]));
      const sheets = await m.findBy(ScoreSheetEntity, { applicationId: In(slots.map((s) => s.applicationId)), kind: 'presentation', status: 'submitted', expertId: In(expertIds) });
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
          await m.insert(ReviewScore, {
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
    return { ...outcome, session: await this.view(manager, await manager.findOneByOrFail(PresentationSession, { id })) };
  }

  /** Each application must be invited, reviewed by this panel, listed once, and in no other session. */
  private async checkApplications(manager: EntityManager, panel: CurrentPanel, ids: number[], sessionId: number | null) {
    const problems: string[] = [];
    if (new Set(ids).size !== ids.length) problems.push('同一班组在发布顺序中出现了多次');
    const applications = new Map((await manager.findBy(Application, { id: In(ids) })).map((a) => [a.id, a]));
    const taken = await manager.findBy(PresentationSlot, { applicationId: In(ids) });
    const teams = await applicationLabels(manager, [...applications.values()]);
    for (const id of new Set(ids)) {
      const a = applications.get(id);
      const name = teams.get(id)?.teamName ?? `申报 ${id}`;
      if (!a) problems.push(`申报 ${id} 不存在`);
      else if (!panel.applicationIds.includes(String(id))) problems.push(`${name} 不是第 ${panel.panelNo} 专家组评审的申报`);
      else if (a.status !== 'invited') problems.push(`${name} 当前为「${APPLICATION_STATUS_LABEL[a.status]}」，不是受邀班组`);
      else if (taken.some((s) => s.applicationId === id && s.sessionId !== sessionId)) problems.push(`${name} 已安排在其他场次`);
    }
    if (problems.length > 0) {
      throw new DomainException('SESSION_APPLICATIONS_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, {
        field: 'applicationIds',
        details: { problems: problems.map((message) => ({ code: 'SESSION_APPLICATIONS_INVALID' as const, message })) },
      });
    }
  }

  private async openSession(manager: EntityManager, id: number): Promise<PresentationSession> {
    const session = await manager.findOneBy(PresentationSession, { id });
    if (!session) throw sessionNotFound();
    if (session.status === 'closed') throw conflict('SESSION_CLOSED');
    return session;
  }

  private async bump(manager: EntityManager, session: PresentationSession) {
    const result = await manager.update(PresentationSession, { id: session.id, version: session.version }, { version: session.version + 1 });
    if (!result.affected) throw conflict('CONFLICT');
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
  private async requirePanelExpert(manager: EntityManager, principal: Principal, session: PresentationSession, leader: boolean) {
    // An expert account not in the pool sits on no panel: the session is as unknown to it as to any other.
    const expert = principal.role === 'expert' ? await manager.findOneBy(Expert, { userId: principal.userId }) : null;
    if (!expert) throw sessionNotFound();
    const panel = await this.panelOf(manager, session).catch(() => null);
    const self = String(expert.id);
    if (!panel || (panel.leaderId !== self && !panel.memberIds.includes(self))) throw sessionNotFound();
    if (leader && panel.leaderId !== self) throw forbidden('REVIEW_LEADER_ONLY');
    return { expert, expertId: expert.id, panel };
  }

  private async view(manager: EntityManager, session: PresentationSession, expertId?: number): Promise<SessionView> {
    const slots: Slot[] = await manager.find(PresentationSlot, { where: { sessionId: session.id }, order: { position: 'ASC' } });
    const ids = slots.map((s) => s.applicationId);
    const applications = ids.length ? await manager.findBy(Application, { id: In(ids) }) : [];
    const teams = await applicationLabels(manager, applications);
    const sheets = ids.length ? await manager.findBy(ScoreSheetEntity, { applicationId: In(ids), kind: 'presentation' }) : [];
    const scores = ids.length ? await manager.findBy(ReviewScore, { applicationId: In(ids), kind: 'presentation' }) : [];
    return {
      id: session.id,
      title: session.title,
      date: session.date,
      venue: session.venue,
      drawId: session.drawId,
      panelNo: session.panelNo,
      status: session.status,
      statusLabel: session.status === 'closed' ? '已闭会' : '待发布',
      closedAt: session.closedAt,
      version: session.version,
      slots: slots.map((s): PresentationSlotView => {
        const own = expertId === undefined ? undefined : sheets.find((x) => x.applicationId === s.applicationId && x.expertId === expertId);
        return {
          position: s.position,
          applicationId: s.applicationId,
          teamName: teams.get(s.applicationId)?.teamName ?? '',
          enterpriseName: teams.get(s.applicationId)?.enterpriseName ?? '',
          status: applications.find((a) => a.id === s.applicationId)?.status ?? null,
          outcome: s.outcome,
          outcomeLabel: OUTCOME_LABEL[s.outcome],
          submittedCount: sheets.filter((x) => x.applicationId === s.applicationId && x.status === 'submitted').length,
          score: scores.find((x) => x.applicationId === s.applicationId)?.score ?? null,
          ...(expertId === undefined ? {} : { mySheet: own ? { status: own.status, total: own.status === 'submitted' ? own.total : null } : { status: 'none', total: null } }),
        };
      }),
    };
  }
}
