import { randomBytes } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DrawApplication, type DrawExpert, type DrawResult, drawPanels, drawReplacement, isDomainError, isDrawableExpert, toDrawExpert } from '@cacem/shared';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock.js';
import { AuditService } from '../audit/index.js';
import { actorOf, type Principal, requireAccess } from '../access/index.js';
import { CampaignService } from '../campaign/index.js';
import { applicationsInStatus } from '../application/index.js';
import { allExperts, expertsById } from '../expert/index.js';
import type { CreateDrawDto } from './dto/panel.dto.js';
import { PanelDraw } from './panel-draw.entity.js';
import { PanelReplacement } from './panel-replacement.entity.js';
import type { DrawView, VerifyDifference, VerifyResult } from './panel.schemas.js';
import { applyReplacements } from './current-panels.js';
import { drawNotFound } from './panel.service.js';
import { drawView } from './panel.view.js';

/**
 * 抽取专家组 (第十二条): the secretariat draws the review panels from the drawable experts (shared isDrawableExpert) for the
 * current campaign's screened-in applications, with a published seed so that the draw can be re-run and checked — and
 * checks it: the draw and each replacement since (第十六条) re-run from what was stored.
 */
@Injectable()
export class PanelDrawService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly campaigns: CampaignService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async draw(principal: Principal, dto: CreateDrawDto): Promise<DrawView> {
    requireAccess(principal, 'panels.manage');
    const seed = dto.seed ?? randomBytes(16).toString('hex');
    const draw = await this.dataSource.transaction(async (manager) => {
      const campaign = await this.campaigns.current(manager);
      const pool = await allExperts(manager);
      const experts = pool.filter(isDrawableExpert).map(toDrawExpert);
      const screenedIn = await applicationsInStatus(manager, campaign.id, 'screened_in');
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
    return drawView(this.dataSource.manager, draw);
  }

  /** Re-runs drawPanels from the stored seed and snapshots and compares with the stored result. */
  async verify(principal: Principal, id: number): Promise<VerifyResult> {
    requireAccess(principal, 'panels.manage');
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
        for (const e of (await expertsById(manager, numericIds)).values()) stored.set(String(e.id), toDrawExpert(e));
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
