import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allocateGrades, assertTransition, type Grade, GRADE_LABEL, GRADES, gradeCapBreach, gradeSlots } from '@cacem/shared';
import { type DataSource, IsNull } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, notFound } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { applicationLabels, applicationsById, applicationsInStatus, ApplicationService, countApplicationsInStatus } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { findPublication, insertPublication } from '../invitation/index.js';
import { reviewScoresOfApplications } from '../review/index.js';
import type { AdjustGradeDto } from './dto/grading.dto.js';
import { allocatedFields, capsOf } from './grade-allocation.js';
import { GradeResult } from './grade-result.entity.js';
import { gradingView } from './grading-view.js';
import type { GradingView, PublicResultList } from './grading.schemas.js';

// The campaign's caps as fractions, for the figures other modules report beside the grading.
export { capsOf } from './grade-allocation.js';

/**
 * 等级评定 (第九条、第十条): once every invited team has presented or forfeited, the system proposes grades with shared
 * allocateGrades (materials + presentation, caps ⌊10 %·N⌋ / ⌊40 %·N⌋, ties at a boundary take the lower grade and
 * are flagged). The secretariat breaks ties or adjusts — always with a reason, never past a cap — confirms, and
 * publishes: every graded team then moves presented → graded, is notified, and reads its grade and explanation.
 * A grading whose scores changed afterwards is re-confirmed by GradingReconfirmationService.
 */
@Injectable()
export class GradingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
    private readonly campaigns: CampaignService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** The proposal and decisions so far, with the slots per grade and the ties; `proposed: false` before the first. */
  async get(principal: Principal): Promise<GradingView> {
    requireAccess(principal, 'grading.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    return gradingView(manager, campaign);
  }

  /**
   * (Re)computes the proposal from the panel scores. Refused while an invited team has not finished presenting
   * (GRADING_INCOMPLETE names them) and once confirmed. Re-proposing discards earlier adjustments (audited).
   */
  async propose(principal: Principal): Promise<GradingView> {
    requireAccess(principal, 'grading.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    await this.dataSource.transaction(async (m) => {
      const before = await m.findBy(GradeResult, { campaignId: campaign.id });
      if (before.some((r) => r.confirmedAt !== null)) throw conflict('GRADING_CONFIRMED');
      const waiting = await applicationsInStatus(m, campaign.id, 'invited');
      if (waiting.length > 0) {
        const names = await applicationLabels(m, waiting);
        throw new DomainException('GRADING_INCOMPLETE', HttpStatus.CONFLICT, {
          message: `还有 ${waiting.length} 个受邀班组的成果发布尚未结束（${waiting
            .slice(0, 5)
            .map((a) => names.get(a.id)?.teamName ?? a.id)
            .join('、')}${waiting.length > 5 ? ' 等' : ''}），不能评定等级`,
        });
      }
      const presented = await applicationsInStatus(m, campaign.id, 'presented');
      const scores = await reviewScoresOfApplications(m, presented.map((a) => a.id));
      const score = (id: number, kind: 'materials' | 'presentation') => scores.find((s) => s.applicationId === id && s.kind === kind)?.score;
      const lacking = presented.filter((a) => score(a.id, 'materials') === undefined || score(a.id, 'presentation') === undefined);
      if (lacking.length > 0) {
        throw new DomainException('GRADING_INCOMPLETE', HttpStatus.CONFLICT, { message: `${lacking.length} 个已发布班组缺少汇总后的评分，不能评定等级` });
      }
      const entries = presented.map((a) => ({ id: String(a.id), materials: score(a.id, 'materials')!, presentation: score(a.id, 'presentation')! }));
      const results = allocateGrades(entries, capsOf(campaign));
      await m.delete(GradeResult, { campaignId: campaign.id });
      if (results.length > 0) {
        await m.insert(
          GradeResult,
          results.map((r, k) => ({
            campaignId: campaign.id,
            applicationId: Number(r.id),
            ...allocatedFields(entries[k]!, r),
            confirmedAt: null,
            publishedAt: null,
            version: 1,
          })),
        );
      }
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'grading.propose',
        entity: 'campaign',
        entityId: campaign.id,
        before: before.length ? { adjusted: before.filter((b) => b.adjustmentReason !== null).map((b) => ({ applicationId: b.applicationId, grade: b.grade, reason: b.adjustmentReason })) } : null,
        after: { graded: results.length, caps: capsOf(campaign), ties: results.filter((r) => r.tiedAtBoundary).map((r) => r.id) },
      });
    });
    return gradingView(manager, campaign);
  }

  /** 调整等级 / 打破并列: another grade for one team, with a reason; refused past a cap or after confirmation. */
  async adjust(principal: Principal, applicationId: number, dto: AdjustGradeDto): Promise<GradingView> {
    requireAccess(principal, 'grading.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    await this.dataSource.transaction(async (m) => {
      const row = await m.findOneBy(GradeResult, { campaignId: campaign.id, applicationId });
      if (!row) throw notFound('GRADING_NOT_PROPOSED');
      if (row.confirmedAt !== null) throw conflict('GRADING_CONFIRMED');
      if (dto.version !== undefined && dto.version !== row.version) throw conflict('CONFLICT');
      const rows = await m.findBy(GradeResult, { campaignId: campaign.id });
      const slots = gradeSlots(rows.length, capsOf(campaign));
      const breach = gradeCapBreach(rows, slots, { applicationId, grade: dto.grade });
      if (breach) {
        throw new DomainException('GRADE_CAP_EXCEEDED', HttpStatus.UNPROCESSABLE_ENTITY, {
          field: 'grade',
          message: `调整后卓越级 ${breach.excellent} 个、示范级 ${breach.exemplary} 个，超出名额（卓越级最多 ${slots.excellent} 个，示范级最多 ${slots.exemplary} 个）`,
        });
      }
      const reason = dto.grade === row.proposedGrade ? null : dto.reason;
      const result = await m.update(GradeResult, { id: row.id, version: row.version }, { grade: dto.grade, adjustmentReason: reason, version: row.version + 1 });
      if (!result.affected) throw conflict('CONFLICT');
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'grading.adjust',
        entity: 'application',
        entityId: applicationId,
        before: { grade: row.grade, adjustmentReason: row.adjustmentReason },
        after: { grade: dto.grade, reason: dto.reason, proposedGrade: row.proposedGrade, tiedAtBoundary: row.tiedAtBoundary },
      });
    });
    return gradingView(manager, campaign);
  }

  /**
   * 确认: fixes the decisions. Two secretariat users confirming at once: one wins, the other gets a conflict. Refused
   * when a team changed meanwhile (e.g. disqualified): propose again first.
   */
  async confirm(principal: Principal): Promise<GradingView> {
    requireAccess(principal, 'grading.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const rows = await m.findBy(GradeResult, { campaignId: campaign.id });
      if (rows.length === 0) throw notFound('GRADING_NOT_PROPOSED');
      if (rows.some((r) => r.confirmedAt !== null)) throw conflict('GRADING_CONFIRMED');
      // A panel score behind the proposal changed by a secretariat decision: propose again first.
      if (rows.some((r) => r.rescoreRequiredAt !== null)) throw conflict('GRADING_RESCORE_REQUIRED');
      const current = await applicationsById(m, rows.map((r) => r.applicationId));
      const presentedNow = await countApplicationsInStatus(m, campaign.id, 'presented');
      if ([...current.values()].some((a) => a.status !== 'presented') || presentedNow !== rows.length) {
        throw new DomainException('CONFLICT', HttpStatus.CONFLICT, { message: '已发布班组名单在生成建议后发生了变化（如取消资格），请重新生成等级建议' });
      }
      const result = await m.update(GradeResult, { campaignId: campaign.id, confirmedAt: IsNull() }, { confirmedAt: now });
      if (result.affected !== rows.length) throw conflict('GRADING_CONFIRMED');
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'grading.confirm',
        entity: 'campaign',
        entityId: campaign.id,
        after: {
          counts: Object.fromEntries(GRADES.map((g) => [g, rows.filter((r) => r.grade === g).length])),
          adjusted: rows.filter((r) => r.adjustmentReason !== null).map((r) => ({ applicationId: r.applicationId, proposed: r.proposedGrade, grade: r.grade, reason: r.adjustmentReason })),
        },
      });
    });
    return gradingView(manager, campaign);
  }

  /** 公布: every confirmed team moves presented → graded (notified), and the results list goes public. */
  async publish(principal: Principal): Promise<GradingView> {
    requireAccess(principal, 'grading.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const now = this.clock.now();
    const transition = assertTransition('presented', 'graded', 'secretariat', { settings: campaign.settings, now });
    await this.dataSource.transaction(async (m) => {
      const rows = await m.findBy(GradeResult, { campaignId: campaign.id });
      if (rows.length === 0) throw notFound('GRADING_NOT_PROPOSED');
      if (rows.some((r) => r.confirmedAt === null)) throw conflict('GRADING_NOT_CONFIRMED');
      if (rows.some((r) => r.rescoreRequiredAt !== null)) throw conflict('GRADING_RESCORE_REQUIRED');
      try {
        await insertPublication(m, { campaignId: campaign.id, kind: 'results', publishedAt: now, publishedBy: actorOf(principal) });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('GRADING_PUBLISHED');
        throw error;
      }
      const applications = await applicationsById(m, rows.map((r) => r.applicationId));
      for (const row of rows.sort((a, b) => a.rank - b.rank || a.applicationId - b.applicationId)) {
        const application = applications.get(row.applicationId)!;
        await this.applications.changeStatus(m, principal, application, transition, now, {}, `评定为${GRADE_LABEL[row.grade]}`);
        await m.update(GradeResult, { id: row.id }, { publishedAt: now });
      }
      await this.audit.record(m, { actor: actorOf(principal), action: 'grading.publish', entity: 'campaign', entityId: campaign.id, after: { graded: rows.length } });
    });
    return gradingView(manager, campaign);
  }

  /** 公开：获得等级的班组名单, once published. No scores. */
  async publicResults(): Promise<PublicResultList> {
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const publication = await findPublication(manager, campaign.id, 'results');
    if (!publication) return { year: campaign.year, name: campaign.name, published: false, publishedAt: null, items: [] };
    const rows = await manager.find(GradeResult, { where: { campaignId: campaign.id }, order: { rank: 'ASC', applicationId: 'ASC' } });
    const applications = await applicationsById(manager, rows.map((r) => r.applicationId));
    // A team disqualified after publication leaves the list.
    const live = new Map([...applications.values()].filter((a) => a.status === 'graded' || a.status === 'certified').map((a) => [a.id, a]));
    const names = await applicationLabels(manager, [...live.values()]);
    const order = (g: Grade) => GRADES.indexOf(g);
    const items = rows
      .filter((r) => live.has(r.applicationId))
      .sort((a, b) => order(a.grade) - order(b.grade) || (names.get(a.applicationId)?.unitSeq ?? 999) - (names.get(b.applicationId)?.unitSeq ?? 999) || a.applicationId - b.applicationId)
      .map((r, k) => ({
        no: k + 1,
        teamName: names.get(r.applicationId)?.teamName ?? '',
        enterpriseName: names.get(r.applicationId)?.enterpriseName ?? '',
        unitName: names.get(r.applicationId)?.unitName ?? '',
        grade: r.grade,
        gradeLabel: GRADE_LABEL[r.grade],
        // The scores behind it changed by a secretariat decision; the grade holds until re-confirmed.
        underReview: r.rescoreRequiredAt !== null,
      }));
    return { year: campaign.year, name: campaign.name, published: true, publishedAt: publication.publishedAt, items };
  }
}
