import { creditCodeFactory, applicationFormFactory } from './support/factories.js';
import { type AuthzWorld, PRINCIPALS, type PrincipalName } from './support/authz-world.js';
import { type FormPart } from './support/multipart.js';
import { type MatrixEntry } from './support/authz-requests.js';
import { statisticsFactory } from './support/recommendation-factories.js';

// The matrix's readers (authz-matrix.spec.ts, the existence probe) take its shapes and request from here too.
export { type MatrixAnswer, type MatrixEntry, type MatrixRequest, sendAs } from './support/authz-requests.js';

/**
 * The authorization matrix: for every route of the router, who may call it. The subject of every route is
 * enterprise A's object (its team, application, record, certificate ...); "other" principals stand in the same
 * relationship to enterprise B's equally advanced objects. Keys are `METHOD url` exactly as routesOf(app) lists them;
 * the spec fails on a route without an entry and on an entry without a route. The entries' shapes and the request they
 * make are in support/authz-requests.ts; this file is data.
 */

const EVERYONE = PRINCIPALS;
const SIGNED_IN = PRINCIPALS.filter((p) => p !== 'anonymous');
const SECRETARIAT = ['secretariat'] as const;
/** The declarant of A's enterprise and the member of A's team. */
const TEAM_A = ['declarant', 'member'] as const;
const DECLARANT_A = ['declarant'] as const;
const DECLARANTS = ['declarant', 'otherDeclarant'] as const;
const MEMBERS = ['member', 'otherMember'] as const;
const RECOMMENDERS = ['recommender', 'otherRecommender'] as const;
const EXPERTS = ['expertUnassigned', 'expertAssigned', 'expertConflict'] as const;
/** The leader of the panel A's application was drawn to (the world's assigned expert leads it). */
const PANEL_LEADER = ['expertAssigned'] as const;

const NO_SUCH_ID = 999_999;
const pdfPart = (w: AuthzWorld, filename = '文件.pdf'): FormPart => ({ name: 'file', filename, content: w.files.pdf, contentType: 'application/pdf' });
/** Per caller, so two allowed callers do not collide on a unique name. */
const tagOf = (who: PrincipalName) => `authz-${who}`;

export const MATRIX: Record<string, MatrixEntry> = {
  // CORS preflight and the OpenAPI document are served to anyone.
  'OPTIONS *': {
    allow: EVERYONE,
    request: () => ({ url: '/api/v1/teams', headers: { origin: 'http://localhost:10086', 'access-control-request-method': 'POST' } }),
  },
  'GET /api/docs-json': { allow: EVERYONE },
  'GET /api/docs-yaml': { allow: EVERYONE },

  // Logging in is public; every caller presents the same valid credentials.
  'POST /api/v1/auth/card-login': { allow: EVERYONE, request: (w) => ({ json: w.loginCard }) },
  'POST /api/v1/auth/login': { allow: EVERYONE, request: () => ({ json: { username: 'mishuchu', password: 'Demo@2026' } }) },
  // The first caller refreshes; the token is then spent and reusing it is refused.
  'POST /api/v1/auth/refresh': { allow: EVERYONE, request: (w) => ({ json: { refreshToken: w.refreshToken } }), credentialCodes: ['REFRESH_TOKEN_INVALID'] },
  // Ends the caller's own login, so it runs after everything else.
  'POST /api/v1/auth/logout': { allow: SIGNED_IN, phase: 'logout' },
  'GET /api/v1/auth/me': { allow: SIGNED_IN },
  'POST /api/v1/auth/join': { allow: EVERYONE, request: (w, who) => ({ json: { inviteCode: w.inviteCodeA, name: `入组${PRINCIPALS.indexOf(who)}` } }) },
  // The first caller logs in as A's spare member; the code is then spent (and later tries may be throttled, 429).
  'POST /api/v1/auth/member-login': { allow: EVERYONE, request: (w) => ({ json: { loginCode: w.loginCodeA } }), credentialCodes: ['LOGIN_CODE_INVALID'] },
  // The first caller binds recommender A's WeChat; the code is then spent (422 BIND_CODE_INVALID, a judged body).
  'POST /api/v1/auth/bind': { allow: EVERYONE, request: (w) => ({ json: w.bind }) },
  'POST /api/v1/auth/wechat-login': { allow: EVERYONE, request: (w) => ({ json: { code: w.wechatCode() } }) },

  'GET /api/v1/campaigns/current': { allow: EVERYONE },
  'PUT /api/v1/campaigns/current/settings': { allow: SECRETARIAT, request: (w) => ({ json: { settings: w.campaignSettings } }) },
  'GET /api/v1/health': { allow: EVERYONE },

  // Recommending units and their contacts.
  'GET /api/v1/recommending-units': { allow: EVERYONE },
  'GET /api/v1/recommending-units/filing': { allow: SECRETARIAT },
  'POST /api/v1/recommending-units/remind': { allow: SECRETARIAT, request: (w) => ({ json: { unitIds: [w.unitA] } }) },
  'GET /api/v1/recommending-units/:unitId/contacts': { allow: SECRETARIAT, request: (w) => ({ path: { unitId: w.unitA } }) },
  'POST /api/v1/recommending-units/:unitId/contacts': {
    allow: SECRETARIAT,
    request: (w, who) => ({ path: { unitId: w.unitA }, json: { displayName: '矩阵联系人', username: tagOf(who), mobile: '13912345678' } }),
  },
  // A new bind code replaces the one the bind route is tried with.
  'POST /api/v1/recommending-units/:unitId/contacts/:userId/bind-code': {
    allow: SECRETARIAT,
    request: (w) => ({ path: { unitId: w.unitA, userId: w.recommenderUserA } }),
    phase: 'late',
  },
  'POST /api/v1/user-accounts/:id/unlock': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.recommenderUserA } }) },

  // Registration cards and enterprises.
  'POST /api/v1/registration-cards': { allow: SECRETARIAT, request: () => ({ json: { enterpriseName: '矩阵测试建设有限公司' } }) },
  'GET /api/v1/registration-cards': { allow: SECRETARIAT },
  'POST /api/v1/registration-cards/bulk': { allow: SECRETARIAT, request: () => ({ json: { enterpriseNames: ['矩阵测试建设有限公司二'] } }) },
  'POST /api/v1/registration-cards/:id/reset': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.resetCardId } }) },
  'POST /api/v1/registration-cards/:id/unlock': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.resetCardId } }) },
  'GET /api/v1/enterprises/me': { allow: DECLARANTS },
  'PUT /api/v1/enterprises/me/credit-code': { allow: DECLARANTS, request: () => ({ json: { creditCode: creditCodeFactory() } }) },
  'PUT /api/v1/enterprises/:id/credit-code': {
    allow: SECRETARIAT,
    request: () => ({ path: { id: NO_SUCH_ID }, json: { creditCode: creditCodeFactory(), reason: '营业执照核对有误' } }),
    absent: true,
  },

  // Teams and members.
  'GET /api/v1/teams': { allow: DECLARANTS },
  'GET /api/v1/teams/:teamId': { allow: TEAM_A, request: (w) => ({ path: { teamId: w.teamA } }) },
  'POST /api/v1/teams': { allow: DECLARANTS, request: (_, who) => ({ json: { name: `矩阵班组-${who}`, kind: 'construction_crew' } }) },
  'GET /api/v1/teams/:teamId/members': { allow: TEAM_A, request: (w) => ({ path: { teamId: w.teamA } }) },
  'PUT /api/v1/teams/:teamId/members/:memberId': {
    allow: DECLARANT_A,
    request: (w) => ({ path: { teamId: w.teamA, memberId: w.spareMemberA }, json: { name: '甲备用', role: 'member', mobile: '13700000000' } }),
  },
  'DELETE /api/v1/teams/:teamId/members/:memberId': {
    allow: DECLARANT_A,
    request: (w) => ({ path: { teamId: w.teamA, memberId: w.spareMemberA } }),
    phase: 'last',
  },
  'POST /api/v1/teams/:teamId/invites': { allow: DECLARANT_A, request: (w) => ({ path: { teamId: w.teamA } }) },
  // A new login code replaces the one the member-login route is tried with.
  'POST /api/v1/teams/:teamId/members/:memberId/login-code': {
    allow: DECLARANT_A,
    request: (w) => ({ path: { teamId: w.teamA, memberId: w.spareMemberA } }),
    phase: 'late',
  },
  'GET /api/v1/members/me': { allow: MEMBERS },

  // Activity records: the team's own declarant and members.
  'POST /api/v1/teams/:teamId/activity-records': {
    allow: TEAM_A,
    request: (w, who) => ({
      path: { teamId: w.teamA },
      json: { clientKey: `${tagOf(who)}-rec`, date: '2026-05-21', kind: 'training', content: '矩阵测试：质量培训', place: '项目部', attendeeIds: [] },
    }),
  },
  'GET /api/v1/teams/:teamId/activity-records': { allow: TEAM_A, request: (w) => ({ path: { teamId: w.teamA } }) },
  'GET /api/v1/teams/:teamId/activity-records/:recordId': { allow: TEAM_A, request: (w) => ({ path: { teamId: w.teamA, recordId: w.recordA } }) },
  'POST /api/v1/teams/:teamId/activity-records/:recordId/photos': {
    allow: TEAM_A,
    request: (w, who) => ({
      path: { teamId: w.teamA, recordId: w.recordA },
      multipart: [
        { name: 'photoKey', value: tagOf(who) },
        { name: 'photo', filename: '现场.png', content: w.files.png, contentType: 'image/png' },
      ],
    }),
  },
  // A signed link is the permission: whoever holds it may download, as a browser's <img> or download does.
  'GET /api/v1/files/:token': { allow: EVERYONE, request: (w) => ({ url: w.fileUrlA }) },

  // The application and its materials.
  'GET /api/v1/teams/:teamId/application': { allow: TEAM_A, request: (w) => ({ path: { teamId: w.teamA } }) },
  'PUT /api/v1/teams/:teamId/application': { allow: DECLARANT_A, request: (w) => ({ path: { teamId: w.teamA }, json: applicationFormFactory(w.unitA) }) },
  'POST /api/v1/applications/:id/submit': { allow: DECLARANT_A, request: (w) => ({ path: { id: w.applicationA } }) },
  'POST /api/v1/applications/:id/withdraw': { allow: DECLARANT_A, request: (w) => ({ path: { id: w.applicationA } }) },
  'GET /api/v1/applications/:id/timeline': { allow: TEAM_A, request: (w) => ({ path: { id: w.applicationA } }) },
  'POST /api/v1/applications/:id/materials/:kind': {
    allow: DECLARANT_A,
    request: (w) => ({ path: { id: w.applicationA, kind: 'pdf' }, multipart: [pdfPart(w, '申报材料.pdf')] }),
  },
  'GET /api/v1/applications/:id/materials': { allow: TEAM_A, request: (w) => ({ path: { id: w.applicationA } }) },

  // Everyone signed in has an inbox of their own; the message is declarant A's.
  'GET /api/v1/inbox': { allow: SIGNED_IN },
  'POST /api/v1/inbox/:id/read': { allow: DECLARANT_A, request: (w) => ({ path: { id: w.inboxMessageA } }) },
  'POST /api/v1/wechat/subscriptions': { allow: SIGNED_IN, request: () => ({ json: { templateIds: [] } }) },
  'GET /api/v1/wechat/templates': { allow: SIGNED_IN },

  // Recommendation: each recommender works on their own unit's applications only.
  'GET /api/v1/recommendation/applications': { allow: RECOMMENDERS },
  'GET /api/v1/recommendation/applications/:id': { allow: ['recommender'], request: (w) => ({ path: { id: w.applicationA } }) },
  'POST /api/v1/applications/:id/recommend': { allow: ['recommender'], request: (w) => ({ path: { id: w.applicationA }, json: {} }) },
  'POST /api/v1/applications/:id/decline': { allow: ['recommender'], request: (w) => ({ path: { id: w.applicationA }, json: { reason: '矩阵测试' } }) },
  'PUT /api/v1/recommendation/preferences': { allow: RECOMMENDERS, request: () => ({ json: { applicationIds: [] } }) },
  'POST /api/v1/applications/:id/secretariat-decision': {
    allow: SECRETARIAT,
    request: (w) => ({ path: { id: w.applicationA }, json: { decision: 'recommend', reason: '矩阵测试' } }),
  },
  'GET /api/v1/recommendation/statistics': { allow: [...RECOMMENDERS, 'secretariat'], request: (w) => ({ query: { unitId: w.unitA } }) },
  'PUT /api/v1/recommendation/statistics': { allow: RECOMMENDERS, request: () => ({ json: statisticsFactory() }) },
  'POST /api/v1/recommendation/package/letter': { allow: RECOMMENDERS, request: (w) => ({ multipart: [pdfPart(w, '推荐函.pdf')] }) },
  'POST /api/v1/recommendation/package/excellent-list': { allow: RECOMMENDERS, request: (w) => ({ multipart: [pdfPart(w, '优秀名单.pdf')] }) },
  'POST /api/v1/recommendation/package': { allow: RECOMMENDERS },
  'GET /api/v1/recommendation/package': { allow: RECOMMENDERS },
  'GET /api/v1/recommending-units/:unitId/package': { allow: SECRETARIAT, request: (w) => ({ path: { unitId: w.unitA } }) },

  // The expert pool.
  'GET /api/v1/experts': { allow: SECRETARIAT },
  'POST /api/v1/experts': {
    allow: SECRETARIAT,
    request: (w) => ({
      json: {
        name: '矩阵专家',
        mobile: '13600000002',
        enterpriseName: '矩阵专家所在企业',
        recommendingUnitId: w.unitB,
        specialties: ['安装'],
        trainingStatus: 'pending',
        assessmentStatus: 'pending',
      },
    }),
  },
  'POST /api/v1/experts/import': {
    allow: SECRETARIAT,
    request: (w) => ({ multipart: [{ name: 'file', filename: '专家库.xlsx', content: w.files.expertSheet, contentType: 'application/octet-stream' }] }),
  },
  'PUT /api/v1/experts/:id': {
    allow: SECRETARIAT,
    request: (w) => ({
      path: { id: w.experts.spare },
      json: {
        name: '备用专家',
        mobile: '13600000001',
        enterpriseName: '备用专家所在企业',
        recommendingUnitId: w.unitB,
        specialties: ['土建'],
        trainingStatus: 'trained',
        trainedAt: '2026-03-01',
        assessmentStatus: 'passed',
        assessedAt: '2026-03-15',
      },
    }),
  },
  'POST /api/v1/experts/:id/account': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.experts.spare }, json: {} }) },

  // Screening and the draw.
  'GET /api/v1/screening/applications': { allow: SECRETARIAT },
  'POST /api/v1/applications/:id/screening': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.applicationA }, json: { decision: 'pass' } }) },
  'POST /api/v1/screening/bulk-pass': { allow: SECRETARIAT, request: () => ({ json: { applicationIds: [] } }) },
  // A new draw replaces the panels every expert entry relies on: the very last call.
  'POST /api/v1/draws': { allow: SECRETARIAT, request: () => ({ json: { panelCount: 1, panelSize: 2, seed: 'authz-again' } }), phase: 'last' },
  'GET /api/v1/draws': { allow: SECRETARIAT },
  'GET /api/v1/draws/:id': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.drawId } }) },
  'POST /api/v1/draws/:id/verify': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.drawId } }) },
  'GET /api/v1/panels/mine': { allow: EXPERTS },

  // Scoring: only the experts of the panel A was drawn to, and never one with a conflict.
  'GET /api/v1/reviews/mine': { allow: EXPERTS },
  'GET /api/v1/reviews/overview/:kind': { allow: SECRETARIAT, request: () => ({ path: { kind: 'materials' } }) },
  'GET /api/v1/reviews/panels/:panelNo/:kind/progress': { allow: [...PANEL_LEADER, 'secretariat'], request: (w) => ({ path: { panelNo: w.panelNo, kind: 'materials' } }) },
  'POST /api/v1/reviews/panels/:panelNo/materials/close': { allow: [...PANEL_LEADER, 'secretariat'], request: (w) => ({ path: { panelNo: w.panelNo } }) },
  'GET /api/v1/reviews/:applicationId/:kind': { allow: ['expertAssigned'], request: (w) => ({ path: { applicationId: w.applicationA, kind: 'materials' } }) },
  'PUT /api/v1/reviews/:applicationId/:kind': {
    allow: ['expertAssigned'],
    request: (w) => ({ path: { applicationId: w.applicationA, kind: 'materials' }, json: { scores: {} } }),
  },
  'POST /api/v1/reviews/:applicationId/:kind/submit': {
    allow: ['expertAssigned'],
    request: (w) => ({ path: { applicationId: w.applicationA, kind: 'materials' }, json: { scores: {} } }),
  },
  'GET /api/v1/reviews/:applicationId/:kind/panel-sheets': {
    allow: ['expertAssigned'],
    request: (w) => ({ path: { applicationId: w.applicationA, kind: 'materials' } }),
  },
  'POST /api/v1/reviews/:applicationId/:kind/sheets/:expertId/return': {
    allow: PANEL_LEADER,
    request: (w) => ({ path: { applicationId: w.applicationA, kind: 'materials', expertId: w.experts.conflict }, json: { reason: '请更正' } }),
  },

  // No expert has read colleagues' sheets and been returned one, so there is no correction to decide (REVIEW_CHANGE_NOT_FOUND).
  'POST /api/v1/reviews/changes/:id/decision': {
    allow: SECRETARIAT,
    request: () => ({ path: { id: NO_SUCH_ID }, json: { decision: 'rejected', note: '矩阵测试' } }),
    absent: true,
  },

  // Presentation sessions: the session's panel (its leader for changes) and the secretariat.
  'POST /api/v1/presentation-sessions': {
    allow: SECRETARIAT,
    request: (w) => ({ json: { applicationIds: [w.applicationA], title: '矩阵场次', date: '2026-08-21', venue: '北京', panelNo: w.panelNo } }),
  },
  'GET /api/v1/presentation-sessions': { allow: SECRETARIAT },
  'GET /api/v1/presentation-sessions/mine': { allow: EXPERTS },
  // The conflicted expert still sits on the panel: the schedule is theirs to read, A's sheet is not.
  'GET /api/v1/presentation-sessions/:id': { allow: ['expertAssigned', 'expertConflict', 'secretariat'], request: (w) => ({ path: { id: w.sessionId } }) },
  'PUT /api/v1/presentation-sessions/:id/order': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.sessionId }, json: { applicationIds: [w.applicationA] } }) },
  'POST /api/v1/presentation-sessions/:id/slots/:applicationId/absent': {
    allow: [...PANEL_LEADER, 'secretariat'],
    request: (w) => ({ path: { id: w.sessionId, applicationId: w.applicationA }, json: { absent: false } }),
  },
  'POST /api/v1/presentation-sessions/:id/close': { allow: [...PANEL_LEADER, 'secretariat'], request: (w) => ({ path: { id: w.sessionId } }), phase: 'late' },

  // Invitations, grading and certificates; the published lists and the verification page are public.
  'GET /api/v1/invitations': { allow: SECRETARIAT },
  'POST /api/v1/invitations': { allow: SECRETARIAT, request: () => ({ json: { applicationIds: [] } }) },
  'GET /api/v1/invitations/export.xlsx': { allow: SECRETARIAT },
  'GET /api/v1/public/invitations': { allow: EVERYONE },
  'GET /api/v1/grading': { allow: SECRETARIAT },
  'POST /api/v1/grading/proposal': { allow: SECRETARIAT },
  // No application has presented, so there is no grading proposal to adjust or confirm (GRADING_NOT_PROPOSED).
  'PUT /api/v1/grading/items/:applicationId': {
    allow: SECRETARIAT,
    request: (w) => ({ path: { applicationId: w.applicationA }, json: { grade: 'excellent', reason: '矩阵测试' } }),
    absent: true,
  },
  'POST /api/v1/grading/confirm': { allow: SECRETARIAT, absent: true },
  // Nothing was re-scored, so there is nothing to re-confirm (GRADING_NOT_PROPOSED).
  'POST /api/v1/grading/reconfirmation': { allow: SECRETARIAT, request: () => ({ json: { reason: '矩阵测试' } }), absent: true },
  'POST /api/v1/grading/publish': { allow: SECRETARIAT },
  'GET /api/v1/public/results': { allow: EVERYONE },
  'POST /api/v1/certificates/issue': { allow: SECRETARIAT },
  'GET /api/v1/certificates': { allow: SECRETARIAT },
  'GET /api/v1/certificates/onward.xlsx': { allow: SECRETARIAT },
  'GET /api/v1/certificates/:no/pdf': { allow: [...TEAM_A, 'secretariat'], request: (w) => ({ path: { no: w.certificateNo } }) },
  'POST /api/v1/certificates/:no/revoke': { allow: SECRETARIAT, request: (w) => ({ path: { no: w.certificateNo }, json: { reason: '矩阵测试' } }), phase: 'late' },
  'GET /api/v1/public/certificates/:no': { allow: EVERYONE, request: (w) => ({ path: { no: w.certificateNo } }) },

  // Discipline.
  'POST /api/v1/misconduct-cases': { allow: SECRETARIAT, request: (w) => ({ json: { applicationId: w.applicationB, kind: 'plagiarism', description: '矩阵测试' } }) },
  'GET /api/v1/misconduct-cases': { allow: SECRETARIAT },
  'GET /api/v1/misconduct-cases/:id': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.caseId } }) },
  'POST /api/v1/misconduct-cases/:id/evidence': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.caseId }, multipart: [pdfPart(w, '证据.pdf')] }) },
  'POST /api/v1/misconduct-cases/:id/decision': {
    allow: SECRETARIAT,
    request: (w) => ({ path: { id: w.caseId }, json: { decision: 'dismissed', reason: '矩阵测试', decidedOn: '2026-07-10' } }),
    phase: 'late',
  },
  'GET /api/v1/unit-warnings': { allow: SECRETARIAT },
  'GET /api/v1/recommending-units/mine/warnings': { allow: RECOMMENDERS },
  'POST /api/v1/experts/:id/removal': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.experts.spare }, json: { reason: '矩阵测试' } }), phase: 'late' },
  'GET /api/v1/kept-sheet-decisions': { allow: SECRETARIAT },
  // The spare expert sits in no panel, so no kept sheets await a decision (KEPT_SHEETS_NOT_FOUND).
  'GET /api/v1/experts/:id/kept-sheets': { allow: SECRETARIAT, request: (w) => ({ path: { id: w.experts.spare } }), absent: true },
  'POST /api/v1/experts/:id/kept-sheets/decision': {
    allow: SECRETARIAT,
    request: (w) => ({ path: { id: w.experts.spare }, json: { decision: 'stand', reason: '矩阵测试' } }),
    absent: true,
  },

  // The secretariat's console, exports and the similarity check.
  'GET /api/v1/console/dashboard': { allow: SECRETARIAT },
  'GET /api/v1/console/applications': { allow: SECRETARIAT },
  'GET /api/v1/console/audit': { allow: SECRETARIAT },
  'GET /api/v1/console/audit/verify': { allow: SECRETARIAT },
  'GET /api/v1/console/outbox': { allow: SECRETARIAT },
  'GET /api/v1/console/exports/applications.xlsx': { allow: SECRETARIAT },
  'GET /api/v1/console/exports/scores.xlsx': { allow: SECRETARIAT },
  'GET /api/v1/console/exports/results.xlsx': { allow: SECRETARIAT },
  'GET /api/v1/console/exports/statistics.xlsx': { allow: SECRETARIAT },
  'GET /api/v1/similarity/overview': { allow: SECRETARIAT },
  'POST /api/v1/similarity/runs': { allow: SECRETARIAT },
  'GET /api/v1/similarity/runs': { allow: SECRETARIAT },
  'GET /api/v1/similarity/pairs': { allow: SECRETARIAT },
  'GET /api/v1/similarity/pairs/:id': { allow: SECRETARIAT, request: () => ({ path: { id: NO_SUCH_ID } }), absent: true },
  'POST /api/v1/similarity/pairs/:id/case': {
    allow: SECRETARIAT,
    request: (w) => ({ path: { id: NO_SUCH_ID }, json: { applicationId: w.applicationA, description: '矩阵测试' } }),
    absent: true,
  },
  'POST /api/v1/similarity/pairs/:id/dismissal': { allow: SECRETARIAT, request: () => ({ path: { id: NO_SUCH_ID }, json: { reason: '矩阵测试' } }), absent: true },
  'DELETE /api/v1/similarity/pairs/:id/dismissal': { allow: SECRETARIAT, request: () => ({ path: { id: NO_SUCH_ID } }), absent: true },
  'GET /api/v1/similarity/documents': { allow: SECRETARIAT },
  'GET /api/v1/similarity/clusters': { allow: SECRETARIAT },
  'GET /api/v1/similarity/clusters/:id': { allow: SECRETARIAT, request: () => ({ path: { id: NO_SUCH_ID } }), absent: true },
};