import type { EntityManager } from 'typeorm';
import { applicationsQuery } from '../application/index.js';
import { expertNames } from '../expert/index.js';
import { joinTeamName } from '../team/index.js';
import { applyReplacements } from './current-panels.js';
import type { PanelDraw } from './panel-draw.entity.js';
import { PanelReplacement } from './panel-replacement.entity.js';
import type { DrawSummary, DrawView, PanelExpertView } from './panel.schemas.js';

/** A draw as the secretariat reads it: its panels as they stand now, and every replacement made since. */
export async function drawView(manager: EntityManager, draw: PanelDraw): Promise<DrawView> {
  const replacements = await manager.find(PanelReplacement, { where: { drawId: draw.id }, order: { id: 'ASC' } });
  const panels = applyReplacements(draw, replacements);
  const replacedIn = new Set(replacements.flatMap((r) => (r.replacementExpertId === null ? [] : [String(r.replacementExpertId)])));
  const names = await panelNames(
    manager,
    [...panels.flatMap((p) => [p.leaderId, ...p.memberIds]), ...replacements.flatMap((r) => [String(r.removedExpertId), String(r.replacementExpertId)])],
    panels.flatMap((p) => p.applicationIds),
  );
  const expert = (id: string): PanelExpertView => ({ id: Number(id), name: names.experts.get(id) ?? null, ...(replacedIn.has(id) ? { replacement: true as const } : {}) });
  return {
    ...drawSummary(draw),
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
export async function panelNames(manager: EntityManager, expertIds: string[], applicationIds: string[]) {
  const experts = new Map<string, string>();
  const teams = new Map<string, string>();
  const eIds = [...new Set(expertIds.map(Number))].filter(Number.isInteger);
  const aIds = [...new Set(applicationIds.map(Number))].filter(Number.isInteger);
  for (const [id, name] of await expertNames(manager, eIds)) experts.set(String(id), name);
  if (aIds.length > 0) {
    const { builder, columns } = applicationsQuery(manager, 'a');
    const team = joinTeamName(builder, 't', `t.id = ${columns.teamId}`);
    const rows = await builder
      .select(columns.id, 'id')
      .addSelect(team.name, 'teamName')
      .where(`${columns.id} IN (:...ids)`, { ids: aIds })
      .getRawMany<{ id: number | string; teamName: string }>();
    for (const row of rows) teams.set(String(row.id), row.teamName);
  }
  return { experts, teams };
}

export function drawSummary(draw: PanelDraw): DrawSummary {
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
