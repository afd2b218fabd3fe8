import { type EntityManager, type EntityTarget, type FindOptionsWhere, In, type ObjectLiteral } from 'typeorm';

/**
 * The rows of one table with the given ids, keyed by id, in one query (none for no ids). For a module's own
 * `*.queries.ts`: the entity class stays in its module, callers get the rows.
 */
export async function rowsById<T extends ObjectLiteral & { id: number }>(manager: EntityManager, entity: EntityTarget<T>, ids: Iterable<number>): Promise<Map<number, T>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await manager.getRepository(entity).findBy({ id: In(unique) } as FindOptionsWhere<T>);
  return new Map(rows.map((row) => [row.id, row]));
}
