import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** Reads a raw value of a query's selected column as the entity's column reads it (driver type, transformer). */
export type RawReader<T> = (raw: unknown) => T | null;

/**
 * A reader for one entity column's raw values (getRawMany), for a module's own `*.queries.ts` fragments: the entity
 * class stays in its module, callers get the values typed as the entity holds them. Null and undefined read as null.
 */
export function columnReader<T>(connection: DataSource, entity: EntityTarget<ObjectLiteral>, property: string): RawReader<T> {
  const column = connection.getMetadata(entity).findColumnWithPropertyName(property)!;
  return (raw) => (raw === null || raw === undefined ? null : (connection.driver.prepareHydratedValue(raw, column) as T));
}
