import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATION_STATUS_LABEL } from '@cacem/shared';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { conflict, DomainException, notFound, unprocessable } from '../../common/domain.exception.js';
import { applicationLabels, applicationsById } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import type { CurrentPanel } from '../panel/index.js';
import { ReviewSeats } from '../review/index.js';
import type { CreateSessionDto, SessionOrderDto } from './dto/presentation.dto.js';
import { PresentationSession } from './presentation-session.entity.js';
import { sessionView } from './presentation-session.view.js';
import type { PresentationSession as SessionView, PresentationSessionList } from './presentation.schemas.js';
import { PresentationSlot } from './presentation-slot.entity.js';

export const sessionNotFound = () => notFound('SESSION_NOT_FOUND');

/**
 * 成果发布 (第八条（五）, 第十条（二）): the secretariat schedules sessions — date, venue, the panel that reviewed the
 * teams, and the order they present in — and may reorder them until the session closes. What happens on the day (the
 * experts score live, the leader marks absences and closes the session) is PresentationDayService's.
 */
@Injectable()
export class PresentationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly seats: ReviewSeats,
    private readonly audit: AuditService,
  ) {}

  async create(principal: Principal, dto: CreateSessionDto): Promise<SessionView> {
    requireAccess(principal, 'sessions.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const { opens, closes } = campaign.settings.windows.presentations;
    if (Number.isNaN(Date.parse(`${dto.date}T00:00:00Z`)) || dto.date < opens || dto.date > closes) {
      throw unprocessable('FIELD_INVALID', 'date', `发布会日期应在成果发布阶段（${opens} 至 ${closes}）内`);
    }
    const panel = await this.seats.panelOr404(manager, campaign.id, dto.panelNo);
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
    return sessionView(manager, await manager.findOneByOrFail(PresentationSession, { id }));
  }

  /** 秘书处: every session of the current campaign, with its teams in order and their outcome. */
  async list(principal: Principal): Promise<PresentationSessionList> {
    requireAccess(principal, 'sessions.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const sessions = await manager.find(PresentationSession, { where: { campaignId: campaign.id }, order: { date: 'ASC', id: 'ASC' } });
    const items: SessionView[] = [];
    for (const s of sessions) items.push(await sessionView(manager, s));
    return { items };
  }

  /** 调整发布顺序: the same teams, another order; only before the session closes. */
  async reorder(principal: Principal, id: number, dto: SessionOrderDto): Promise<SessionView> {
    requireAccess(principal, 'sessions.manage');
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
    return sessionView(manager, await manager.findOneByOrFail(PresentationSession, { id }));
  }

  /** Each application must be invited, reviewed by this panel, listed once, and in no other session. */
  private async checkApplications(manager: EntityManager, panel: CurrentPanel, ids: number[], sessionId: number | null) {
    const problems: string[] = [];
    if (new Set(ids).size !== ids.length) problems.push('同一班组在发布顺序中出现了多次');
    const applications = await applicationsById(manager, ids);
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
}
