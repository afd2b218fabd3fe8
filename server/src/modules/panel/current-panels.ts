import type { PanelDraw } from './panel-draw.entity.js';
import type { PanelReplacement } from './panel-replacement.entity.js';

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
