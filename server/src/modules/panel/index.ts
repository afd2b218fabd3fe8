// The panel module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { PanelModule } from './panel.module.js';
export { PANEL_ROLES } from './panel.schemas.js';
export { type CurrentPanel, PanelService } from './panel.service.js';
export type { PanelDraw } from './panel-draw.entity.js';
export type { PanelReplacement } from './panel-replacement.entity.js';
export { insertReplacement, replacementCount } from './panel.queries.js';
export { latestDrawId } from './panel.queries.js';
