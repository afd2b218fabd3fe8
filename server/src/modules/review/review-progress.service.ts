import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In, Not } from 'typeorm';
import { applicationLabels, applicationsById } from '../application/index.js';
import { type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { PanelService } from '../panel/index.js';
import { PresentationSchedule } from './presentation-schedule.js';
import type { PanelProgress, PanelProgressItem, ReviewOverview } from './review-panel.schemas.js';
import { ReviewScore } from './review-score.entity.js';
import { panelExpertIds, ReviewSeats } from './review-seats.js';
import { OPEN_CHANGE_STATUSES, ScoreChangeService } from './score-change.service.js';
import { type ScoreKind, ScoreSheetEntity } from './score-sheet.entity.js';
import { SCORE_KIND_LABEL, spreadOf } from './score-sheet.view.js';

/**
 * How the panels' scoring stands (第八条（四）, 第九条): the leader follows their panel's progress on one part — who has
 * submitted which application, totals and the spread once everyone has — and the secretariat sees every panel at a
 * glance, with the corrections awaiting its decision. Read only; what the leader does is PanelReviewService's.
 */
@Injectable()
export class ReviewProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly seats: ReviewSeats,
    private readonly campaigns: CampaignService,
    private readonly panels: PanelService,
    private readonly changes: ScoreChangeService,
    private readonly schedule: PresentationSchedule,
  ) {}

  /**
   * 组长: the panel's progress on one part — who has submitted which application; totals and the spread of an
   * application only once every expert of the panel has submitted it. The secretariat may read it too.
   */
  async progress(principal: Principal, panelNo: number, kind: ScoreKind): Promise<PanelProgress> {
    const reader = requireAccess(principal, 'review.read');
    const manager = this.dataSource.manager;
    const { panel } = await this.seats.leadersPanel(manager, reader, panelNo);
    const expertIds = panelExpertIds(panel);
    const names = await this.seats.expertNames(manager, expertIds);
    const appIds = panel.applicationIds.map(Number);
    const applications = [...(await applicationsById(manager, appIds)).values()];
    const teams = await applicationLabels(manager, applications);
    const sheets = appIds.length ? await manager.findBy(ScoreSheetEntity, { applicationId: In(appIds), kind, expertId: In(expertIds) }) : [];
    const scores = appIds.length ? await manager.findBy(ReviewScore, { applicationId: In(appIds), kind }) : [];
    const slots = kind === 'presentation' ? await this.schedule.slotsOfApplications(manager, appIds) : [];
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

  /** 秘书处: every panel's progress on one part at a glance. */
  async overview(principal: Principal, kind: ScoreKind): Promise<ReviewOverview> {
    requireAccess(principal, 'reviews.oversee');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const panels = await this.panels.currentPanels(manager, campaign.id);
    if (panels.length === 0) return { kind, panels: [] };
    const allExpertIds = [...new Set(panels.flatMap(panelExpertIds))];
    const names = await this.seats.expertNames(manager, allExpertIds);
    const appIds = panels.flatMap((p) => p.applicationIds.map(Number));
    const applications = [...(await applicationsById(manager, appIds)).values()];
    const sheets = await manager.find(ScoreSheetEntity, { where: { applicationId: In(appIds), kind, status: Not('void') }, select: { applicationId: true, expertId: true, status: true } });
    const slots = kind === 'presentation' ? await this.schedule.slotsOfApplications(manager, appIds) : [];
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
}
