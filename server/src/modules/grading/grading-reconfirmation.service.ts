import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { allocateGrades } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { conflict, DomainException, notFound } from '../../common/domain.exception.js';
import { applicationsById } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { reviewScoresOfApplications } from '../review/index.js';
import type { ReconfirmGradingDto } from './dto/grading.dto.js';
import { allocatedFields, capsOf } from './grade-allocation.js';
import { GradeChangeChecks } from './grade-change-checks.js';
import { GradeResult } from './grade-result.entity.js';
import { gradingView } from './grading-view.js';
import type { GradingView } from './grading.schemas.js';

/**
 * The grading after the scores behind it changed (KeptSheetsService flags the rows): re-confirmation, apart from the
 * first proposal → adjustment → confirmation → publication (GradingService).
 */
@Injectable()
export class GradingReconfirmationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly checks: GradeChangeChecks,
  ) {}

  /**
   * 重新确认: a confirmed (or published) grading whose panel scores changed by a secretariat decision (a removed
   * expert's sheets excluded) is flagged, never silently changed. The secretariat re-runs it here, with a reason: the
   * grades are allocated again (shared allocateGrades) from the current panel scores of the teams still in the results,
   * earlier adjustments are discarded (audited, as by a re-proposal), and the rows are confirmed again; a published
   * result shows the new grade from then on. Before → after per team is audited.
   */
  async reconfirm(principal: Principal, dto: ReconfirmGradingDto): Promise<GradingView> {
    requireAccess(principal, 'grading.manage');
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
      const applications = await applicationsById(m, rows.map((r) => r.applicationId));
      const inResults = new Set([...applications.values()].filter((a) => ['presented', 'graded', 'certified'].includes(a.status)).map((a) => a.id));
      const live = rows.filter((r) => inResults.has(r.applicationId));
      const scores = await reviewScoresOfApplications(m, live.map((r) => r.applicationId));
      const score = (id: number, kind: 'materials' | 'presentation') => scores.find((x) => x.applicationId === id && x.kind === kind)?.score;
      const entries = live.map((r) => ({ id: String(r.applicationId), materials: score(r.applicationId, 'materials') ?? r.materialsScore, presentation: score(r.applicationId, 'presentation') ?? r.presentationScore }));
      const results = allocateGrades(entries, capsOf(campaign));
      // E.g. a valid certificate states the grade: the certificate module refuses a change until it is revoked.
      await this.checks.run(m, new Map(results.map((r) => [Number(r.id), r.grade])));
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
    return gradingView(manager, campaign);
  }
}
