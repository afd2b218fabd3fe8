import type { EntityManager } from 'typeorm';
import { PanelReplacement } from './panel-replacement.entity.js';
import { PanelDraw } from './panel-draw.entity.js';

// The panel tables' queries for other modules (they never open the tables' repositories).

/** How many replacements a draw has had (the next one's seed is numbered after them). */
export function replacementCount(manager: EntityManager, drawId: number): Promise<number> {
  return manager.count(PanelReplacement, { where: { drawId } });
}

/** Records a replacement drawn into a panel. The caller records the audit entry. */
export function insertReplacement(manager: EntityManager, fields: Omit<PanelReplacement, 'id'>): Promise<PanelReplacement> {
  return manager.save(manager.create(PanelReplacement, fields));
}

/** The id of a campaign's latest draw, if it has one. */
export async function latestDrawId(manager: EntityManager, campaignId: number): Promise<number | null> {
  const [draw] = await manager.find(PanelDraw, { select: { id: true }, where: { campaignId }, order: { id: 'DESC' }, take: 1 });
  return draw?.id ?? null;
}
