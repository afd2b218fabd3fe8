import { randomInt } from 'node:crypto';
import ExcelJS from 'exceljs';
import { generateCertificateNo } from '@cacem/shared';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { dataSourceOf } from '../../src/app.factory.js';
import { Application } from '../../src/modules/application/application.entity.js';
import { Certificate } from '../../src/modules/certificate/certificate.entity.js';
import { Expert } from '../../src/modules/expert/expert.entity.js';
import { PresentationSession } from '../../src/modules/presentation/presentation-session.entity.js';
import { PresentationSlot } from '../../src/modules/presentation/presentation-slot.entity.js';
import { activityRecordFactory, issueCardFactory } from './factories.js';
import { memberFactory } from './member-factories.js';
import { PNG_1x1, pdfFixture } from './material-files.js';
import { contactFactory } from './recommendation-factories.js';
import { drawnSeasonFactory, expertOf, fullSheet } from './review-factories.js';
import { call } from './test-app.js';
import type { WechatStandIn } from './wechat-stand-in.js';

/** The eleven callers of the authorization matrix: who they are relative to the subject, team A's application. */
export const PRINCIPALS = [
  'anonymous',
  'member',
  'otherMember',
  'declarant',
  'otherDeclarant',
  'recommender',
  'otherRecommender',
  'expertUnassigned',
  'expertAssigned',
  'expertConflict',
  'secretariat',
] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

/**
 * Everything the matrix's routes point at. The subject is enterprise A: its team, application (recommended by unit U1,
 * screened in, drawn to panel 1, with materials, a record, a certificate and a presentation slot). Enterprise B's team
 * and application (unit U2) sit beside it, so "another team / enterprise / unit" are real, equally advanced objects.
 */
export interface AuthzWorld {
  tokens: Record<Exclude<PrincipalName, 'anonymous'>, string>;
  unitA: number;
  unitB: number;
  teamA: number;
  teamB: number;
  applicationA: number;
  applicationB: number;
  /** A member of team A that only the member-management routes change. */
  spareMemberA: number;
  recordA: number;
  /** Signed link to A's PDF, as the materials list hands it out. */
  fileUrlA: string;
  inviteCodeA: string;
  loginCodeA: string;
  /** A card only the card-login route uses, and another only the reset route changes. */
  loginCard: { cardNo: string; password: string };
  resetCardId: number;
  recommenderUserA: number;
  /** Experts by relationship to A's application; `spareExpert` is only edited, given an account or removed. */
  experts: { assigned: number; unassigned: number; conflict: number; spare: number };
  drawId: number;
  panelNo: number;
  sessionId: number;
  certificateNo: string;
  caseId: number;
  inboxMessageA: number;
  campaignSettings: unknown;
  /** A fresh wx.login code for a WeChat user nobody has bound. */
  wechatCode: () => string;
  /** Recommender A's bind code and a ticket of an unbound WeChat user: the first bind succeeds, later ones are refused. */
  bind: { bindCode: string; wechatTicket: string };
  /** A refresh token of a login only the refresh route uses: the first refresh succeeds, reusing it is refused. */
  refreshToken: string;
  /** Valid upload contents: uploads are judged by their bytes. */
  files: { pdf: Buffer; png: Buffer; expertSheet: Buffer };
}

function ok<T>(reply: { status: number; body: T }, expected: number, what: string): T {
  if (reply.status !== expected) throw new Error(`authz world: ${what} failed (${reply.status}): ${JSON.stringify(reply.body)}`);
  return reply.body;
}

export async function buildAuthzWorld(app: NestFastifyApplication, wechat: WechatStandIn): Promise<AuthzWorld> {
  const manager = dataSourceOf(app).manager;
  // Two teams from two units, one panel of two experts drawn from three: the third stays in the pool unassigned.
  const season = await drawnSeasonFactory(app, { teams: 2, teamUnits: 2, experts: 3, panelCount: 1, panelSize: 2, tag: 'Z' });
  const secretariat = season.secretariat;
  const [a, b] = season.applications as [(typeof season.applications)[0], (typeof season.applications)[0]];
  const panel = season.panels[0]!;
  if (!panel.applications.some((x) => x.id === a.id)) throw new Error('authz world: A was not drawn to panel 1');
  const assigned = expertOf(season, panel.leader.id);
  const conflicted = expertOf(season, panel.members.find((m) => m.id !== panel.leader.id)!.id);
  const unassigned = season.experts.find((e) => e.id !== assigned.id && e.id !== conflicted.id)!;

  // The assigned expert (the panel's leader) has submitted A's materials sheet, so the colleague sheets are theirs to read.
  const sheet = ok(await call<{ rubric: Parameters<typeof fullSheet>[0] }>(app, 'GET', `/api/v1/reviews/${a.id}/materials`, { token: assigned.token }), 200, 'sheet');
  ok(await call(app, 'POST', `/api/v1/reviews/${a.id}/materials/submit`, { token: assigned.token, json: { scores: fullSheet(sheet.rubric, 0.8) } }), 200, 'submit sheet');
  // Pool data changed after the draw: the other panel member now belongs to A's recommending unit, a conflict with A.
  await manager.update(Expert, { id: conflicted.id }, { recommendingUnitId: a.unitId });

  const recommenderA = await contactFactory(app, a.unitId, '甲单位联系人');
  const recommenderB = await contactFactory(app, b.unitId, '乙单位联系人');
  const memberA = await memberFactory(app, a.declarantToken, a.teamId, '甲组员');
  const memberB = await memberFactory(app, b.declarantToken, b.teamId, '乙组员');
  const spareMember = await memberFactory(app, a.declarantToken, a.teamId, '甲备用');

  const record = (await activityRecordFactory(app, a.declarantToken, a.teamId)) as { id: number };
  const materials = ok(
    await call<{ items: Array<{ kind: string; url: string }> }>(app, 'GET', `/api/v1/applications/${a.id}/materials`, { token: a.declarantToken }),
    200,
    'materials',
  );
  const fileUrl = materials.items.find((m) => m.kind === 'pdf')?.url;
  if (!fileUrl) throw new Error(`authz world: no file link in ${JSON.stringify(materials)}`);
  const invite = ok(await call<{ code: string }>(app, 'POST', `/api/v1/teams/${a.teamId}/invites`, { token: a.declarantToken }), 201, 'invite');
  const loginCode = ok(
    await call<{ code: string }>(app, 'POST', `/api/v1/teams/${a.teamId}/members/${spareMember.memberId}/login-code`, { token: a.declarantToken }),
    201,
    'login code',
  );

  const loginCard = await issueCardFactory(app);
  const resetCard = await issueCardFactory(app);
  const spare = ok(
    await call<{ id: number }>(app, 'POST', '/api/v1/experts', {
      token: secretariat,
      json: {
        name: '备用专家',
        mobile: '13600000001',
        enterpriseName: '备用专家所在企业',
        recommendingUnitId: season.unitIds[5]!,
        specialties: ['土建'],
        trainingStatus: 'trained',
        trainedAt: '2026-03-01',
        assessmentStatus: 'passed',
        assessedAt: '2026-03-15',
      },
    }),
    201,
    'spare expert',
  );

  // The last stages are laid straight into the database: a certificate for A and a presentation session of panel 1.
  const application = await manager.findOneByOrFail(Application, { id: a.id });
  const certificateNo = generateCertificateNo(2026, (n) => randomInt(n));
  await manager.insert(Certificate, {
    certificateNo,
    campaignId: application.campaignId,
    applicationId: a.id,
    year: 2026,
    teamName: a.teamName,
    enterpriseName: '甲企业',
    grade: 'excellent',
    issuedAt: new Date(),
    revokedAt: null,
    revokedReason: null,
  });
  const session = await manager.insert(PresentationSession, {
    campaignId: application.campaignId,
    title: '第一场',
    date: '2026-08-20',
    venue: '北京',
    drawId: season.drawId,
    panelNo: panel.panelNo,
    status: 'scheduled',
    closedAt: null,
    closedBy: null,
    version: 1,
  });
  const sessionId = Number(session.identifiers[0]!.id);
  await manager.insert(PresentationSlot, { sessionId, applicationId: a.id, position: 1, outcome: 'pending' });

  const misconduct = ok(
    await call<{ id: number }>(app, 'POST', '/api/v1/misconduct-cases', {
      token: secretariat,
      json: { applicationId: a.id, kind: 'fraud', description: '授权矩阵测试用的案件' },
    }),
    201,
    'case',
  );
  const inbox = ok(await call<{ items: Array<{ id: number }> }>(app, 'GET', '/api/v1/inbox', { token: a.declarantToken }), 200, 'inbox');
  if (!inbox.items.length) throw new Error('authz world: declarant A has no inbox message');
  let openids = 0;
  const wechatCode = () => wechat.codeFor(`oAuthz${String(++openids).padStart(22, '0')}`);
  const bindCode = ok(
    await call<{ bindCode: string }>(app, 'POST', `/api/v1/recommending-units/${a.unitId}/contacts/${recommenderA.id}/bind-code`, { token: secretariat }),
    201,
    'bind code',
  );
  const ticket = ok(await call<{ wechatTicket: string }>(app, 'POST', '/api/v1/auth/wechat-login', { json: { code: wechatCode() } }), 200, 'wechat login');
  const refresh = ok(
    await call<{ refreshToken: string }>(app, 'POST', '/api/v1/auth/card-login', { json: { cardNo: loginCard.cardNo, password: loginCard.password } }),
    200,
    'card login',
  );
  const units = ok(await call<{ items: Array<{ id: number; name: string }> }>(app, 'GET', '/api/v1/recommending-units'), 200, 'units').items;
  const campaign = ok(await call<{ settings: unknown }>(app, 'GET', '/api/v1/campaigns/current'), 200, 'campaign');

  return {
    tokens: {
      member: memberA.token,
      otherMember: memberB.token,
      declarant: a.declarantToken,
      otherDeclarant: b.declarantToken,
      recommender: recommenderA.token,
      otherRecommender: recommenderB.token,
      expertUnassigned: unassigned.token,
      expertAssigned: assigned.token,
      expertConflict: conflicted.token,
      secretariat,
    },
    unitA: a.unitId,
    unitB: b.unitId,
    teamA: a.teamId,
    teamB: b.teamId,
    applicationA: a.id,
    applicationB: b.id,
    spareMemberA: spareMember.memberId,
    recordA: record.id,
    fileUrlA: fileUrl,
    inviteCodeA: invite.code,
    loginCodeA: loginCode.code,
    loginCard: { cardNo: loginCard.cardNo, password: loginCard.password },
    resetCardId: resetCard.id,
    recommenderUserA: recommenderA.id,
    experts: { assigned: assigned.id, unassigned: unassigned.id, conflict: conflicted.id, spare: spare.id },
    drawId: season.drawId,
    panelNo: panel.panelNo,
    sessionId,
    certificateNo,
    caseId: misconduct.id,
    inboxMessageA: inbox.items[0]!.id,
    campaignSettings: campaign.settings,
    wechatCode,
    bind: { bindCode: bindCode.bindCode, wechatTicket: ticket.wechatTicket },
    refreshToken: refresh.refreshToken,
    files: { pdf: await pdfFixture('authz'), png: PNG_1x1, expertSheet: await expertSheet(units.find((u) => u.id === b.unitId)!.name) },
  };
}

/** The expert pool's import sheet (its Chinese headers) with one untrained expert, who can never be drawn. */
async function expertSheet(unitName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('专家');
  sheet.addRow(['姓名', '手机', '所在企业', '推荐单位', '专业', '培训状态', '培训日期', '考核结果', '考核日期', '是否启用']);
  sheet.addRow(['矩阵导入专家', '13600000003', '矩阵专家企业', unitName, '土建', '未培训', null, '未考核', null, '是']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
