import { type EntityManager, In, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import { rowsById } from '../../common/rows-by-id.js';
import { Material, type MaterialKind } from './material.entity.js';

// The materials' queries for other modules (they never open the table's repository).

/** The kinds of file (for other modules' schemas and columns; the entity file stays inside the module). */
export { MATERIAL_KINDS } from './material.entity.js';

export function materialsById(manager: EntityManager, ids: Iterable<number>): Promise<Map<number, Material>> {
  return rowsById(manager, Material, ids);
}

/** Every version of every file of the given applications. */
export function materialsOfApplications(manager: EntityManager, applicationIds: readonly number[]): Promise<Material[]> {
  if (applicationIds.length === 0) return Promise.resolve([]);
  return manager.findBy(Material, { applicationId: In([...applicationIds]) });
}

/** Every material, oldest version first (so the last one seen of a file is its current version). */
export function materialsInVersionOrder(manager: EntityManager): Promise<Material[]> {
  return manager.find(Material, { order: { version: 'ASC' } });
}

/** Every version of both kinds of one application, newest first within a kind. */
export function materialsOfApplication(manager: EntityManager, applicationId: number): Promise<Material[]> {
  return manager.find(Material, { where: { applicationId }, order: { kind: 'ASC', version: 'DESC' } });
}

/** The highest version of one kind of an application's file; 0 when none was uploaded. */
export async function latestMaterialVersion(manager: EntityManager, applicationId: number, kind: MaterialKind): Promise<number> {
  const latest = await manager.findOne(Material, { where: { applicationId, kind }, order: { version: 'DESC' } });
  return latest?.version ?? 0;
}

/** Records an uploaded version (the caller audits it in the same transaction). */
export function addMaterialVersion(manager: EntityManager, fields: Omit<Material, 'id' | 'uploadedAt'>): Promise<Material> {
  return manager.save(manager.create(Material, fields));
}

/** Left-joins every version of each application's files (as `alias`, on `on`) into another module's query, mapped onto `property`. */
export function joinMaterials<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, property: string, alias: string, on: string): SelectQueryBuilder<T> {
  return qb.leftJoinAndMapMany(property, Material, alias, on);
}
