import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { MIGRATIONS } from '../src/database/migrations/index.js';
import { startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

describe(`hand-written migrations on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({}, { prepare: false });
  });
  afterAll(async () => t.close());

  it('produce exactly the schema the entities describe: the schema builder has nothing left to do', async () => {
    const dataSource = dataSourceOf(t.app);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((M) => new M().name));
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('report no migration pending after running, and undo cleanly', async () => {
    const dataSource = dataSourceOf(t.app);
    expect(await dataSource.showMigrations()).toBe(false);
    await dataSource.undoLastMigration({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(true);
    await dataSource.runMigrations({ transaction: 'each' });
    expect(await dataSource.showMigrations()).toBe(false);
  });
});
