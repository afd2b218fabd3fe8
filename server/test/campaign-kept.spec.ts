import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { CampaignSettings } from '@cacem/shared';
import type { EntitySubscriberInterface } from 'typeorm';
import { dataSourceOf } from '../src/app.factory.js';
import { Campaign } from '../src/modules/campaign/campaign.entity.js';
import { call, loginAccount, TEST_DB, type TestApp, startTestApp } from './support/test-app.js';

type CampaignView = { gradeCaps: CampaignSettings['gradeCaps']; settings: CampaignSettings };

/**
 * Each instance keeps the campaign it last read (CampaignService.current) and serves it while the session check of the
 * request saw the same campaign id and revision stored. Two instances on one database: a change made through one is
 * seen by the very next request on the other, and a kept campaign saves the read on every other request.
 */
describe(`the kept campaign on ${TEST_DB}, two instances on one database`, () => {
  let one: TestApp;
  let two: TestApp;
  let token: string;
  let loadsOnTwo = 0;

  const read = async (t: TestApp, withToken = true) => {
    const reply = await call<CampaignView>(t.app, 'GET', '/api/v1/campaigns/current', withToken ? { token } : {});
    expect(reply.status).toBe(200);
    return reply.body;
  };

  beforeAll(async () => {
    one = await startTestApp();
    const shared: Record<string, string> =
      one.config.database.type === 'sqlite'
        ? { DB_TYPE: 'sqlite', DB_SQLITE_PATH: one.config.database.sqlitePath }
        : {
            DB_TYPE: 'mariadb',
            DB_HOST: one.config.database.host,
            DB_PORT: String(one.config.database.port),
            DB_USER: one.config.database.username,
            DB_PASSWORD: one.config.database.password,
            DB_NAME: one.config.database.database,
          };
    two = await startTestApp(shared, { prepare: false });
    const counter: EntitySubscriberInterface<Campaign> = { listenTo: () => Campaign, afterLoad: () => void loadsOnTwo++ };
    dataSourceOf(two.app).subscribers.push(counter);
    token = await loginAccount(one.app, 'mishuchu');
  }, 60_000);

  afterAll(async () => {
    // The second instance shares the first one's database: closing it removes only its own data folder.
    await two?.close();
    await one?.close();
  });

  it('serves the kept campaign to authenticated requests without reading it again', async () => {
    const first = await read(two);
    const loads = loadsOnTwo;
    for (let i = 0; i < 20; i++) expect((await read(two)).gradeCaps).toEqual(first.gradeCaps);
    expect(loadsOnTwo).toBe(loads);
    // A request without a session has no stamp to compare with: it reads the database.
    await read(two, false);
    expect(loadsOnTwo).toBe(loads + 1);
  });

  it('sees a change made through the other instance at the very next request', async () => {
    const before = await read(two);
    const exemplaryMax = before.gradeCaps.exemplaryMax === 33 ? 34 : 33;
    const changed = await call<CampaignView>(one.app, 'PUT', '/api/v1/campaigns/current/settings', {
      token,
      json: { settings: { ...before.settings, gradeCaps: { ...before.settings.gradeCaps, exemplaryMax } } },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.gradeCaps.exemplaryMax).toBe(exemplaryMax);
    const loads = loadsOnTwo;
    expect((await read(two)).gradeCaps.exemplaryMax).toBe(exemplaryMax);
    expect(loadsOnTwo).toBe(loads + 1);
    // …and keeps the new one from then on.
    expect((await read(two)).gradeCaps.exemplaryMax).toBe(exemplaryMax);
    expect(loadsOnTwo).toBe(loads + 1);
    // The instance that made the change answers with the new settings too.
    expect((await read(one)).gradeCaps.exemplaryMax).toBe(exemplaryMax);
  });

  it('counts each change of the settings in the revision', async () => {
    const campaigns = dataSourceOf(one.app).getRepository(Campaign);
    const [before] = await campaigns.find({ order: { year: 'DESC' }, take: 1 });
    const view = await read(one);
    expect((await call(one.app, 'PUT', '/api/v1/campaigns/current/settings', { token, json: { settings: view.settings } })).status).toBe(200);
    const [after] = await campaigns.find({ order: { year: 'DESC' }, take: 1 });
    expect(after!.revision).toBe(before!.revision + 1);
  });
});
