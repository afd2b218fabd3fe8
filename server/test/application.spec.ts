import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { dataSourceOf } from '../src/app.factory.js';
import { Clock } from '../src/common/clock.js';
import { ApplicationEvent } from '../src/modules/application/application-event.entity.js';
import { AuditService } from '../src/modules/audit/audit.service.js';
import { activityRecordFactory, applicationFormFactory, declarantFactory, draftApplicationFactory } from './support/factories.js';
import { pdfFixture, pptxFixture } from './support/material-files.js';
import { multipartBody } from './support/multipart.js';
import { call, startTestApp, TEST_DB, type TestApp } from './support/test-app.js';

type View = {
  id: number;
  status: string;
  statusLabel: string;
  allowedActions: string[];
  eligibility: Array<{ code: string; message: string }>;
  materials: { pdf: { version: number } | null; ppt: { version: number } | null };
  activityRecordCount: number;
  submittedAt: string | null;
  recommendingUnit: { id: number; name: string } | null;
};
type ErrorBody = { statusCode: number; code: string; message: string; details?: { problems: Array<{ code: string; message: string }> } };

const IN_WINDOW = new Date('2026-06-15T04:00:00Z');

describe(`registration (申报) on ${TEST_DB}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  beforeEach(() => t.app.get(Clock).travelTo(IN_WINDOW));
  afterAll(async () => {
    t.app.get(Clock).travelTo(null);
    await t.close();
  });

  async function upload(token: string, applicationId: number, kind: 'pdf' | 'ppt', filename: string, content: Buffer) {
    const body = multipartBody([{ name: 'file', filename, content }]);
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${applicationId}/materials/${kind}`,
      payload: body.payload,
      headers: { ...body.headers, authorization: `Bearer ${token}` },
    });
  }

  /** A draft with both materials and one activity record: everything 第六条/第七条 ask. */
  async function readyToSubmit(teamName?: string) {
    const draft = await draftApplicationFactory(t.app, { teamName });
    for (const [kind, name, bytes] of [
      ['pdf', '申报材料.pdf', await pdfFixture()],
      ['ppt', '发布材料.pptx', pptxFixture()],
    ] as const) {
      const reply = await upload(draft.token, draft.applicationId, kind, name, bytes);
      if (reply.statusCode !== 201) throw new Error(`upload failed: ${reply.body}`);
    }
    await activityRecordFactory(t.app, draft.token, draft.teamId);
    return draft;
  }

  async function joinAsMember(token: string, teamId: number): Promise<string> {
    const invite = await call<{ code: string }>(t.app, 'POST', `/api/v1/teams/${teamId}/invites`, { token });
    const joined = await call<{ accessToken: string }>(t.app, 'POST', '/api/v1/auth/join', { json: { inviteCode: invite.body.code, name: '李师傅' } });
    if (joined.status !== 200 && joined.status !== 201) throw new Error(`join failed: ${JSON.stringify(joined.body)}`);
    return joined.body.accessToken;
  }

  it('creates a draft from the registration form and lists everything still missing', async () => {
    const draft = await draftApplicationFactory(t.app);
    const reply = await call<View>(t.app, 'GET', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      id: draft.applicationId,
      status: 'draft',
      statusLabel: '填写中',
      recommendingUnit: { id: draft.recommendingUnitId },
      materials: { pdf: null, ppt: null },
      activityRecordCount: 0,
      submittedAt: null,
      allowedActions: ['save', 'uploadMaterials', 'withdraw'],
    });
    expect(reply.body.eligibility.map((p) => p.code)).toEqual(['ELIGIBILITY_ACTIVITY_RECORDS', 'ELIGIBILITY_NO_PDF', 'ELIGIBILITY_NO_PPT']);
  });

  it('answers 404 for a team that has not registered yet, and for another enterprise’s team', async () => {
    const declarant = await declarantFactory(t.app, { withCreditCode: true });
    const team = await call<{ id: number }>(t.app, 'POST', '/api/v1/teams', { token: declarant.token, json: { name: '未申报班组', kind: 'construction_crew' } });
    expect((await call<ErrorBody>(t.app, 'GET', `/api/v1/teams/${team.body.id}/application`, { token: declarant.token })).body.code).toBe('APPLICATION_NOT_FOUND');
    const other = await draftApplicationFactory(t.app);
    expect((await call<ErrorBody>(t.app, 'GET', `/api/v1/teams/${other.teamId}/application`, { token: declarant.token })).status).toBe(404);
    expect((await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${other.applicationId}/submit`, { token: declarant.token })).body.code).toBe(
      'APPLICATION_NOT_FOUND',
    );
  });

  it('refuses an unknown recommending unit and a malformed mobile number', async () => {
    const draft = await draftApplicationFactory(t.app);
    const unit = await call<ErrorBody>(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, {
      token: draft.token,
      json: applicationFormFactory(999_999),
    });
    expect(unit.body).toMatchObject({ statusCode: 422, code: 'RECOMMENDING_UNIT_NOT_FOUND' });
    const form = applicationFormFactory(draft.recommendingUnitId);
    const mobile = await call<ErrorBody & { field: string }>(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, {
      token: draft.token,
      json: { ...form, profile: { ...form.profile, leaderMobile: '12345' } },
    });
    expect(mobile.body).toMatchObject({ statusCode: 422, field: 'profile.leaderMobile', message: '手机号应为 11 位数字' });
  });

  it('submits a complete application in the registration window, with its event, audit record and notification', async () => {
    const draft = await readyToSubmit();
    const before = await call<View>(t.app, 'GET', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token });
    expect(before.body.eligibility).toEqual([]);
    expect(before.body.allowedActions).toContain('submit');

    const submitted = await call<View>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/submit`, { token: draft.token });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', statusLabel: '已提交，待推荐单位推荐', submittedAt: IN_WINDOW.toISOString(), allowedActions: ['withdraw'] });

    const timeline = await call<{ steps: Array<{ key: string; state: string; date: string | null }>; events: Array<Record<string, unknown>>; next: string }>(
      t.app,
      'GET',
      `/api/v1/applications/${draft.applicationId}/timeline`,
      { token: draft.token },
    );
    expect(timeline.body.steps.map((s) => s.state)).toEqual(['done', 'current', 'upcoming', 'upcoming', 'upcoming', 'upcoming']);
    expect(timeline.body.steps[0]).toMatchObject({ key: 'registration', date: '2026-06-15' });
    expect(timeline.body.next).toBe('等待推荐单位在 6 月 30 日前推荐');
    expect(timeline.body.events).toEqual([
      expect.objectContaining({ from: null, to: 'draft', toLabel: '填写中' }),
      expect.objectContaining({ from: 'draft', fromLabel: '填写中', to: 'submitted', toLabel: '已提交，待推荐单位推荐', at: IN_WINDOW.toISOString() }),
    ]);

    const inbox = await call<{ items: Array<{ title: string; body: string; applicationId: number }> }>(t.app, 'GET', '/api/v1/inbox', { token: draft.token });
    expect(inbox.body.items).toEqual([expect.objectContaining({ applicationId: draft.applicationId, body: expect.stringContaining('已提交，待推荐单位推荐') })]);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();

    const edit = await call<ErrorBody>(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token, json: applicationFormFactory(draft.recommendingUnitId) });
    expect(edit.body).toMatchObject({ statusCode: 409, code: 'APPLICATION_NOT_DRAFT' });
    const again = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/submit`, { token: draft.token });
    expect(again.body).toMatchObject({ statusCode: 409, code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('refuses to submit outside the registration window, and nothing changes', async () => {
    const draft = await readyToSubmit();
    for (const day of ['2026-05-31T04:00:00Z', '2026-06-30T16:30:00Z', '2026-11-25T04:00:00Z']) {
      t.app.get(Clock).travelTo(new Date(day));
      const reply = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/submit`, { token: draft.token });
      expect({ day, ...reply.body }).toMatchObject({
        day,
        statusCode: 409,
        code: 'TRANSITION_OUTSIDE_WINDOW',
        message: '此操作只能在报名与推荐阶段（2026-06-01 至 2026-06-30）进行',
      });
      const view = await call<View>(t.app, 'GET', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token });
      expect(view.body.status).toBe('draft');
      expect(view.body.allowedActions).not.toContain('submit');
    }
  });

  it('lists every unmet condition of 第六条 and 第七条 when submitting too early', async () => {
    const draft = await draftApplicationFactory(t.app);
    const form = applicationFormFactory(draft.recommendingUnitId);
    await call(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, {
      token: draft.token,
      json: {
        recommendingUnitId: null,
        profile: { ...form.profile, introduction: '' },
        declarations: { ...form.declarations, declaresNoAccidentsInThreeYears: false },
      },
    });
    const reply = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/submit`, { token: draft.token });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('ELIGIBILITY_FAILED');
    expect(reply.body.details!.problems.map((p) => p.code)).toEqual([
      'ELIGIBILITY_ACCIDENT',
      'ELIGIBILITY_ACTIVITY_RECORDS',
      'ELIGIBILITY_NO_REGISTRATION_FORM',
      'ELIGIBILITY_NO_PDF',
      'ELIGIBILITY_NO_PPT',
    ]);
    expect(reply.body.details!.problems[1]!.message).toBe('现场活动记录不齐全：至少需要 1 条，目前只有 0 条');
  });

  it('submits exactly once when the same application is submitted twice at the same moment', async () => {
    const draft = await readyToSubmit();
    const replies = await Promise.all(
      Array.from({ length: 3 }, () => call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/submit`, { token: draft.token })),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    for (const r of replies.filter((r) => r.status === 409)) expect(['APPLICATION_CHANGED', 'TRANSITION_NOT_ALLOWED']).toContain(r.body.code);
    const events = await dataSourceOf(t.app).getRepository(ApplicationEvent).findBy({ applicationId: draft.applicationId, to: 'submitted' });
    expect(events).toHaveLength(1);
    const inbox = await call<{ items: unknown[] }>(t.app, 'GET', '/api/v1/inbox', { token: draft.token });
    expect(inbox.body.items).toHaveLength(1);
    expect(await t.app.get(AuditService).findFirstBrokenLink()).toBeNull();
  });

  it('lets the declarant withdraw before screening; the timeline then ends', async () => {
    const draft = await readyToSubmit();
    await call(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/submit`, { token: draft.token });
    t.app.get(Clock).travelTo(new Date('2026-06-20T02:00:00Z'));
    const withdrawn = await call<View>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/withdraw`, { token: draft.token });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body).toMatchObject({ status: 'withdrawn', statusLabel: '已撤回', allowedActions: [] });
    const timeline = await call<{ steps: Array<{ state: string; note: string | null }>; next: string }>(t.app, 'GET', `/api/v1/applications/${draft.applicationId}/timeline`, {
      token: draft.token,
    });
    expect(timeline.body.steps.map((s) => s.state)).toEqual(['done', 'skipped', 'skipped', 'skipped', 'skipped', 'done']);
    expect(timeline.body.next).toBe('申报已撤回，本年度不再参加评选');
    const again = await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/withdraw`, { token: draft.token });
    expect(again.body).toMatchObject({ statusCode: 409, code: 'TRANSITION_NOT_ALLOWED' });
  });

  it('lets team members read the application and its timeline, never change it', async () => {
    const draft = await readyToSubmit();
    const member = await joinAsMember(draft.token, draft.teamId);
    const view = await call<View>(t.app, 'GET', `/api/v1/teams/${draft.teamId}/application`, { token: member });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ id: draft.applicationId, allowedActions: [] });
    expect((await call(t.app, 'GET', `/api/v1/applications/${draft.applicationId}/timeline`, { token: member })).status).toBe(200);
    expect((await call(t.app, 'GET', `/api/v1/applications/${draft.applicationId}/materials`, { token: member })).status).toBe(200);
    const tries = [
      await call<ErrorBody>(t.app, 'PUT', `/api/v1/teams/${draft.teamId}/application`, { token: member, json: applicationFormFactory(draft.recommendingUnitId) }),
      await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/submit`, { token: member }),
      await call<ErrorBody>(t.app, 'POST', `/api/v1/applications/${draft.applicationId}/withdraw`, { token: member }),
      { status: (await upload(member, draft.applicationId, 'pdf', 'a.pdf', await pdfFixture())).statusCode, body: {} as ErrorBody },
    ];
    expect(tries.map((r) => r.status)).toEqual([403, 403, 403, 403]);
    expect((await call<View>(t.app, 'GET', `/api/v1/teams/${draft.teamId}/application`, { token: draft.token })).body.status).toBe('draft');
  });
});
