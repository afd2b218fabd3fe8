import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DrawApplication, type DrawExpert, type DrawResult, drawPanels, drawReplacement, isDomainError, isDrawableExpert, toDrawExpert } from '@cacem/shared';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { DomainException, forbidden } from '../../common/domain.exception.js';
import { Application } from '../application/application.entity.js';
import { AuditService } from '../audit/audit.service.js';
import { actorOf, type Principal } from '../auth/principal.js';
import { CampaignService } from '../campaign/campaign.service.js';
import { Expert } from '../expert/expert.entity.js';
import { Team } from '../team/team.entity.js';
import type { CreateDrawDto } from './dto/panel.dto.js';
import { PanelDraw } from './panel-draw.entity.js';
import { PanelReplacement } from './panel-replacement.entity.js';
import type { DrawSummary, DrawView, MyPanels, PANEL_ROLES, PanelExpertView, VerifyDifference, VerifyResult } from './panel.schemas.js';

/** A panel as it stands now: the draw's result with its replacements applied. Ids are the draw's strings. */
export interface CurrentPanel {
  drawId: number;
  panelNo: number;
  leaderId: string;
  memberIds: string[];
  applicationIds: string[];
}

/** The draw's panels with each replacement applied in order: the replacement takes the removed expert's place and role. */
export function applyReplacements(draw: PanelDraw, replacements: readonly PanelReplacement[]): CurrentPanel[] {
  const panels = draw.result.panels.map((p, k) => ({
    drawId: draw.id,
    panelNo: k + 1,
    leaderId: p.leaderId as string | null,
    memberIds: [...p.memberIds],
    applicationIds: [...p.applicationIds],
  }));
  for (const r of [...replacements].sort((a, b) => a.id - b.id)) {
    const panel = panels[r.panelNo - 1];
    if (!panel) continue;
    const removed = String(r.removedExpertId);
    const replacement = r.replacementExpertId === null ? null : String(r.replacementExpertId);
    if (panel.leaderId === removed) {
      // A replacement takes the leader's place; with none, the first remaining member leads.
      panel.leaderId = replacement ?? panel.memberIds.shift() ?? null;
    } else {
      const at = panel.memberIds.indexOf(removed);
      if (at < 0) continue;
      if (replacement === null) panel.memberIds.splice(at, 1);
      else panel.memberIds[at] = replacement;
    }
  }
  return panels.filter((p): p is CurrentPanel => p.leaderId !== null);
}

const ROLE_LABEL: Record<(typeof PANEL_ROLES)[number], string> = { leader: '组长', member: '组员' };

const drawNotFound = () => new DomainException('NOT_FOUND', HttpStatus.NOT_FOUND, { message: '找不到该次专家组抽取' });

function requireSecretariat(principal: Principal): void {
  if (principal.role !== 'secretariat') throw forbidden();
}

/**
 * 抽取专家组 (第十二条): the secretariat draws the review panels from the drawable experts (shared isDrawableExpert) for the
 * current campaign's screened-in applications, with a published seed so that the draw can be re-run and checked.
 */
@Injectable()
export class PanelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async draw(principal: Principal, dto: CreateDrawDto): Promise<DrawView> {
    requireSecretariat(principal);
    const seed = dto.seed ?? randomBytes(16).toString('hex');
    const draw = await this.dataSource.transaction(async (manager) => {
      const campaign = await this.campaigns.current(manager);
      const pool = await manager.find(Expert, { order: { id: 'ASC' } });
      const experts = pool.filter(isDrawableExpert).map(toDrawExpert);
      const screenedIn = await manager.find(Application, { where: { campaignId: campaign.id, status: 'screened_in' }, order: { id: 'ASC' } });
      const applications: DrawApplication[] = screenedIn.map((a) => ({
        id: String(a.id),
        enterpriseId: String(a.enterpriseId),
        // A screened-in application has been recommended; shared drawPanels refuses one without a unit.
        unitId: a.recommendingUnitId === null ? '' : String(a.recommendingUnitId),
      }));
      // Throws the shared DomainError (DRAW_*), mapped to 409/422 by the error body.
      const result = drawPanels({ seed, experts, applications, panelCount: dto.panelCount, panelSize: dto.panelSize });
      const actor = actorOf(principal);
      const saved = await manager.save(
        manager.create(PanelDraw, {
          campaignId: campaign.id,
          seed,
          panelCount: dto.panelCount,
          panelSize: dto.panelSize,
          expertsSnapshot: experts,
          applicationsSnapshot: applications,
          result,
          drawnAt: this.clock.now(),
          drawnBy: actor,
          verifiedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        action: 'panel.draw',
        entity: 'panel_draw',
        entityId: saved.id,
        after: { campaignId: campaign.id, seed, panelCount: dto.panelCount, panelSize: dto.panelSize, expertCount: experts.length, applicationCount: applications.length, result },
      });
      return saved;
    });
    return this.view(draw);
  }

  async list(principal: Principal): Promise<{ items: DrawSummary[] }> {
    requireSecretariat(principal);
    const draws = await this.dataSource.getRepository(PanelDraw).find({ order: { id: 'DESC' } });
    return { items: draws.map(summary) };
  }

  async get(principal: Principal, id: number): Promise<DrawView> {
    requireSecretariat(principal);
    const draw = await this.dataSource.getRepository(PanelDraw).findOneBy({ id });
    if (!draw) throw drawNotFound();
    return this.view(draw);
  }

  /** Re-runs drawPanels from the stored seed and snapshots and compares with the stored result. */
  async verify(principal: Principal, id: number): Promise<VerifyResult> {
    requireSecretariat(principal);
    return this.dataSource.transaction(async (manager) => {
      const draw = await manager.findOneBy(PanelDraw, { id });
      if (!draw) throw drawNotFound();
      let recomputed: DrawResult | null = null;
      let failure: string | null = null;
      try {
        recomputed = drawPanels({
          seed: draw.seed,
          experts: draw.expertsSnapshot,
          applications: draw.applicationsSnapshot,
          panelCount: draw.panelCount,
          panelSize: draw.panelSize,
        });
      } catch (error) {
        if (!isDomainError(error)) throw error;
        failure = `${error.code}: ${error.message}`;
      }
      const drawVerified = recomputed !== null && isDeepStrictEqual(recomputed, draw.result);
      const drawDifferences: VerifyDifference[] = drawVerified
        ? []
        : recomputed === null
          ? [{ panelNo: 0, stored: draw.result, recomputed: failure }]
          : differencesOf(draw.result, recomputed);
      // 专家替换 (第十六条): each replacement re-run from its stored seed and candidates, against the panel as it stood then.
      const replacements = await manager.find(PanelReplacement, { where: { drawId: id }, order: { id: 'ASC' } });
      const replacementDifferences: VerifyDifference[] = [];
      if (replacements.length > 0) {
        const candidateIds = [...new Set(replacements.flatMap((r) => (Array.isArray(r.candidateIds) ? r.candidateIds : [])))];
        const numericIds = candidateIds.map(Number).filter(Number.isInteger);
        const stored = new Map<string, DrawExpert>(draw.expertsSnapshot.map((e) => [e.id, e]));
        if (numericIds.length > 0) for (const e of await manager.find(Expert, { where: { id: In(numericIds) } })) stored.set(String(e.id), toDrawExpert(e));
        replacements.forEach((r, k) => {
          const removed = String(r.removedExpertId);
          const before = applyReplacements(draw, replacements.slice(0, k)).find((p) => p.panelNo === r.panelNo);
          const seated = before !== undefined && (before.leaderId === removed || before.memberIds.includes(removed));
          const panelApplications = new Set(draw.result.panels[r.panelNo - 1]?.applicationIds ?? []);
          const applications = draw.applicationsSnapshot.filter((a) => panelApplications.has(a.id));
          const expectedSeed = `${draw.seed}#replacement-${k + 1}`;
          let rerun: string | null;
          try {
            const candidates = (Array.isArray(r.candidateIds) ? r.candidateIds : []).map((cid) => stored.get(cid) ?? { id: cid });
            rerun = drawReplacement({ seed: r.seed, candidates, applications }).expertId;
          } catch (error) {
            if (!isDomainError(error)) throw error;
            rerun = `${error.code}: ${error.message}`;
          }
          const storedOutcome = { seed: r.seed, removedExpertId: removed, replacementExpertId: r.replacementExpertId === null ? null : String(r.replacementExpertId) };
          const recomputedOutcome = { seed: expectedSeed, removedExpertId: seated ? removed : null, replacementExpertId: rerun };
          if (!isDeepStrictEqual(storedOutcome, recomputedOutcome)) {
            replacementDifferences.push({ panelNo: r.panelNo, replacementId: r.id, stored: storedOutcome, recomputed: recomputedOutcome });
          }
        });
      }
      const verified = drawVerified && replacementDifferences.length === 0;
      const differences = verified ? undefined : [...drawDifferences, ...replacementDifferences];
      const verifiedAt = verified ? this.clock.now() : draw.verifiedAt;
      if (verified) await manager.update(PanelDraw, { id }, { verifiedAt });
      await this.audit.record(manager, {
        actor: actorOf(principal),
        action: 'panel.verify',
        entity: 'panel_draw',
        entityId: id,
        after: { verified, ...(differences ? { differences } : {}) },
      });
      return { verified, ...(differences ? { differences } : {}) };
    });
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
    if (principal.role !== 'expert') throw forbidden();
    const manager = this.dataSource.manager;
    const expert = await manager.findOneBy(Expert, { userId: principal.userId });
    if (!expert) return { drawId: null, drawnAt: null, panels: [] };
    const campaign = await this.campaigns.current(manager);
    const draw = await this.latestDraw(manager, campaign.id);
    if (!draw) return { drawId: null, drawnAt: null, panels: [] };
    const self = String(expert.id);
    const own = (await this.currentPanels(manager, campaign.id))
      .map((panel) => ({ panel, panelNo: panel.panelNo }))
      .filter(({ panel }) => panel.leaderId === self || panel.memberIds.includes(self));
    const names = await this.names(
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

  private async view(draw: PanelDraw): Promise<DrawView> {
    const manager = this.dataSource.manager;
    const replacements = await manager.find(PanelReplacement, { where: { drawId: draw.id }, order: { id: 'ASC' } });
    const panels = applyReplacements(draw, replacements);
    const replacedIn = new Set(replacements.flatMap((r) => (r.replacementExpertId === null ? [] : [String(r.replacementExpertId)])));
    const names = await this.names(
      manager,
      [...panels.flatMap((p) => [p.leaderId, ...p.memberIds]), ...replacements.flatMap((r) => [String(r.removedExpertId), String(r.replacementExpertId)])],
      panels.flatMap((p) => p.applicationIds),
    );
    const expert = (id: string): PanelExpertView => ({ id: Number(id), name: names.experts.get(id) ?? null, ...(replacedIn.has(id) ? { replacement: true as const } : {}) });
    return {
      ...summary(draw),
      panels: panels.map((p) => ({
        panelNo: p.panelNo,
        leader: expert(p.leaderId),
        members: p.memberIds.map(expert),
        applications: p.applicationIds.map((id) => ({ id: Number(id), teamName: names.teams.get(id) ?? null })),
      })),
      replacements: replacements.map((r) => ({
        id: r.id,
        panelNo: r.panelNo,
        removedExpert: { id: r.removedExpertId, name: names.experts.get(String(r.removedExpertId)) ?? null },
        replacementExpert:
          r.replacementExpertId === null ? null : { id: r.replacementExpertId, name: names.experts.get(String(r.replacementExpertId)) ?? null },
        reason: r.reason,
        seed: r.seed,
        replacedAt: r.replacedAt,
        replacedBy: r.replacedBy,
      })),
    };
  }

  /** Expert names and application team names, keyed by the draw's string ids. */
  private async names(manager: EntityManager, expertIds: string[], applicationIds: string[]) {
    const experts = new Map<string, string>();
    const teams = new Map<string, string>();
    const eIds = [...new Set(expertIds.map(Number))].filter(Number.isInteger);
    const aIds = [...new Set(applicationIds.map(Number))].filter(Number.isInteger);
    if (eIds.length > 0) {
      for (const e of await manager.find(Expert, { where: { id: In(eIds) }, select: { id: true, name: true } })) experts.set(String(e.id), e.name);
    }
    if (aIds.length > 0) {
      const rows = await manager
        .getRepository(Application)
        .createQueryBuilder('a')
        .innerJoin(Team, 't', 't.id = a.teamId')
        .select('a.id', 'id')
        .addSelect('t.name', 'teamName')
        .where('a.id IN (:...ids)', { ids: aIds })
        .getRawMany<{ id: number | string; teamName: string }>();
      for (const row of rows) teams.set(String(row.id), row.teamName);
    }
    return { experts, teams };
  }
}

function summary(draw: PanelDraw): DrawSummary {
  return {
    id: draw.id,
    campaignId: draw.campaignId,
    seed: draw.seed,
    panelCount: draw.panelCount,
    panelSize: draw.panelSize,
    expertCount: draw.expertsSnapshot.length,
    applicationCount: draw.applicationsSnapshot.length,
    drawnAt: draw.drawnAt,
    drawnBy: draw.drawnBy,
    verifiedAt: draw.verifiedAt,
  };
}

function differencesOf(stored: DrawResult, recomputed: DrawResult): VerifyDifference[] {
  const storedPanels = Array.isArray(stored?.panels) ? stored.panels : [];
  if (storedPanels.length !== recomputed.panels.length) return [{ panelNo: 0, stored, recomputed }];
  const differences: VerifyDifference[] = [];
  recomputed.panels.forEach((panel, k) => {
    if (!isDeepStrictEqual(storedPanels[k], panel)) differences.push({ panelNo: k + 1, stored: storedPanels[k], recomputed: panel });
  });
  return differences;
}
