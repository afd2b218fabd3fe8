import type { DataSource } from 'typeorm';

/**
 * better-sqlite3 is one connection, and TypeORM cannot open a second transaction on it while one is running
 * ("cannot start a transaction within a transaction"). On SQLite, transactions therefore take turns; MySQL and
 * MariaDB run them concurrently on their pool as usual. DataSource.transaction goes through the manager, so
 * every service's `dataSource.transaction(...)` is covered here, once.
 */
export function serializeSqliteTransactions(dataSource: DataSource): DataSource {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource;
  const manager = dataSource.manager;
  const original = manager.transaction.bind(manager) as (...args: unknown[]) => Promise<unknown>;
  let queue: Promise<unknown> = Promise.resolve();
  manager.transaction = ((...args: unknown[]) => {
    const run = queue.then(() => original(...args));
    queue = run.catch(() => undefined);
    return run;
  }) as typeof manager.transaction;
  return dataSource;
}
