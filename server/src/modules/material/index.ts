// The material module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { inspectMaterial, PDF_MIME, PPT_MIME } from './material-inspection.js';
export { MaterialView } from './material.schemas.js';
export { currentMaterials, materialView } from './material.view.js';
