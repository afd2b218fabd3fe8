import type { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { RawSqlResultsToEntityTransformer } from 'typeorm/query-builder/transformer/RawSqlResultsToEntityTransformer.js';

interface Prepared {
  builder: SelectQueryBuilder<ObjectLiteral>;
  /** The builder's SQL with its :named parameters still in it. */
  sql: string;
}

/**
 * A read built once with TypeORM's query builder and then run with new parameter values on every call: its SQL, :named
 * parameters still in it, is kept per data source, so a read run on every request (the guard's session check, the
 * team's status read) does not build the same SQL again each time — the api bench (test/perf) found the building
 * costing the server more time than the database took to answer. Parameters are bound by the driver exactly as the
 * builder's own would be, and entities are made from the rows by TypeORM's own transformer, as getRawAndEntities does.
 *
 * For plain selects and joins only: no pagination (skip/take), locks or relation-id loading, which need more than one
 * statement; and no "load" events are sent to entity subscribers (the platform has none).
 */
export class PreparedQuery<P extends ObjectLiteral> {
  private readonly prepared = new WeakMap<DataSource, Prepared>();

  constructor(private readonly build: (dataSource: DataSource) => SelectQueryBuilder<ObjectLiteral>) {}

  /** The rows as the driver returns them (what getRawMany gives), read through `manager` (in its transaction, if any). */
  async raw<R>(manager: EntityManager, parameters: P): Promise<R[]> {
    const [sql, values] = manager.connection.driver.escapeQueryWithParameters(this.prepare(manager.connection).sql, parameters);
    return manager.query<R[]>(sql, values);
  }

  /** The entities of the main alias, joined ones mapped in, and the rows they came from (what getRawAndEntities gives). */
  async entities<E, R = ObjectLiteral>(manager: EntityManager, parameters: P): Promise<{ entities: E[]; raw: R[] }> {
    const { builder } = this.prepare(manager.connection);
    const raw = await this.raw<R>(manager, parameters);
    if (raw.length === 0) return { entities: [], raw };
    const transformer = new RawSqlResultsToEntityTransformer(builder.expressionMap, manager.connection.driver, []);
    return { entities: transformer.transform(raw, builder.expressionMap.mainAlias!) as E[], raw };
  }

  private prepare(dataSource: DataSource): Prepared {
    let prepared = this.prepared.get(dataSource);
    if (prepared === undefined) {
      const builder = this.build(dataSource);
      const map = builder.expressionMap;
      if (map.skip !== undefined || map.take !== undefined || map.offset !== undefined || map.limit !== undefined || map.lockMode || map.relationIdAttributes.length > 0) {
        throw new Error('PreparedQuery: pagination, locks and relation ids need TypeORM to run the query itself');
      }
      prepared = { builder, sql: builder.getQuery() };
      this.prepared.set(dataSource, prepared);
    }
    return prepared;
  }
}
