import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { forbidden, notFound } from '../../common/domain.exception.js';
import { holds, type StaffPrincipal } from '../access/index.js';
import { type Campaign, CampaignService } from '../campaign/index.js';
import { type CurrentPanel, PanelService } from '../panel/index.js';
import { type Application, findApplication } from '../application/index.js';
import { type Expert, expertNames, expertOfUser } from '../expert/index.js';

/** Where an expert sits for one application: their panel and role in it. */
export interface Seat {
  expert: Expert;
  panel: CurrentPanel;
  role: 'leader' | 'member';
}

/** The panel's experts, leader first, as the pool's ids. */
export function panelExpertIds(panel: CurrentPanel): number[] {
  return [panel.leaderId, ...panel.memberIds].map(Number);
}

/** Whether the expert sits on the panel, as its leader or a member. */
export function sitsOn(panel: CurrentPanel, expert: Expert): boolean {
  const self = String(expert.id);
  return panel.leaderId === self || panel.memberIds.includes(self);
}

/**
 * Who sits where in the review domain: the expert behind a principal, their seat for an application, the panels and
 * applications the scoring, the panel's review and the presentation sessions act on. The services check the
 * principal's permission first (requireAccess); these lookups then answer for the things themselves.
 */
@Injectable()
export class ReviewSeats {
  constructor(
    private readonly campaigns: CampaignService,
    private readonly panels: PanelService,
  ) {}

  /** The pool's entry behind an expert's login, or null for an expert account not (yet) entered in the pool. */
  async findExpert(manager: EntityManager, principal: StaffPrincipal): Promise<Expert | null> {
    return expertOfUser(manager, principal.userId);
  }

  /** The pool's entry behind an expert's login; an account not in the pool scores nothing (REVIEW_EXPERT_ONLY). */
  async expertOf(manager: EntityManager, principal: StaffPrincipal): Promise<Expert> {
    const expert = await this.findExpert(manager, principal);
    if (!expert) throw forbidden('REVIEW_EXPERT_ONLY');
    return expert;
  }

  /** The panels of the campaign's current draw the expert sits on. */
  async panelsOf(manager: EntityManager, campaignId: number, expert: Expert): Promise<CurrentPanel[]> {
    return (await this.panels.currentPanels(manager, campaignId)).filter((p) => sitsOn(p, expert));
  }

  /**
   * The expert's seat for an application. An application of no panel the expert sits on is answered as one that does
   * not exist (404), so ids say nothing about other panels or whose unit an application is from. Only an expert seated
   * on its panel is told of a conflict (the expert's own enterprise or recommending unit), by name, even though the draw
   * never seats one: pool data can change after the draw, and the leader needs to know to act on it.
   */
  async seatFor(manager: EntityManager, expert: Expert, application: Application): Promise<Seat> {
    const panel = (await this.panels.currentPanels(manager, application.campaignId)).find((p) => p.applicationIds.includes(String(application.id)) && sitsOn(p, expert));
    if (!panel) throw notFound('APPLICATION_NOT_FOUND');
    if ((expert.enterpriseId !== null && expert.enterpriseId === application.enterpriseId) || expert.recommendingUnitId === application.recommendingUnitId) {
      throw forbidden('REVIEW_CONFLICT');
    }
    return { expert, panel, role: panel.leaderId === String(expert.id) ? 'leader' : 'member' };
  }

  /**
   * The current campaign's panel `panelNo`, for its leader or the secretariat. A member of the panel is refused
   * (REVIEW_LEADER_ONLY); an expert not on it is answered as for a panel that does not exist.
   */
  async leadersPanel(manager: EntityManager, principal: StaffPrincipal, panelNo: number): Promise<{ campaign: Campaign; panel: CurrentPanel }> {
    const campaign = await this.campaigns.current(manager);
    const expert = holds(principal, 'reviews.oversee') ? null : await this.expertOf(manager, principal);
    const panel = await this.panelOr404(manager, campaign.id, panelNo);
    if (expert) {
      if (!sitsOn(panel, expert)) throw notFound('PANEL_NOT_FOUND');
      if (panel.leaderId !== String(expert.id)) throw forbidden('REVIEW_LEADER_ONLY');
    }
    return { campaign, panel };
  }

  /** A submitted application; a draft is as unknown to the review as a missing one. */
  async applicationOr404(manager: EntityManager, id: number): Promise<Application> {
    const application = await findApplication(manager, id);
    if (!application || application.submittedAt === null) throw notFound('APPLICATION_NOT_FOUND');
    return application;
  }

  async panelOr404(manager: EntityManager, campaignId: number, panelNo: number): Promise<CurrentPanel> {
    const panels = await this.panels.currentPanels(manager, campaignId);
    if (panels.length === 0) throw notFound('REVIEW_NO_DRAW');
    const panel = panels.find((p) => p.panelNo === panelNo);
    if (!panel) throw notFound('PANEL_NOT_FOUND');
    return panel;
  }

  async expertNames(manager: EntityManager, ids: number[]): Promise<Map<number, string>> {
    return expertNames(manager, ids);
  }
}
