import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { aggregatePanelScore } from '@cacem/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, notFound } from '../../common/domain.exception.js';
import { applicationLabels, applicationsById } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { type Expert, expertById, findExpert } from '../expert/index.js';
import { gradesByApplication, markRescoreRequired } from '../grading/index.js';
import {
  reviewScoresOfApplications,
  SCORE_KIND_LABEL,
  type ScoreSheetEntity,
  scoreSheetsById,
  setPanelScore,
  submittedSheetsOf,
  voidScoreSheet,
} from '../review/index.js';
import type { DecideKeptSheetsDto, ListKeptSheetDecisionsDto } from './dto/discipline.dto.js';
import { KEPT_SHEET_DECISION_LABEL } from './kept-sheet-decision-status.js';
import { KeptSheetDecision, type KeptSheetEffects } from './kept-sheet-decision.entity.js';
import type { KeptSheetDecisionList, KeptSheetDecisionView } from './discipline.schemas.js';

/**
 * 保留评分的处理决定: an expert removed after a stage had closed keeps their sheets of that stage (ExpertRemovalService
 * opens a pending decision). The secretariat decides, with a reason: `stand` — the scores stand as used; `exclude` —
 * the sheets are voided by this decision and each affected panel score is aggregated again (shared
 * aggregatePanelScore) from the remaining submitted sheets of the experts who made it. A grading built on a changed
 * score is never changed here: its rows are flagged, and only the secretariat's re-proposal or re-confirmation
 * (GradingService) changes a grade or a published result.
 */
@Injectable()
export class KeptSheetsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The decisions of the current campaign, pending first (待决定), optionally of one status. */
  async list(principal: Principal, query: ListKeptSheetDecisionsDto): Promise<KeptSheetDecisionList> {
    requireAccess(principal, 'discipline.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const rows = await manager.find(KeptSheetDecision, { where: { campaignId: campaign.id, ...(query.status ? { status: query.status } : {}) }, order: { id: 'ASC' } });
    const sorted = [...rows.filter((r) => r.status === 'pending'), ...rows.filter((r) => r.status !== 'pending')];
    const items = [];
    for (const row of sorted) items.push(await this.view(manager, row));
    return { pending: rows.filter((r) => r.status === 'pending').length, items };
  }

  /** One removed expert's kept sheets and the decision on them (or that it is still pending). */
  async get(principal: Principal, expertId: number): Promise<KeptSheetDecisionView> {
    requireAccess(principal, 'discipline.manage');
    const manager = this.dataSource.manager;
    return this.view(manager, await this.decisionOr404(manager, expertId));
  }

  async decide(principal: Principal, expertId: number, dto: DecideKeptSheetsDto): Promise<KeptSheetDecisionView> {
    requireAccess(principal, 'discipline.manage');
    const actor = actorOf(principal);
    const now = this.clock.now();
    const saved = await this.dataSource.transaction(async (m) => {
      const row = await this.decisionOr404(m, expertId);
      if (row.status !== 'pending') throw conflict('KEPT_SHEETS_DECIDED');
      if (dto.version !== undefined && dto.version !== row.version) throw conflict('CONFLICT');
      // Claims the decision first: of two secretariat users deciding at once, one wins, the other gets KEPT_SHEETS_DECIDED.
      const claimed = await m.update(KeptSheetDecision, { id: row.id, status: 'pending', version: row.version }, { status: dto.decision, version: row.version + 1 });
      if (!claimed.affected) throw conflict('KEPT_SHEETS_DECIDED');
      const expert = await expertById(m, expertId);
      const current = [...(await scoreSheetsById(m, row.sheets.map((s) => s.sheetId))).values()];
      const before = {
        status: 'pending',
        sheets: row.sheets.map((s) => {
          const sheet = current.find((x) => x.id === s.sheetId);
          return { sheetId: s.sheetId, applicationId: s.applicationId, teamName: s.teamName, kind: s.kind, status: sheet?.status ?? s.status, total: sheet?.total ?? s.total };
        }),
      };
      const effects = dto.decision === 'exclude' ? await this.exclude(m, actor, expert, current, dto.reason, now) : null;
      await m.update(KeptSheetDecision, { id: row.id }, { reason: dto.reason, decidedAt: now, decidedBy: actor, effects });
      await this.audit.record(m, {
        actor,
        action: `expert.keptSheets.${dto.decision}`,
        entity: 'expert',
        entityId: expertId,
        before,
        after: {
          status: dto.decision,
          reason: dto.reason,
          ...(effects
            ? { voidedSheetIds: effects.voidedSheetIds, scores: effects.scores, gradingFlagged: effects.gradingFlagged }
            : { sheets: before.sheets, note: '评分维持有效，按已使用的分数计' }),
        },
      });
      return m.findOneByOrFail(KeptSheetDecision, { id: row.id });
    });
    return this.view(this.dataSource.manager, saved);
  }

  /**
   * Voids the kept sheets, aggregates each affected panel score again from the other experts' submitted sheets, and
   * flags the grading rows built on a changed score.
   */
  private async exclude(m: EntityManager, actor: string, expert: Expert, sheets: ScoreSheetEntity[], reason: string, now: Date): Promise<KeptSheetEffects> {
    const live = sheets.filter((s) => s.status !== 'void').sort((a, b) => a.id - b.id);
    // The scores built on a submitted sheet of this expert: (application, kind) pairs with a panel score.
    const used = live.filter((s) => s.status === 'submitted');
    const scores = await reviewScoresOfApplications(m, used.map((s) => s.applicationId));
    const affected = scores.filter((score) => used.some((s) => s.applicationId === score.applicationId && s.kind === score.kind) && [...score.countedExpertIds, ...score.droppedExpertIds].includes(String(expert.id)));
    const applications = [...(await applicationsById(m, affected.map((s) => s.applicationId))).values()];
    const teams = await applicationLabels(m, applications);
    const campaign = await this.campaigns.current(m);
    const policy = campaign.settings.scoring.aggregation;

    const voidedSheetIds: number[] = [];
    for (const sheet of live) {
      if (!(await voidScoreSheet(m, sheet, now))) throw conflict('CONFLICT');
      voidedSheetIds.push(sheet.id);
      await this.audit.record(m, {
        actor,
        action: 'score_sheet.void',
        entity: 'score_sheet',
        entityId: sheet.id,
        before: { status: sheet.status, total: sheet.total },
        after: { status: 'void', reason: `专家已被取消资格，秘书处决定其评分不予采用：${reason}`.slice(0, 500) },
      });
    }

    const changed: KeptSheetEffects['scores'] = [];
    for (const score of affected.sort((a, b) => a.applicationId - b.applicationId || a.kind.localeCompare(b.kind))) {
      const others = [...score.countedExpertIds, ...score.droppedExpertIds].filter((id) => id !== String(expert.id)).map(Number);
      const remaining = others.length ? await submittedSheetsOf(m, [score.applicationId], score.kind, others) : [];
      const teamName = teams.get(score.applicationId)?.teamName ?? '';
      if (remaining.length === 0) {
        throw new DomainException('KEPT_SHEETS_NO_REMAINING', HttpStatus.CONFLICT, {
          message: `「${teamName}」的${SCORE_KIND_LABEL[score.kind]}评分除该专家外没有其他专家的有效评分，不能排除其评分；请另行立案处理`,
        });
      }
      const aggregated = aggregatePanelScore({
        expertIds: remaining.map((s) => String(s.expertId)),
        totals: remaining.map((s) => ({ expertId: String(s.expertId), total: s.total! })),
        policy,
      });
      await setPanelScore(m, score.id, aggregated, now);
      await this.audit.record(m, {
        actor,
        action: `review.reaggregate.${score.kind}`,
        entity: 'application',
        entityId: score.applicationId,
        before: { score: score.score, countedExpertIds: score.countedExpertIds, droppedExpertIds: score.droppedExpertIds },
        after: { score: aggregated.score, countedExpertIds: aggregated.countedExpertIds, droppedExpertIds: aggregated.droppedExpertIds, excludedExpertId: expert.id, reason },
      });
      changed.push({
        applicationId: score.applicationId,
        teamName,
        kind: score.kind,
        before: score.score,
        after: aggregated.score,
        countedExpertIds: aggregated.countedExpertIds,
        droppedExpertIds: aggregated.droppedExpertIds,
      });
    }

    // A grading built on a changed score is flagged, never changed: the secretariat re-proposes or re-confirms it.
    const grades = [...(await gradesByApplication(m, changed.map((c) => c.applicationId))).values()];
    for (const grade of grades) {
      const lines = changed
        .filter((c) => c.applicationId === grade.applicationId)
        .map((c) => `${SCORE_KIND_LABEL[c.kind]}评分 ${c.before} → ${c.after}`)
        .join('，');
      const step = grade.confirmedAt === null ? '请重新生成等级建议' : grade.publishedAt === null ? '请重新确认等级' : '已公布的结果须由秘书处重新确认';
      const note = `专家${expert.name}已被取消资格，秘书处决定其评分不予采用（${reason}）：${lines}；${step}`.slice(0, 1000);
      await markRescoreRequired(m, grade, grade.rescoreNote ? `${grade.rescoreNote}\n${note}`.slice(-2000) : note, now);
    }
    if (grades.length > 0) {
      await this.audit.record(m, {
        actor,
        action: 'grading.rescoreRequired',
        entity: 'campaign',
        entityId: campaign.id,
        before: { grades: grades.map((g) => ({ applicationId: g.applicationId, materialsScore: g.materialsScore, presentationScore: g.presentationScore, total: g.total, grade: g.grade, confirmed: g.confirmedAt !== null, published: g.publishedAt !== null })) },
        after: { rescoreRequired: grades.map((g) => g.applicationId), scores: changed },
      });
    }
    return { voidedSheetIds, scores: changed, gradingFlagged: grades.map((g) => g.applicationId).sort((a, b) => a - b) };
  }

  private async decisionOr404(manager: EntityManager, expertId: number): Promise<KeptSheetDecision> {
    const expert = await findExpert(manager, expertId);
    if (!expert) throw notFound('EXPERT_NOT_FOUND');
    const row = await manager.findOneBy(KeptSheetDecision, { expertId });
    if (!row) throw notFound('KEPT_SHEETS_NOT_FOUND');
    return row;
  }

  private async view(manager: EntityManager, row: KeptSheetDecision): Promise<KeptSheetDecisionView> {
    const expert = await expertById(manager, row.expertId);
    const sheets = await scoreSheetsById(manager, row.sheets.map((s) => s.sheetId));
    const scores = await reviewScoresOfApplications(manager, row.sheets.map((s) => s.applicationId));
    return {
      id: row.id,
      expert: { id: expert.id, name: expert.name, removedAt: expert.removedAt, removalReason: expert.removalReason },
      status: row.status,
      statusLabel: KEPT_SHEET_DECISION_LABEL[row.status],
      openedAt: row.openedAt,
      sheets: row.sheets.map((s) => {
        const sheet = sheets.get(s.sheetId);
        const score = scores.find((x) => x.applicationId === s.applicationId && x.kind === s.kind);
        return {
          sheetId: s.sheetId,
          applicationId: s.applicationId,
          teamName: s.teamName,
          kind: s.kind,
          kindLabel: SCORE_KIND_LABEL[s.kind],
          status: sheet?.status ?? s.status,
          total: s.total,
          panelScore: score?.score ?? null,
        };
      }),
      decision: row.status === 'pending' ? null : { decision: row.status, reason: row.reason, decidedAt: row.decidedAt, decidedBy: row.decidedBy, effects: row.effects },
      version: row.version,
    };
  }
}
