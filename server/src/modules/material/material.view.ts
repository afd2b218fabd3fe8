import type { StorageService } from '../../storage/storage.service.js';
import { type Material, MATERIAL_KINDS, type MaterialKind } from './material.entity.js';
import type { MaterialView } from './material.schemas.js';

export type { MaterialView } from './material.schemas.js';

export function materialView(material: Material, storage: StorageService): MaterialView {
  return {
    id: material.id,
    kind: material.kind,
    version: material.version,
    originalName: material.originalName,
    mime: material.mime,
    size: material.size,
    sha256: material.sha256,
    uploadedAt: material.uploadedAt,
    url: storage.signedUrl(material.storageKey, { mime: material.mime, filename: material.originalName }),
  };
}

/** The current version of each kind: the highest. */
export function currentMaterials(materials: readonly Material[]): Record<MaterialKind, Material | null> {
  const current: Record<MaterialKind, Material | null> = { pdf: null, ppt: null };
  for (const m of materials) if (!current[m.kind] || current[m.kind]!.version < m.version) current[m.kind] = m;
  return current;
}

export function isMaterialKind(value: string): value is MaterialKind {
  return (MATERIAL_KINDS as readonly string[]).includes(value);
}
