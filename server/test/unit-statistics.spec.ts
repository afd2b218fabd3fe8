import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { Clock } from '../src/common/clock.js';
import { contactFactory, statisticsFactory, submittedApplicationFactory } from './support/recommendation-factories.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type StatisticsView = { period: { from: string; to: string }; values: Record<string, unknown> | null; prefill: Record<string, number>; edited: Record<string, boolean> };
type ErrorBody = { statusCode: number; code: string; details: { problems: Array<{ field: string; code: string }> } };

describe(`statistics return (统计表) on ${TEST_DB}`, () => {
  let t: TestApp;
  let unitId: number;
  beforeAll(async () => {
    t = await startTestApp();
    unitId = (await call<{ items: Array<{ id: number }> }>(t.app, 'GET', '/api/v1/recommending-units')).body.items[0]!.id;
  });
  beforeEach(() => t.app.get(Clock).travelTo(new Date('2026-06-15T04:00:00Z')));
  afterAll(async () => t.close());

  it('prefills the teams recommended and flags a number the unit changed', async () => {
    const contact = await contactFactory(t.app, unitId);
    const app = await submittedApplicationFactory(t.app);
    await call(t.app, 'POST', `/api/v1/applications/${app.applicationId}/recommend`, { token: contact.token, json: {} });
    const empty = await call<StatisticsView>(t.app, 'GET', '/api/v1/recommendation/statistics', { token: contact.token });
    expect(empty.body).toMatchObject({ period: { from: '2025-05', to: '2026-06' }, values: null, prefill: { teamsRecommended: 1, cumulativeTrustedTeams: 0 } });
    const saved = await call<StatisticsView>(t.app, 'PUT', '/api/v1/recommendation/statistics', { token: contact.token, json: statisticsFactory({ teamsRecommended: 3 }) });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ values: { teamsRecommended: 3, contactPerson: '王晓燕' }, edited: { teamsRecommended: true, cumulativeTrustedTeams: false }, problems: [] });
    const secretariat = await call<StatisticsView>(t.app, 'GET', `/api/v1/recommendation/statistics?unitId=${unitId}`, { token: contact.secretariat });
    expect(secretariat.body.values).toMatchObject({ teamsRecommended: 3 });
  });

  it('refuses a return with presenting > registered, a negative amount and a malformed mobile, listing every problem', async () => {
    const contact = await contactFactory(t.app, unitId);
    const reply = await call<ErrorBody>(t.app, 'PUT', '/api/v1/recommendation/statistics', {
      token: contact.token,
      json: statisticsFactory({ meetingRegisteredTeams: 10, meetingPresentingTeams: 12, rewardSpending: -5, mobile: '1381234' }),
    });
    expect(reply.body).toMatchObject({ statusCode: 422, code: 'STATISTICS_INVALID' });
    expect(reply.body.details.problems.map((p) => `${p.field}:${p.code}`)).toEqual([
      'rewardSpending:STATISTICS_AMOUNT_INVALID',
      'meetingPresentingTeams:STATISTICS_PRESENTING_EXCEEDS_REGISTERED',
      'mobile:MOBILE_INVALID',
    ]);
  });
});
