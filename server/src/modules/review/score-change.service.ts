import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Rubric, rubricItems, type ScoreSheet } from '@cacem/shared';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, notFound } from '../../common/domain.exception.js';
import { applicationById, applicationLabels, applicationsById } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { NotificationService } from '../notification/index.js';
import { type Campaign, campaignById } from '../campaign/index.js';
import { expertNames, findExpert } from '../expert/index.js';
import type { DecideScoreChangeDto } from './dto/review.dto.js';
import type { ScoreChangeView } from './review-panel.schemas.js';
import { SCORE_CHANGE_STATUS_LABEL, ScoreChange, type ScoreChangeStatus } from './score-change.entity.js';
import { type ScoreKind, ScoreSheetEntity } from './score-sheet.entity.js';
import { SCORE_KIND_LABEL } from './score-sheet.view.js';

export type { ScoreChangeItem, ScoreChangeView } from './review-panel.schemas.js';

/** A correction as resubmitted by its expert. */
export interface Correction {
  scores: ScoreSheet;
  comments: Record<string, string>;
  overallComment: string | null;
  total: number;
}

/** The changes that stop a panel closing: returned to an expert who has seen colleagues' sheets, or awaiting the secretariat. */
export const OPEN_CHANGE_STATUSES: ScoreChangeStatus[] = ['returned', 'pending'];

/** A panel (or session) cannot close on scores whose correction awaits the secretariat. */
export async function assertNoHeldChange(manager: EntityManager, applicationIds: number[], kind: ScoreKind): Promise<void> {
  if (applicationIds.length === 0) return;
  if ((await manager.countBy(ScoreChange, { applicationId: In(applicationIds), kind, status: 'pending' })) > 0) throw conflict('REVIEW_CHANGE_PENDING');
}

/**
 * 评分更正审核 (blind review kept fair): an expert who has read their colleagues' sheets could copy them into a returned
 * sheet. Their correction is held as a ScoreChange: the scores submitted before the return keep counting, the panel
 * cannot close, and the secretariat approves (the correction counts) or rejects it (the previous scores stay), seeing
 * every item before → after; both are audited with before and after.
 */
@Injectable()
export class ScoreChangeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly notifications: NotificationService,
    private readonly clock: Clock,
  ) {}

  /** The changes of some applications (one kind), as views: for the leader's progress and the secretariat's overview. */
  async viewsFor(manager: EntityManager, applicationIds: number[], kind: ScoreKind, statuses?: ScoreChangeStatus[]): Promise<ScoreChangeView[]> {
    if (applicationIds.length === 0) return [];
    const changes = await manager.find(ScoreChange, {
      where: { applicationId: In(applicationIds), kind, ...(statuses ? { status: In(statuses) } : {}) },
      order: { id: 'ASC' },
    });
    return this.views(manager, changes);
  }

  /** 秘书处审核: approve (the correction becomes the sheet) or reject (the sheet keeps the scores submitted before the return). */
  async decide(principal: Principal, id: number, dto: DecideScoreChangeDto): Promise<ScoreChangeView> {
    requireAccess(principal, 'reviews.oversee');
    const now = this.clock.now();
    const actor = actorOf(principal);
    await this.dataSource.transaction(async (m) => {
      const change = await m.findOneBy(ScoreChange, { id });
      if (!change) throw notFound('REVIEW_CHANGE_NOT_FOUND');
      if (change.status === 'returned') throw conflict('REVIEW_CHANGE_NOT_SUBMITTED');
      if (change.status !== 'pending') throw conflict('REVIEW_CHANGE_DECIDED');
      const application = await applicationById(m, change.applicationId);
      // The part must still be under review: a closed panel's scores are not changed by a late decision.
      const open = change.kind === 'materials' ? application.status === 'screened_in' : application.status === 'invited';
      if (!open) throw conflict('REVIEW_CLOSED');
      const decided = await m.update(
        ScoreChange,
        { id, status: 'pending', version: change.version },
        { status: dto.decision, decidedAt: now, decidedBy: actor, decisionNote: dto.note, version: change.version + 1 },
      );
      if (!decided.affected) throw conflict('REVIEW_CHANGE_DECIDED');
      const sheet = await m.findOneByOrFail(ScoreSheetEntity, { id: change.sheetId });
      if (dto.decision === 'approved') {
        const written = await m.update(
          ScoreSheetEntity,
          { id: sheet.id, version: sheet.version },
          {
            scores: change.afterScores ?? {},
            total: change.afterTotal,
            comments: change.afterComments ?? {},
            overallComment: change.afterOverallComment,
            submittedAt: now,
            version: sheet.version + 1,
            updatedAt: now,
          },
        );
        if (!written.affected) throw conflict('CONFLICT');
      }
      await this.audit.record(m, {
        actor,
        action: `review.change.${dto.decision === 'approved' ? 'approve' : 'reject'}.${change.kind}`,
        entity: 'score_sheet',
        entityId: sheet.id,
        before: { changeId: id, total: change.beforeTotal, scores: change.beforeScores },
        after: { changeId: id, total: change.afterTotal, scores: change.afterScores, decision: dto.decision, note: dto.note },
      });
      const expert = await findExpert(m, change.expertId);
      if (expert?.userId) {
        const teamName = (await applicationLabels(m, [application])).get(application.id)?.teamName ?? '';
        await this.notifications.notify(m, [{ type: 'user', id: expert.userId }], {
          title: dto.decision === 'approved' ? '评分更正已获同意' : '评分更正未获同意',
          body: `您对「${teamName}」的${SCORE_KIND_LABEL[change.kind]}评分更正${dto.decision === 'approved' ? '已获秘书处同意，新评分生效' : '未获秘书处同意，维持退回前的评分'}。意见：${dto.note}`.slice(0, 500),
          applicationId: application.id,
        });
      }
    });
    const [view] = await this.views(this.dataSource.manager, [await this.dataSource.manager.findOneByOrFail(ScoreChange, { id })]);
    return view!;
  }

  /**
   * A submitted sheet returned to an expert who has read colleagues' sheets: their correction will be held for the
   * secretariat, so the change opens now with the scores as they were.
   */
  async open(m: EntityManager, sheet: ScoreSheetEntity, reason: string, now: Date): Promise<void> {
    await m.insert(ScoreChange, {
      campaignId: sheet.campaignId,
      sheetId: sheet.id,
      applicationId: sheet.applicationId,
      expertId: sheet.expertId,
      kind: sheet.kind,
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
      returnReason: reason,
      returnedAt: now,
      resubmittedAt: null,
      decidedAt: null,
      decidedBy: null,
      decisionNote: null,
      version: 1,
    });
  }

  /**
   * A resubmitted correction of a returned sheet whose expert had read colleagues' sheets: the sheet counts again with
   * the scores submitted before the return, and the correction waits in its ScoreChange for the secretariat; audited
   * with both, as the expert's (`actor`) act.
   */
  async hold(m: EntityManager, actor: string, sheet: ScoreSheetEntity, change: ScoreChange, after: Correction, now: Date): Promise<ScoreSheetEntity> {
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
      actor,
      action: `review.resubmit.held.${sheet.kind}`,
      entity: 'score_sheet',
      entityId: sheet.id,
      before: { changeId: change.id, total: change.beforeTotal, scores: change.beforeScores },
      after: { changeId: change.id, total: after.total, scores: after.scores, status: 'pending' },
    });
    return m.findOneByOrFail(ScoreSheetEntity, { id: sheet.id });
  }

  private async views(manager: EntityManager, changes: ScoreChange[]): Promise<ScoreChangeView[]> {
    if (changes.length === 0) return [];
    const applications = await applicationsById(manager, changes.map((c) => c.applicationId));
    const teams = await applicationLabels(manager, [...applications.values()]);
    const experts = await expertNames(manager, [...new Set(changes.map((c) => c.expertId))]);
    const campaigns = new Map<number, Campaign>();
    for (const campaignId of new Set(changes.map((c) => c.campaignId))) campaigns.set(campaignId, await campaignById(manager, campaignId));
    return changes.map((c) => {
      const rubric: Rubric = campaigns.get(c.campaignId)!.settings.rubrics[c.kind];
      return {
        id: c.id,
        applicationId: c.applicationId,
        teamName: teams.get(c.applicationId)?.teamName ?? '',
        expertId: c.expertId,
        expertName: experts.get(c.expertId) ?? '',
        kind: c.kind,
        kindLabel: SCORE_KIND_LABEL[c.kind],
        panelNo: c.panelNo,
        status: c.status,
        statusLabel: SCORE_CHANGE_STATUS_LABEL[c.status],
        returnReason: c.returnReason,
        returnedAt: c.returnedAt,
        resubmittedAt: c.resubmittedAt,
        before: { total: c.beforeTotal },
        after: { total: c.afterTotal },
        items: rubricItems(rubric).map((item) => ({
          itemId: item.id,
          title: item.title,
          before: c.beforeScores[item.id] ?? null,
          after: c.afterScores ? (c.afterScores[item.id] ?? null) : null,
        })),
        decidedAt: c.decidedAt,
        decidedBy: c.decidedBy,
        decisionNote: c.decisionNote,
      };
    });
  }
}
