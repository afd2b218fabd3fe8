import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DrawApplication, drawReplacement, isDrawableExpert, toDrawExpert } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, notFound } from '../../common/domain.exception.js';
import { deactivateExpertAccount } from '../account/index.js';
import { applicationLabels, applicationsById } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { NotificationService } from '../notification/index.js';
import { allExperts, type Expert, expertById, findExpert, markExpertRemoved } from '../expert/index.js';
import { findPublication } from '../invitation/index.js';
import { type CurrentPanel, insertReplacement, PanelService, replacementCount } from '../panel/index.js';
import { sessionsById, slotsOfApplications } from '../presentation/index.js';
import { liveSheetsOfExpert, type ScoreSheetEntity, voidScoreSheet } from '../review/index.js';
import type { RemoveExpertDto } from './dto/discipline.dto.js';
import { KeptSheetDecision } from './kept-sheet-decision.entity.js';
import type { KeptSheetSnapshot as KeptSheetView, RemovalResult, ReplacementView } from './discipline.schemas.js';

const ROLE_LABEL = { leader: '组长', member: '组员' } as const;

/** Application statuses in which a panel still has work: materials to score, invitations to await, a presentation. */
const PANEL_WORK = new Set(['screened_in', 'reviewed', 'invited']);

/**
 * 取消专家资格 (第十六条): an expert who broke the rules leaves the pool and loses their login; the record stays. If they
 * sit in a panel of the current campaign's latest draw that still has work, a replacement is drawn reproducibly (shared
 * drawReplacement, seed `${draw.seed}#replacement-${k}`) into their place and role. Only their sheets of stages still
 * open become void: a sheet of a closed stage (materials review closed, session closed, results published) stays, and
 * no replacement is drawn into a panel whose work is done — the scores already used are not undone as a side effect.
 */
@Injectable()
export class ExpertRemovalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly panels: PanelService,
    private readonly campaigns: CampaignService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async remove(principal: Principal, id: number, dto: RemoveExpertDto): Promise<RemovalResult> {
    requireAccess(principal, 'discipline.manage');
    const actor = actorOf(principal);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const expert = await findExpert(manager, id);
      if (!expert) throw notFound('EXPERT_NOT_FOUND');
      if (expert.removedAt !== null) throw conflict('EXPERT_ALREADY_REMOVED');
      if (!(await markExpertRemoved(manager, id, now, dto.reason))) throw conflict('EXPERT_ALREADY_REMOVED');
      // The login stops working with the qualification (AuthService refuses an inactive account).
      if (expert.userId !== null) await deactivateExpertAccount(manager, expert.userId);
      await this.audit.record(manager, {
        actor,
        action: 'expert.remove',
        entity: 'expert',
        entityId: id,
        before: { active: expert.active, removedAt: null },
        after: { active: false, removedAt: now.toISOString(), removalReason: dto.reason, userId: expert.userId },
      });
      const replacement = await this.replace(manager, principal, expert, dto.reason, now);
      const removed = await expertById(manager, id);
      return {
        expert: { id, name: removed.name, active: removed.active, removedAt: removed.removedAt, removalReason: removed.removalReason },
        replacement: replacement?.view ?? null,
        voidedSheetIds: replacement?.voidedSheetIds ?? [],
        panelClosed: replacement?.panelClosed ?? false,
        keptSheets: replacement?.keptSheets ?? [],
      };
    });
  }

  /** The replacement draw in the current campaign's latest draw, when the expert sits in one of its panels. */
  private async replace(
    manager: EntityManager,
    principal: Principal,
    expert: Expert,
    reason: string,
    now: Date,
  ): Promise<{ view: ReplacementView | null; voidedSheetIds: number[]; panelClosed: boolean; keptSheets: KeptSheetView[] } | null> {
    const campaign = await this.campaigns.current(manager);
    const draw = await this.panels.latestDraw(manager, campaign.id);
    if (!draw) return null;
    const current = await this.panels.currentPanels(manager, campaign.id);
    const self = String(expert.id);
    const panel = current.find((p) => p.leaderId === self || p.memberIds.includes(self));
    if (!panel) return null;
    const role = panel.leaderId === self ? 'leader' : 'member';
    const actor = actorOf(principal);

    // Which of the expert's sheets belong to a stage still open, and whether the panel has any work left.
    const published = (await findPublication(manager, campaign.id, 'results')) !== null;
    const statuses = await applicationsById(manager, panel.applicationIds.map(Number));
    const panelClosed = published || ![...statuses.values()].some((a) => PANEL_WORK.has(a.status));
    const sheets = await liveSheetsOfExpert(manager, expert.id, draw.id);
    const slots = await slotsOfApplications(manager, sheets.map((x) => x.applicationId));
    const sessions = await sessionsById(manager, slots.map((x) => x.sessionId));
    const stageOpen = (sheet: ScoreSheetEntity): boolean => {
      if (published) return false;
      const status = statuses.get(sheet.applicationId)?.status;
      if (sheet.kind === 'materials') return status === 'screened_in';
      const slot = slots.find((x) => x.applicationId === sheet.applicationId);
      return status === 'invited' && (slot ? sessions.get(slot.sessionId) : undefined)?.status !== 'closed';
    };
    const open = sheets.filter(stageOpen);
    const kept = sheets.filter((x) => !stageOpen(x));
    const teams = await applicationLabels(manager, [...statuses.values()]);
    const keptSheets: KeptSheetView[] = kept.map((x) => ({
      sheetId: x.id,
      applicationId: x.applicationId,
      teamName: teams.get(x.applicationId)?.teamName ?? '',
      kind: x.kind,
      status: x.status,
      total: x.status === 'submitted' ? x.total : null,
    }));
    if (kept.length > 0) {
      await this.audit.record(manager, {
        actor,
        action: 'score_sheet.keep',
        entity: 'expert',
        entityId: expert.id,
        after: { reason: '专家被取消资格时相关评审阶段已结束，评分保留，是否处理由秘书处另行决定', resultsPublished: published, sheets: keptSheets },
      });
      // The secretariat's decision on them stays open (待决定) until it is made: POST /experts/:id/kept-sheets/decision.
      await manager.insert(KeptSheetDecision, {
        campaignId: campaign.id,
        expertId: expert.id,
        drawId: draw.id,
        sheets: keptSheets,
        status: 'pending',
        openedAt: now,
        reason: null,
        decidedAt: null,
        decidedBy: null,
        effects: null,
        version: 1,
      });
    }
    const voidedSheetIds = await this.voidSheets(manager, actor, open, now);
    if (panelClosed) return { view: null, voidedSheetIds, panelClosed, keptSheets };

    const seated = new Set(current.flatMap((p: CurrentPanel) => [p.leaderId, ...p.memberIds]));
    const pool = await allExperts(manager);
    const candidates = pool.filter(isDrawableExpert).map(toDrawExpert).filter((e) => !seated.has(e.id));
    const panelApplications = new Set(panel.applicationIds);
    const applications: DrawApplication[] = draw.applicationsSnapshot.filter((a) => panelApplications.has(a.id));
    const k = (await replacementCount(manager, draw.id)) + 1;
    const seed = `${draw.seed}#replacement-${k}`;
    const { expertId } = drawReplacement({ seed, candidates, applications });
    const saved = await insertReplacement(manager, {
      drawId: draw.id,
      panelNo: panel.panelNo,
      removedExpertId: expert.id,
      replacementExpertId: expertId === null ? null : Number(expertId),
      seed,
      candidateIds: candidates.map((c) => c.id),
      reason,
      replacedAt: now,
      replacedBy: actor,
    });
    await this.audit.record(manager, {
      actor,
      action: 'panel.replace',
      entity: 'panel_draw',
      entityId: draw.id,
      after: { replacementId: saved.id, panelNo: panel.panelNo, role, removedExpertId: expert.id, replacementExpertId: saved.replacementExpertId, seed, candidateIds: saved.candidateIds },
    });


    const replacement = expertId === null ? null : await expertById(manager, Number(expertId));
    if (replacement?.userId != null) {
      await this.notifications.notify(manager, [{ type: 'user', id: replacement.userId }], {
        title: '专家组替换入组',
        body: `您已被抽取替换进入第 ${panel.panelNo} 专家组，担任${ROLE_LABEL[role]}，请查看本组评审的申报并重新评分。`,
      });
    }
    return {
      view: {
        id: saved.id,
        drawId: draw.id,
        panelNo: panel.panelNo,
        role,
        roleLabel: ROLE_LABEL[role],
        seed,
        candidateCount: candidates.length,
        replacementExpert: replacement ? { id: replacement.id, name: replacement.name } : null,
      },
      voidedSheetIds,
      panelClosed,
      keptSheets,
    };
  }

  /** The removed expert's sheets of stages still open become void, each audited. */
  private async voidSheets(manager: EntityManager, actor: string, sheets: ScoreSheetEntity[], now: Date): Promise<number[]> {
    const voided: number[] = [];
    for (const sheet of sheets) {
      if (!(await voidScoreSheet(manager, sheet, now))) throw conflict('CONFLICT');
      voided.push(sheet.id);
      await this.audit.record(manager, {
        actor,
        action: 'score_sheet.void',
        entity: 'score_sheet',
        entityId: sheet.id,
        before: { status: sheet.status },
        after: { status: 'void', reason: '专家已被取消资格' },
      });
    }
    return voided;
  }
}
