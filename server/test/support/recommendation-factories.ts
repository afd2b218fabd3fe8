import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { activityRecordFactory, draftApplicationFactory } from './factories.js';
import { pdfFixture, pptxFixture } from './material-files.js';
import { multipartBody } from './multipart.js';
import { call, loginAccount } from './test-app.js';

let contactCounter = 0;

export async function uploadFile(app: NestFastifyApplication, token: string, url: string, filename: string, content: Buffer) {
  const body = multipartBody([{ name: 'file', filename, content }]);
  const reply = await app.inject({ method: 'POST', url, payload: body.payload, headers: { ...body.headers, authorization: `Bearer ${token}` } });
  return { status: reply.statusCode, body: JSON.parse(reply.body) as Record<string, unknown> };
}

/** A recommending unit's contact opened by the secretariat, logged in with the one-time password. */
export async function contactFactory(app: NestFastifyApplication, unitId: number, displayName = '李娜') {
  const secretariat = await loginAccount(app, 'mishuchu');
  const created = await call<{ id: number; username: string; password: string; bindCode: string }>(app, 'POST', `/api/v1/recommending-units/${unitId}/contacts`, {
    token: secretariat,
    json: { displayName, username: `contact${++contactCounter}-${unitId}`, mobile: '13912345678' },
  });
  if (created.status !== 201) throw new Error(`contact failed: ${JSON.stringify(created.body)}`);
  const token = await loginAccount(app, created.body.username, created.body.password);
  return { ...created.body, token, unitId, secretariat };
}

/** A team's application, complete and submitted to a recommending unit (by default the first; the clock must be in the registration window). */
export async function submittedApplicationFactory(
  app: NestFastifyApplication,
  teamName?: string,
  unitId?: number,
  files: { pdf?: Buffer; ppt?: { name: string; bytes: Buffer } } = {},
) {
  const draft = await draftApplicationFactory(app, { teamName, unitId });
  const base = `/api/v1/applications/${draft.applicationId}/materials`;
  for (const [kind, name, bytes] of [
    ['pdf', '申报材料.pdf', files.pdf ?? (await pdfFixture())],
    ['ppt', files.ppt?.name ?? '发布材料.pptx', files.ppt?.bytes ?? pptxFixture()],
  ] as const) {
    const reply = await uploadFile(app, draft.token, `${base}/${kind}`, name, bytes);
    if (reply.status !== 201) throw new Error(`upload failed: ${JSON.stringify(reply.body)}`);
  }
  await activityRecordFactory(app, draft.token, draft.teamId);
  const submitted = await call(app, 'POST', `/api/v1/applications/${draft.applicationId}/submit`, { token: draft.token });
  if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
  return draft;
}

/** A complete 统计表 (附件3) return. */
export function statisticsFactory(overrides: Record<string, unknown> = {}) {
  return {
    enterprisesThisYear: 12,
    teamsThisYear: 48,
    cumulativeTrustedTeams: 0,
    staffParticipations: 960,
    teamsRecommended: 2,
    trainingSpending: 12.5,
    rewardSpending: 3.25,
    featuresAndProblems: '班组活动与 QC 小组活动结合开展；部分企业现场活动记录不够完整。',
    reviewForms: ['presentation_review', 'with_qc_groups'],
    meetingHeld: true,
    meetingRegisteredTeams: 30,
    meetingPresentingTeams: 28,
    meetingDate: '2026-05-18',
    meetingPlace: '北京',
    meetingAttendance: 200,
    department: '质量管理部',
    departmentHead: '张伟',
    contactPerson: '王晓燕',
    mobile: '13912345678',
    email: 'lina@example.com',
    ...overrides,
  };
}
