import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APPLICATION_STATUS_LABEL, type ApplicationStatus, assertTransition } from '@cacem/shared';
import ExcelJS from 'exceljs';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { isUniqueViolation } from '../../common/unique-violation.js';
import { conflict, DomainException } from '../../common/domain.exception.js';
import { applicationsById, applicationsInStatus, ApplicationService, campaignStatusesReached, countApplicationsInStatus } from '../application/index.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { type Campaign, CampaignService } from '../campaign/index.js';
import { enterprisesById } from '../enterprise/index.js';
import { unitsById } from '../recommending-unit/index.js';
import { reviewScoresOfApplications } from '../review/index.js';
import { teamsById } from '../team/index.js';
import type { InviteDto } from './dto/invitation.dto.js';
import type { InvitationList, InvitationRow, PublicInvitationList } from './invitation.schemas.js';
import { findPublication, insertPublication } from './invitation.queries.js';

const DECIDED: ApplicationStatus[] = ['reviewed', 'invited', 'not_invited', 'presented', 'forfeited', 'graded', 'certified'];

/**
 * 公布参加发布会的班组名单 (第八条（四）、工作安排（二）): after the materials review the secretariat chooses, from the
 * reviewed applications ranked by their materials score, the teams invited to present. Deciding publishes the list
 * at once — each team moves reviewed → invited or → not_invited, is notified, and the public page shows the list.
 */
@Injectable()
export class InvitationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly applications: ApplicationService,
    private readonly campaigns: CampaignService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** 秘书处: the reviewed applications ranked by materials score (competition ranking), and whether the list is out. */
  async list(principal: Principal): Promise<InvitationList> {
    requireAccess(principal, 'publications.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const publication = await findPublication(manager, campaign.id, 'invitations');
    const underReview = await countApplicationsInStatus(manager, campaign.id, 'screened_in');
    return {
      published: publication !== null,
      publishedAt: publication?.publishedAt ?? null,
      underReview,
      items: await this.rows(manager, campaign, DECIDED),
    };
  }

  /**
   * Invites the listed applications and not the other reviewed ones, and publishes the list, in one transaction.
   * Refused while any application is still under review, once published, or when a listed one is not reviewed.
   */
  async invite(principal: Principal, dto: InviteDto): Promise<InvitationList> {
    requireAccess(principal, 'publications.manage');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const now = this.clock.now();
    const context = { settings: campaign.settings, now };
    const toInvited = assertTransition('reviewed', 'invited', 'secretariat', context);
    const toNotInvited = assertTransition('reviewed', 'not_invited', 'secretariat', context);
    if (await findPublication(manager, campaign.id, 'invitations')) throw conflict('INVITATIONS_PUBLISHED');
    const underReview = await countApplicationsInStatus(manager, campaign.id, 'screened_in');
    if (underReview > 0) {
      throw new DomainException('INVITATIONS_REVIEW_INCOMPLETE', HttpStatus.CONFLICT, { message: `还有 ${underReview} 个申报的资料审核尚未完成，暂不能确定参加发布会的名单` });
    }
    const reviewed = await applicationsInStatus(manager, campaign.id, 'reviewed');
    const chosen = new Set(dto.applicationIds);
    const unknown = [...chosen].filter((id) => !reviewed.some((a) => a.id === id));
    if (unknown.length > 0 || chosen.size !== dto.applicationIds.length) {
      throw new DomainException('INVITATIONS_INVALID', HttpStatus.UNPROCESSABLE_ENTITY, {
        field: 'applicationIds',
        message: unknown.length > 0 ? `申报 ${unknown.join('、')} 不是已完成资料审核的申报` : '同一申报在名单中出现了多次',
      });
    }
    await this.dataSource.transaction(async (m) => {
      try {
        await insertPublication(m, { campaignId: campaign.id, kind: 'invitations', publishedAt: now, publishedBy: actorOf(principal) });
      } catch (error) {
        // Two secretariat users at once: the unique key lets one publish.
        if (isUniqueViolation(error)) throw conflict('INVITATIONS_PUBLISHED');
        throw error;
      }
      for (const application of reviewed) {
        const invited = chosen.has(application.id);
        await this.applications.changeStatus(m, principal, application, invited ? toInvited : toNotInvited, now);
      }
      await this.audit.record(m, {
        actor: actorOf(principal),
        action: 'invitations.publish',
        entity: 'campaign',
        entityId: campaign.id,
        after: { invited: [...chosen], notInvited: reviewed.filter((a) => !chosen.has(a.id)).map((a) => a.id) },
      });
    });
    return this.list(principal);
  }

  /** 公开名单: the invited teams, in Annex 2's order of units; nothing before publication. No scores. */
  async publicList(): Promise<PublicInvitationList> {
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const publication = await findPublication(manager, campaign.id, 'invitations');
    if (!publication) return { year: campaign.year, name: campaign.name, published: false, publishedAt: null, items: [] };
    // Every team invited, including those that later presented, forfeited or were graded: the list as published.
    const invitedIds = await this.invitedIds(manager, campaign.id);
    const rows = (await this.rows(manager, campaign, null, invitedIds)).sort(
      (a, b) => (a.unit?.seq ?? 999) - (b.unit?.seq ?? 999) || a.applicationId - b.applicationId,
    );
    return {
      year: campaign.year,
      name: campaign.name,
      published: true,
      publishedAt: publication.publishedAt,
      items: rows.map((r, k) => ({ no: k + 1, teamName: r.teamName, enterpriseName: r.enterpriseName, unitName: r.unit?.name ?? '' })),
    };
  }

  /** The list as an Excel sheet with Chinese headers, for the notice and for the hall. */
  async export(principal: Principal): Promise<{ filename: string; bytes: Buffer }> {
    requireAccess(principal, 'exports.read');
    const manager = this.dataSource.manager;
    const campaign = await this.campaigns.current(manager);
    const rows = await this.rows(manager, campaign, DECIDED);
    const invitedIds = new Set(await this.invitedIds(manager, campaign.id));
    const book = new ExcelJS.Workbook();
    book.creator = '中国施工企业管理协会';
    const sheet = book.addWorksheet('参加发布会班组名单');
    sheet.columns = [
      { header: '序号', key: 'no', width: 8 },
      { header: '班组名称', key: 'team', width: 30 },
      { header: '企业名称', key: 'enterprise', width: 40 },
      { header: '推荐单位', key: 'unit', width: 30 },
      { header: '资料审核得分', key: 'score', width: 14 },
      { header: '资料审核排名', key: 'rank', width: 14 },
      { header: '是否受邀', key: 'invited', width: 10 },
      { header: '当前状态', key: 'status', width: 24 },
    ];
    sheet.getRow(1).font = { bold: true };
    rows.forEach((r, k) =>
      sheet.addRow({
        no: k + 1,
        team: r.teamName,
        enterprise: r.enterpriseName,
        unit: r.unit?.name ?? '',
        score: r.materialsScore,
        rank: r.rank,
        invited: invitedIds.has(r.applicationId) ? '是' : r.status === 'reviewed' ? '待定' : '否',
        status: r.statusLabel,
      }),
    );
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    return { filename: `${campaign.year}年度参加成果发布会班组名单.xlsx`, bytes: Buffer.from(await book.xlsx.writeBuffer()) };
  }

  /** Applications that were invited: their event history has a move to 'invited'. */
  private async invitedIds(manager: EntityManager, campaignId: number): Promise<number[]> {
    return (await campaignStatusesReached(manager, campaignId)).filter((r) => r.to === 'invited').map((r) => r.applicationId);
  }

  private async rows(manager: EntityManager, campaign: Campaign, statuses: ApplicationStatus[] | null, ids?: number[]): Promise<InvitationRow[]> {
    const applications = statuses
      ? await applicationsInStatus(manager, campaign.id, statuses)
      : [...(await applicationsById(manager, ids ?? [])).values()].filter((a) => a.campaignId === campaign.id);
    if (applications.length === 0) return [];
    const materials = await reviewScoresOfApplications(manager, applications.map((a) => a.id), 'materials');
    const scores = new Map(materials.map((s) => [s.applicationId, s.score]));
    const teams = await teamsById(manager, applications.map((a) => a.teamId));
    const enterprises = await enterprisesById(manager, applications.map((a) => a.enterpriseId));
    const units = await unitsById(manager, applications.flatMap((a) => (a.recommendingUnitId === null ? [] : [a.recommendingUnitId])));
    const sorted = applications.sort((a, b) => (scores.get(b.id) ?? -1) - (scores.get(a.id) ?? -1) || a.id - b.id);
    let rank = 0;
    let previous: number | undefined;
    return sorted.map((a, k) => {
      const score = scores.get(a.id) ?? null;
      if (score !== previous) rank = k + 1;
      previous = score ?? undefined;
      const unit = a.recommendingUnitId === null ? undefined : units.get(a.recommendingUnitId);
      return {
        applicationId: a.id,
        rank,
        teamName: teams.get(a.teamId)?.name ?? '',
        enterpriseName: enterprises.get(a.enterpriseId)?.name ?? '',
        unit: unit ? { id: unit.id, seq: unit.seq, name: unit.name } : null,
        materialsScore: score,
        status: a.status,
        statusLabel: APPLICATION_STATUS_LABEL[a.status],
      };
    });
  }
}
