// The material module's public face: what other modules may use (see .dependency-cruiser.cjs).
export { inspectMaterial, PDF_MIME, PPT_MIME } from './material-inspection.js';
export { MaterialView } from './material.schemas.js';
export { currentMaterials, materialView } from './material.view.js';
export type { Material, MaterialKind } from './material.entity.js';
export { MATERIAL_KINDS, materialsById, materialsInVersionOrder, materialsOfApplications } from './material.queries.js';
export { isMaterialKind } from './material.view.js';
export { MATERIAL_MEDIA_TYPES, MaterialVersion, MaterialVersionList } from './material.schemas.js';
export { addMaterialVersion, joinMaterials, latestMaterialVersion, materialsOfApplication } from './material.queries.js';
