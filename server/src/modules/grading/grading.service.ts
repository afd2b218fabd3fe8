import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allocateGrades, assertTransition, type Grade, GRADE_LABEL, GRADES, type GradeCaps, gradeSlots } from '@cacem/shared';
import { type DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, forbidden, notFound } from '../../common/domain.exception.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { applicationLabels } from '../application/application-labels.js';
import { Application } from '../application/application.entity.js';
import { ApplicationService } from '../application/application.service.js';
import { AuditService } from '../audit/audit.service.js';
import { actorOf, type Principal } from '../auth/principal.js';
import type { Campaign } from '../campaign/campaign.entity.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Certificate } from '../certificate/certificate.entity.js';
import { Publication } from '../invitation/publication.entity.js';
import { ReviewScore } from '../review/review-score.entity.js';
import type { AdjustGradeDto, ReconfirmGradingDto } from './dto/grading.dto.js';
import { GradeResult } from './grade-result.entity.js';
import type { GradingView, PublicResultList } from './grading.schemas.js';

function requireSecretariat(principal: Principal): void {
  if (principal.role !== 'secretariat') throw forbidden();
}

/** The campaign's caps (percent in the settings) as the fractions shared allocateGrades takes. */
/** A grade row's fields as allocateGrades leaves them: the proposal is the grade, with no adjustment yet. */
function allocatedFields(entry: { materials: number; presentation: number }, r: ReturnType<typeof allocateGrades>[number]) {
  return {
    materialsScore: entry.materials,
    presentationScore: entry.presentation,
    total: r.total,
    rank: r.rank,
    proposedGrade: r.grade,
    tiedAtBoundary: r.tiedAtBoundary,
    explanation: r.explanation,
    grade: r.grade,
    adjustmentReason: null,
  };
}

export function capsOf(campaign: Campaign): GradeCaps {
  return { excellent: campaign.settings.gradeCaps.excellentMax / 100, exemplary: campaign.settings.gradeCaps.exemplaryMax / 100 };
}

/**
 * 等级评定 (第九条、第十条): once every invited team has presented or forfeited, the system proposes grades with shared
 * allocateGrades (materials + presentation, caps ⌊10 %·N⌋ / ⌊40 %·N⌋, ties at a boundary take the lower grade and
 * are flagged). The secretariat breaks ties or adjusts — always with a reason, never past a cap — confirms, and
 * publishes: every graded team then moves presented → graded, is notified, and reads its grade and explanation.
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
    requireSecretariat(principal);
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    return this.view(manager, campaign);
  }

  /**
   * (Re)computes the proposal from the panel scores. Refused while an invited team has not finished presenting
   * (GRADING_INCOMPLETE names them) and once confirmed. Re-proposing discards earlier adjustments (audited).
   */
  async propose(principal: Principal): Promise<GradingView> {
    requireSecretariat(principal);
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    await this.dataSource.transaction(async (m) => {
      const before = await m.findBy(GradeResult, { campaignId: campaign.id });
      if (before.some((r) => r.confirmedAt !== null)) throw conflict('GRADING_CONFIRMED');
      const waiting = await m.find(Application, { where: { campaignId: campaign.id, status: 'invited' }, order: { id: 'ASC' } });
      if (waiting.length > 0) {
        const names = await applicationLabels(m, waiting);
        throw new DomainException('GRADING_INCOMPLETE', HttpStatus.CONFLICT, {
          message: `还有 ${waiting.length} 个受邀班组的成果发布尚未结束（${waiting
            .slice(0, 5)
            .map((a) => names.get(a.id)?.teamName ?? a.id)
            .join('、')}${waiting.length > 5 ? ' 等' : ''}），不能评定等级`,
        });
      }
      const presented = await m.find(Application, { where: { campaignId: campaign.id, status: 'presented' }, order: { id: 'ASC' } });
      const ids = presented.map((a) => a.id);
      const scores = ids.length ? await m.findBy(ReviewScore, { applicationId: In(ids) }) : [];
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
    return this.view(manager, campaign);
  }

  /** 调整等级 / 打破并列: another grade for one team, with a reason; refused past a cap or after confirmation. */
  async adjust(principal: Principal, applicationId: number, dto: AdjustGradeDto): Promise<GradingView> {
    requireSecretariat(principal);
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    await this.dataSource.transaction(async (m) => {
      const row = await m.findOneBy(GradeResult, { campaignId: campaign.id, applicationId });
      if (!row) throw notFound('GRADING_NOT_PROPOSED');
      if (row.confirmedAt !== null) throw conflict('GRADING_CONFIRMED');
      if (dto.version !== undefined && dto.version !== row.version) throw conflict('CONFLICT');
      const rows = await m.findBy(GradeResult, { campaignId: campaign.id });
      const slots = gradeSlots(rows.length, capsOf(campaign));
      const count = (grade: Grade) => rows.filter((r) => (r.applicationId === applicationId ? dto.grade : r.grade) === grade).length;
      if (count('excellent') > slots.excellent || count('exemplary') > slots.exemplary) {
        throw new DomainException('GRADE_CAP_EXCEEDED', HttpStatus.UNPROCESSABLE_ENTITY, {
          field: 'grade',
          message: `调整后卓越级 ${count('excellent')} 个、示范级 ${count('exemplary')} 个，超出名额（卓越级最多 ${slots.excellent} 个，示范级最多 ${slots.exemplary} 个）`,
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
    return this.view(manager, campaign);
  }

  /**
   * 确认: fixes the decisions. Two secretariat users confirming at once: one wins, the other gets a conflict. Refused
   * when a team changed meanwhile (e.g. disqualified): propose again first.
   */
  async confirm(principal: Principal): Promise<GradingView> {
    requireSecretariat(principal);
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const rows = await m.findBy(GradeResult, { campaignId: campaign.id });
      if (rows.length === 0) throw notFound('GRADING_NOT_PROPOSED');
      if (rows.some((r) => r.confirmedAt !== null)) throw conflict('GRADING_CONFIRMED');
      // A panel score behind the proposal changed by a secretariat decision: propose again first.
      if (rows.some((r) => r.rescoreRequiredAt !== null)) throw conflict('GRADING_RESCORE_REQUIRED');
      const current = await m.findBy(Application, { id: In(rows.map((r) => r.applicationId)) });
      const presentedNow = await m.countBy(Application, { campaignId: campaign.id, status: 'presented' });
      if (current.some((a) => a.status !== 'presented') || presentedNow !== rows.length) {
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
    return this.view(manager, campaign);
  }

  /** 公布: every confirmed team moves presented → graded (notified), and the results list goes public. */
  async publish(principal: Principal): Promise<GradingView> {
    requireSecretariat(principal);
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
        await m.insert(Publication, { campaignId: campaign.id, kind: 'results', publishedAt: now, publishedBy: actorOf(principal) });
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('GRADING_PUBLISHED');
        throw error;
      }
      const applications = new Map((await m.findBy(Application, { id: In(rows.map((r) => r.applicationId)) })).map((a) => [a.id, a]));
      for (const row of rows.sort((a, b) => a.rank - b.rank || a.applicationId - b.applicationId)) {
        const application = applications.get(row.applicationId)!;
        await this.applications.changeStatus(m, principal, application, transition, now, {}, `评定为${GRADE_LABEL[row.grade]}`);
        await m.update(GradeResult, { id: row.id }, { publishedAt: now });
      }
      await this.audit.record(m, { actor: actorOf(principal), action: 'grading.publish', entity: 'campaign', entityId: campaign.id, after: { graded: rows.length } });
    });
    return this.view(manager, campaign);
  }

  /**
   * 重新确认: a confirmed (or published) grading whose panel scores changed by a secretariat decision (a removed
   * expert's sheets excluded) is flagged, never silently changed. The secretariat re-runs it here, with a reason: the
   * grades are allocated again (shared allocateGrades) from the current panel scores of the teams still in the results,
   * earlier adjustments are discarded (audited, as by a re-proposal), and the rows are confirmed again; a published
   * result shows the new grade from then on. Before → after per team is audited.
   */
  async reconfirm(principal: Principal, dto: ReconfirmGradingDto): Promise<GradingView> {
    requireSecretariat(principal);
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const now = this.clock.now();
    await this.dataSource.transaction(async (m) => {
      const rows = await m.find(GradeResult, { where: { campaignId: campaign.id }, order: { rank: 'ASC', applicationId: 'ASC' } });
      if (rows.length === 0) throw notFound('GRADING_NOT_PROPOSED');
      if (!rows.some((r) => r.rescoreRequiredAt !== null)) throw conflict('GRADING_NO_RESCORE');
      if (rows.some((r) => r.confirmedAt === null)) {
        throw new DomainException('GRADING_RESCORE_REQUIRED', HttpStatus.CONFLICT, { message: '等级尚未确认：请直接重新生成等级建议，再调整和确认' });
      }
      // Teams disqualified since stay out of the allocation (they have left the results list).
      const applications = await m.findBy(Application, { id: In(rows.map((r) => r.applicationId)) });
      const inResults = new Set(applications.filter((a) => ['presented', 'graded', 'certified'].includes(a.status)).map((a) => a.id));
      const live = rows.filter((r) => inResults.has(r.applicationId));
      const scores = live.length ? await m.findBy(ReviewScore, { applicationId: In(live.map((r) => r.applicationId)) }) : [];
      const score = (id: number, kind: 'materials' | 'presentation') => scores.find((x) => x.applicationId === id && x.kind === kind)?.score;
      const entries = live.map((r) => ({ id: String(r.applicationId), materials: score(r.applicationId, 'materials') ?? r.materialsScore, presentation: score(r.applicationId, 'presentation') ?? r.presentationScore }));
      const results = allocateGrades(entries, capsOf(campaign));
      // A valid certificate states the grade: a re-confirmation that would change it waits until the certificate is revoked.
      const certificates = live.length ? await m.findBy(Certificate, { applicationId: In(live.map((r) => r.applicationId)), revokedAt: IsNull() }) : [];
      const stale = certificates.filter((c) => results.find((r) => r.id === String(c.applicationId))?.grade !== c.grade);
      if (stale.length > 0) {
        const names = await applicationLabels(m, applications.filter((a) => stale.some((c) => c.applicationId === a.id)));
        throw new DomainException('GRADING_RESCORE_REQUIRED', HttpStatus.CONFLICT, {
          message: `重新确认将改变已发证班组的等级（${stale.map((c) => `${names.get(c.applicationId)?.teamName ?? c.applicationId}：证书 ${c.certificateNo}`).join('；')}），请先撤销其证书再重新确认`,
        });
      }
      const snapshot = (r: Pick<GradeResult, 'applicationId' | 'materialsScore' | 'presentationScore' | 'total' | 'rank' | 'grade' | 'adjustmentReason'>) => ({
        applicationId: r.applicationId,
        materialsScore: r.materialsScore,
        presentationScore: r.presentationScore,
        total: r.total,
        rank: r.rank,
        grade: r.grade,
        adjustmentReason: r.adjustmentReason,
      });
      const after: Array<ReturnType<typeof snapshot>> = [];
      for (const [k, r] of results.entries()) {
        const row = live.find((x) => String(x.applicationId) === r.id)!;
        const next = {
          ...allocatedFields(entries[k]!, r),
          confirmedAt: now,
          rescoreRequiredAt: null,
          rescoreNote: null,
        };
        const result = await m.update(GradeResult, { id: row.id, version: row.version }, { ...next, version: row.version + 1 });
        if (!result.affected) throw conflict('CONFLICT');
        after.push(snapshot({ applicationId: row.applicationId, ...next }));
      }
      for (const row of rows.filter((r) => !inResults.has(r.applicationId) && r.rescoreRequiredAt !== null)) {
        await m.update(GradeResult, { id: row.id }, { rescoreRequiredAt: null, rescoreNote: null, version: row.version + 1 });
      }
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'grading.reconfirm',
        entity: 'campaign',
        entityId: campaign.id,
        before: { rows: live.map(snapshot), rescoreNotes: rows.filter((r) => r.rescoreNote !== null).map((r) => ({ applicationId: r.applicationId, note: r.rescoreNote })) },
        after: {
          reason: dto.reason,
          published: rows.some((r) => r.publishedAt !== null),
          rows: after,
          changedGrades: after.filter((a) => live.find((r) => r.applicationId === a.applicationId)?.grade !== a.grade).map((a) => a.applicationId),
        },
      });
    });
    return this.view(manager, campaign);
  }

  /** 公开：获得等级的班组名单, once published. No scores. */
  async publicResults(): Promise<PublicResultList> {
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const publication = await manager.findOneBy(Publication, { campaignId: campaign.id, kind: 'results' });
    if (!publication) return { year: campaign.year, name: campaign.name, published: false, publishedAt: null, items: [] };
    const rows = await manager.find(GradeResult, { where: { campaignId: campaign.id }, order: { rank: 'ASC', applicationId: 'ASC' } });
    const applications = await manager.findBy(Application, { id: In(rows.map((r) => r.applicationId)) });
    // A team disqualified after publication leaves the list.
    const live = new Map(applications.filter((a) => a.status === 'graded' || a.status === 'certified').map((a) => [a.id, a]));
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

  private async view(manager: EntityManager, campaign: Campaign): Promise<GradingView> {
    const rows = await manager.find(GradeResult, { where: { campaignId: campaign.id }, order: { rank: 'ASC', applicationId: 'ASC' } });
    const waiting = await manager.countBy(Application, { campaignId: campaign.id, status: 'invited' });
    const presented = await manager.countBy(Application, { campaignId: campaign.id, status: 'presented' });
    const published = await manager.findOneBy(Publication, { campaignId: campaign.id, kind: 'results' });
    const slots = gradeSlots(rows.length, capsOf(campaign));
    const applications = rows.length ? await manager.findBy(Application, { id: In(rows.map((r) => r.applicationId)) }) : [];
    const names = await applicationLabels(manager, applications);
    const counts = Object.fromEntries(GRADES.map((g) => [g, rows.filter((r) => r.grade === g).length])) as Record<Grade, number>;
    return {
      proposed: rows.length > 0,
      confirmed: rows.length > 0 && rows.every((r) => r.confirmedAt !== null),
      published: published !== null,
      publishedAt: published?.publishedAt ?? null,
      waitingPresentations: waiting,
      presented,
      caps: campaign.settings.gradeCaps,
      slots: { graded: rows.length, excellent: slots.excellent, exemplary: slots.exemplary },
      counts,
      ties: rows.filter((r) => r.tiedAtBoundary).map((r) => r.applicationId),
      // Panel scores changed by a secretariat decision: re-propose (before confirmation) or re-confirm (after).
      rescoreRequired: rows.some((r) => r.rescoreRequiredAt !== null),
      items: rows.map((r) => ({
        applicationId: r.applicationId,
        teamName: names.get(r.applicationId)?.teamName ?? '',
        enterpriseName: names.get(r.applicationId)?.enterpriseName ?? '',
        unitName: names.get(r.applicationId)?.unitName ?? '',
        materialsScore: r.materialsScore,
        presentationScore: r.presentationScore,
        total: r.total,
        rank: r.rank,
        proposedGrade: r.proposedGrade,
        proposedGradeLabel: GRADE_LABEL[r.proposedGrade],
        grade: r.grade,
        gradeLabel: GRADE_LABEL[r.grade],
        tiedAtBoundary: r.tiedAtBoundary,
        explanation: r.explanation,
        adjustmentReason: r.adjustmentReason,
        confirmedAt: r.confirmedAt,
        publishedAt: r.publishedAt,
        rescoreRequired: r.rescoreRequiredAt !== null,
        rescoreNote: r.rescoreNote,
        version: r.version,
      })),
    };
  }
}
