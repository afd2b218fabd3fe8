import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { DomainException } from '../../common/domain.exception.js';
import { type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { expertOfUser } from '../expert/index.js';
import { applyReplacements, type CurrentPanel } from './current-panels.js';
import { PanelDraw } from './panel-draw.entity.js';
import { PanelReplacement } from './panel-replacement.entity.js';
import type { DrawSummary, DrawView, MyPanels, PANEL_ROLES } from './panel.schemas.js';
import { drawSummary, drawView, panelNames } from './panel.view.js';

// The review and discipline read a panel as it stands now through this service.
export type { CurrentPanel } from './current-panels.js';

const ROLE_LABEL: Record<(typeof PANEL_ROLES)[number], string> = { leader: '组长', member: '组员' };

export const drawNotFound = () => new DomainException('NOT_FOUND', HttpStatus.NOT_FOUND, { message: '找不到该次专家组抽取' });

/**
 * 专家组 (第十二条): the panels as drawn and as they stand now (replacements applied) — the secretariat's list of draws,
 * an expert's own panels, and the current panels the review reads. Drawing and checking a draw is PanelDrawService's.
 */
@Injectable()
export class PanelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
  ) {}

  async list(principal: Principal): Promise<{ items: DrawSummary[] }> {
    requireAccess(principal, 'panels.manage');
    const draws = await this.dataSource.getRepository(PanelDraw).find({ order: { id: 'DESC' } });
    return { items: draws.map(drawSummary) };
  }

  async get(principal: Principal, id: number): Promise<DrawView> {
    requireAccess(principal, 'panels.manage');
    const draw = await this.dataSource.getRepository(PanelDraw).findOneBy({ id });
    if (!draw) throw drawNotFound();
    return drawView(this.dataSource.manager, draw);
  }

  /** The campaign's latest draw, or null before the first one. */
  async latestDraw(manager: EntityManager, campaignId: number): Promise<PanelDraw | null> {
    const [draw] = await manager.find(PanelDraw, { where: { campaignId }, order: { id: 'DESC' }, take: 1 });
    return draw ?? null;
  }

  /** The panels of the campaign's latest draw as they stand now (replacements applied); empty before the first draw. */
  async currentPanels(manager: EntityManager, campaignId: number): Promise<CurrentPanel[]> {
    const draw = await this.latestDraw(manager, campaignId);
    if (!draw) return [];
    const replacements = await manager.find(PanelReplacement, { where: { drawId: draw.id }, order: { id: 'ASC' } });
    return applyReplacements(draw, replacements);
  }

  /** 专家本人：最近一次抽取中自己所在的专家组（组号、组长/组员、同组专家、评审的申报），不含其他组。 */
  async mine(principal: Principal): Promise<MyPanels> {
    const expertLogin = requireAccess(principal, 'review.score');
    const manager = this.dataSource.manager;
    const expert = await expertOfUser(manager, expertLogin.userId);
    if (!expert) return { drawId: null, drawnAt: null, panels: [] };
    const campaign = await this.campaigns.current(manager);
    const draw = await this.latestDraw(manager, campaign.id);
    if (!draw) return { drawId: null, drawnAt: null, panels: [] };
    const self = String(expert.id);
    const own = (await this.currentPanels(manager, campaign.id))
      .map((panel) => ({ panel, panelNo: panel.panelNo }))
      .filter(({ panel }) => panel.leaderId === self || panel.memberIds.includes(self));
    const names = await panelNames(
      manager,
      own.flatMap(({ panel }) => [panel.leaderId, ...panel.memberIds]),
      own.flatMap(({ panel }) => panel.applicationIds),
    );
    return {
      drawId: draw.id,
      drawnAt: draw.drawnAt,
      panels: own.map(({ panel, panelNo }) => {
        const role = panel.leaderId === self ? ('leader' as const) : ('member' as const);
        return {
          panelNo,
          role,
          roleLabel: ROLE_LABEL[role],
          leader: { name: names.experts.get(panel.leaderId) ?? null },
          members: panel.memberIds.map((id) => ({ name: names.experts.get(id) ?? null })),
          applications: panel.applicationIds.map((id) => ({ id: Number(id), teamName: names.teams.get(id) ?? null })),
        };
      }),
    };
  }
}
