import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestApp } from './test-app.js';

/** The previous hash of the chain's first entry, and the hash of an empty chain's head. */
export const GENESIS = '0'.repeat(64);

/**
 * What startTestApp leaves in the temp folder: the data folder and, on SQLite, the database's folder. For suites that
 * keep the folders past close() (the audit suites read the anchors an app wrote at shutdown) and remove them after.
 */
export function removeFolders(t: TestApp | undefined): void {
  if (!t) return;
  rmSync(t.config.dataDir, { recursive: true, force: true });
  if (t.config.database.type === 'sqlite' && t.config.database.sqlitePath !== ':memory:') rmSync(dirname(t.config.database.sqlitePath), { recursive: true, force: true });
}
