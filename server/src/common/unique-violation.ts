import type { EntityManager } from 'typeorm';

// MySQL/MariaDB and SQLite report a unique-key violation differently; callers ask one question.
export function isUniqueViolation(error: unknown): boolean {
  const code = driverCode(error);
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** A transaction chosen as a deadlock victim, or one that waited too long for a row lock: nothing was written, it may simply be run again. */
export function isLockConflict(error: unknown): boolean {
  const code = driverCode(error);
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY';
}

/**
 * Options that take the row's write lock on MySQL/MariaDB (SELECT … FOR UPDATE) until the transaction ends. SQLite has no
 * row locks and needs none: its transactions are serialized at the data source.
 */
export function writeLock(manager: EntityManager): { lock?: { mode: 'pessimistic_write' } } {
  return manager.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' } };
}

function driverCode(error: unknown): string | undefined {
  const e = error as { code?: string; driverError?: { code?: string } } | null;
  return e?.driverError?.code ?? e?.code;
}
