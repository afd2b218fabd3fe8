import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { dataSourceOf } from '../src/app.factory.js';
import { PreparedQuery } from '../src/common/prepared-query.js';
import { ApplicationResults } from '../src/modules/application/application-result.js';
import { applicationForViewQuery } from '../src/modules/application/application-view.service.js';
import { Application } from '../src/modules/application/application.entity.js';
import { type Material } from '../src/modules/material/material.entity.js';
import { activityRecordFactory, draftApplicationFactory } from './support/factories.js';
import { pdfFixture, pptxFixture } from './support/material-files.js';
import { multipartBody } from './support/multipart.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type Params = { teamId: number; campaignId: number; from: string; to: string };


/**
 * PreparedQuery keeps a builder's SQL and runs it with new values: what it answers must be exactly what the query
 * builder itself answers for the same values, on both databases (entities, their mapped joins, types, and the rows).
 */
describe(`PreparedQuery on ${TEST_DB}`, () => {
  let t: TestApp;
  const teams: number[] = [];
  let campaignId: number;
  /** The status read's own query (an application, its team, materials of every version, unit, grade, certificate, count). */
  const build = (dataSource: DataSource) => applicationForViewQuery(dataSource, t.app.get(ApplicationResults));

  const upload = async (token: string, applicationId: number, kind: 'pdf' | 'ppt', content: Buffer, filename: string) => {
    const body = multipartBody([{ name: 'file', filename, content }]);
    const reply = await t.app.inject({ method: 'POST', url: `/api/v1/applications/${applicationId}/materials/${kind}`, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token}` } });
    expect(reply.statusCode).toBe(201);
  };

  beforeAll(async () => {
    t = await startTestApp();
    // One team with two PDF versions, a PPT and two activity records; one with a bare draft; one with no application.
    const full = await draftApplicationFactory(t.app);
    await upload(full.token, full.applicationId, 'pdf', await pdfFixture('第一版'), '申报材料.pdf');
    await upload(full.token, full.applicationId, 'pdf', await pdfFixture('第二版'), '申报材料-修改.pdf');
    await upload(full.token, full.applicationId, 'ppt', pptxFixture('成果发布'), '成果发布.pptx');
    await activityRecordFactory(t.app, full.token, full.teamId);
    await activityRecordFactory(t.app, full.token, full.teamId, '2026-06-01');
    const bare = await draftApplicationFactory(t.app, { teamName: '模板安装二班' });
    const none = await call<{ id: number }>(t.app, 'POST', '/api/v1/teams', { token: bare.token, json: { name: '混凝土三班', kind: 'construction_crew' } });
    teams.push(full.teamId, bare.teamId, none.body.id);
    campaignId = (await dataSourceOf(t.app).getRepository(Application).findOneByOrFail({ id: full.applicationId })).campaignId;
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it('answers what the query builder answers, entities and rows, for each set of values', async () => {
    const dataSource = dataSourceOf(t.app);
    const prepared = new PreparedQuery<Params>(build);
    for (const teamId of [...teams, 999_999]) {
      const params: Params = { teamId, campaignId, from: '2025-05-01', to: '2026-06-31' };
      const expected = await build(dataSource).setParameters(params).getRawAndEntities();
      const actual = await prepared.entities<Application>(dataSource.manager, params);
      expect(actual.entities).toEqual(expected.entities);
      expect(actual.raw).toEqual(expected.raw);
    }
    // The checks above compared something: the full team's application came back with three materials and records.
    const [full] = (await prepared.entities<Application & { viewMaterials: Material[] }>(dataSource.manager, {
      teamId: teams[0]!,
      campaignId,
      from: '2025-05-01',
      to: '2026-06-31',
    })).entities;
    expect(full!.viewMaterials).toHaveLength(3);
    expect(full!.profile.leaderName).toBe('王建国');
    expect(full!.createdAt).toBeInstanceOf(Date);
  });

  it('binds a value as the builder does, not into the SQL text', async () => {
    const dataSource = dataSourceOf(t.app);
    const prepared = new PreparedQuery<Params>(build);
    const hostile = { teamId: `${teams[0]} OR 1=1` as unknown as number, campaignId, from: "2025-05-01' OR '1'='1", to: '2026-06-31' };
    const rows = await prepared.raw<Record<string, unknown>>(dataSource.manager, hostile).catch(() => []);
    // Bound as one value, the id matches no team (or is refused by the driver): never every team.
    expect(new Set(rows.map((r) => r.t_id)).size).toBeLessThanOrEqual(1);
  });

  it('refuses a builder it cannot run in one statement', async () => {
    const dataSource = dataSourceOf(t.app);
    const paged = new PreparedQuery<{ teamId: number }>((ds) => build(ds).take(5));
    await expect(paged.raw(dataSource.manager, { teamId: teams[0]! })).rejects.toThrow(/pagination/);
  });
});
