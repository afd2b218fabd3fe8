import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dataSourceOf } from '../../src/app.factory.js';
import { COMMITTED } from './fuzz-policy.js';
import { TEST_DB, type TestApp } from './test-app.js';

/*
 * What the route fuzz (test/fuzz.spec.ts) compares before and after a refused request: every table's rows and, when
 * asked, the file store's objects/ and tmp/.
 */

export interface StoreSnapshots {
  /** The store as it is now; with the file store's files when `withFiles`. */
  snapshot(withFiles: boolean): Promise<Record<string, unknown>>;
}

/** Lists the app's tables and, on SQLite, starts counting committed row changes; then takes snapshots on demand. */
export async function storeSnapshots(t: TestApp): Promise<StoreSnapshots> {
  let tableNames: string[] = [];

  async function listTables(): Promise<string[]> {
    const ds = dataSourceOf(t.app);
    const rows: Array<{ name: string }> =
      TEST_DB === 'sqlite'
        ? await ds.query(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
        : await ds.query(`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name`);
    return rows.map((r) => r.name);
  }

  /**
   * SQLite: a counter of rows changed by committed statements, kept by temporary triggers on every table (after each
   * INSERT, UPDATE and DELETE, per row). The triggers write inside the statement's own transaction, so a transaction
   * rolled back takes its counts back with it — unlike total_changes(), which also counts work that was undone.
   */
  async function countCommittedChanges(): Promise<void> {
    const ds = dataSourceOf(t.app);
    await ds.query(`CREATE TEMP TABLE fuzz_committed (n INTEGER NOT NULL)`);
    await ds.query(`INSERT INTO fuzz_committed (n) VALUES (0)`);
    for (const [i, name] of tableNames.entries()) {
      for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
        await ds.query(`CREATE TEMP TRIGGER fuzz_${op.toLowerCase()}_${i} AFTER ${op} ON main.${ds.driver.escape(name)} BEGIN UPDATE fuzz_committed SET n = n + 1; END`);
      }
    }
  }

  /**
   * Every table's row count in one round trip, and evidence of UPDATEs too: on SQLite every row a committed statement
   * has changed so far (countCommittedChanges); on MariaDB each table's content checksum (CHECKSUM TABLE reads every row of an InnoDB
   * table and hashes it), kept with its count as `count/checksum`.
   */
  async function snapshot(withFiles: boolean): Promise<Record<string, unknown>> {
    const ds = dataSourceOf(t.app);
    const columns = tableNames.map((name, i) => `(SELECT COUNT(*) FROM ${ds.driver.escape(name)}) AS c${i}`);
    if (TEST_DB === 'sqlite') columns.push('(SELECT n FROM temp.fuzz_committed) AS changes');
    const [row] = (await ds.query(`SELECT ${columns.join(', ')}`)) as Array<Record<string, unknown>>;
    const state: Record<string, unknown> = {};
    tableNames.forEach((name, i) => (state[name] = Number(row![`c${i}`])));
    if (TEST_DB === 'sqlite') state[COMMITTED] = Number(row!.changes);
    else {
      const sums = (await ds.query(`CHECKSUM TABLE ${tableNames.map((n) => ds.driver.escape(n)).join(', ')} EXTENDED`)) as Array<{ Table: string; Checksum: string | number | null }>;
      for (const sum of sums) {
        const name = sum.Table.slice(sum.Table.indexOf('.') + 1);
        state[name] = `${String(state[name])}/${String(sum.Checksum)}`;
      }
    }
    if (withFiles) state.files = listFiles();
    return state;
  }

  function listFiles(): string[] {
    const root = t.config.storage.dir;
    return ['objects', 'tmp'].flatMap((sub) => {
      const dir = join(root, sub);
      if (!existsSync(dir)) return [];
      return readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => relative(root, join(e.parentPath, e.name)))
        .sort();
    });
  }

  tableNames = await listTables();
  if (TEST_DB === 'sqlite') await countCommittedChanges();
  return { snapshot };
}
