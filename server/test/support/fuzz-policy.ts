import { MATRIX } from '../authz-matrix.js';
import type { PrincipalName } from './authz-world.js';

/*
 * What the route fuzz (test/fuzz.spec.ts) knows about the routes: which callers a role stands for, which routes spend a
 * session, take uploads, write on refusal or are slow, which have no happy path in the fuzz's world, and the order the
 * routes are fuzzed in. The fuzz's problems are reported once per route and kind.
 */

/** The snapshot's key for rows changed by committed statements (SQLite; see countCommittedChanges). */
export const COMMITTED = 'committed row changes';

/** The fuzz's callers are the authorization matrix's: each relationship to the world's team A (see authz-world.ts). */
export type Principal = PrincipalName;
export const ROLE_OF: Record<Principal, string> = {
  anonymous: 'public',
  member: 'member',
  otherMember: 'member',
  declarant: 'declarant',
  otherDeclarant: 'declarant',
  recommender: 'recommender',
  otherRecommender: 'recommender',
  expertUnassigned: 'expert',
  expertAssigned: 'expert',
  expertConflict: 'expert',
  secretariat: 'secretariat',
};

/**
 * Routes that end a session when they succeed — the caller's own (logout, refresh), or the one whose card password is
 * reset, whose expert status is removed or who is removed from the team (the declarant may remove a member of the
 * world with a real id): fuzzed last, after every other route, so the world's tokens live till then.
 */
export const TOKEN_SPENDING = /\/auth\/(logout|refresh)$|\/registration-cards\/:id\/reset$|\/experts\/:id\/(removal|account)$|\/teams\/:teamId\/members\/:memberId$/;

/** Routes whose multipart body is a file (the fuzz sends uploads there, and JSON now and then). */
export const UPLOAD_ROUTE = /\/(materials\/:kind|photos|evidence|letter|excellent-list|experts\/import)$/;

/**
 * Routes that cannot answer 2xx in the fuzz's world, each with its reason. Every other route must answer 2xx at least
 * once, to a well-formed request from a caller it admits, or the run fails: a route that refuses everything is a bug
 * the other checks cannot see. Keep this short: give the world what a route needs instead.
 */
const PAST_REGISTRATION = 'the world is past registration and recommendation (A and B drawn, the clock in the materials review): the window is closed and A, B are past this state';
const PAST_REVIEW = 'the materials review of the world has not ended (no scores from the conflicted member): there is nothing to grade, invite, schedule or close yet';
const NO_OBJECT = 'the world holds no such object (a returned sheet, a kept sheet, a similarity pair or template cluster: each needs a season played further)';
export const HAPPY_PATH_UNREACHABLE: Record<string, string> = {
  'PUT /api/v1/enterprises/me/credit-code': `${PAST_REGISTRATION}; the credit code is locked once submitted`,
  'PUT /api/v1/enterprises/:id/credit-code': 'the world names no enterprise by id (the matrix uses an absent one) and a DTO-built code fails its checksum',
  'POST /api/v1/applications/:id/submit': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/materials/:kind': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/recommend': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/decline': PAST_REGISTRATION,
  'PUT /api/v1/recommendation/preferences': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/secretariat-decision': PAST_REGISTRATION,
  'POST /api/v1/applications/:id/screening': PAST_REGISTRATION,
  'POST /api/v1/reviews/panels/:panelNo/materials/close': PAST_REVIEW,
  'POST /api/v1/reviews/:applicationId/:kind/submit': 'the one expert free to score A has submitted A\'s sheet already; a DTO-built sheet is not the rubric',
  'POST /api/v1/reviews/:applicationId/:kind/sheets/:expertId/return': 'the conflicted member never submits a sheet to return',
  'POST /api/v1/presentation-sessions': PAST_REVIEW,
  'POST /api/v1/presentation-sessions/:id/close': PAST_REVIEW,
  'POST /api/v1/invitations': PAST_REVIEW,
  'PUT /api/v1/grading/items/:applicationId': PAST_REVIEW,
  'POST /api/v1/grading/confirm': PAST_REVIEW,
  'POST /api/v1/grading/reconfirmation': PAST_REVIEW,
  'POST /api/v1/grading/publish': PAST_REVIEW,
  'POST /api/v1/reviews/changes/:id/decision': NO_OBJECT,
  'GET /api/v1/experts/:id/kept-sheets': NO_OBJECT,
  'POST /api/v1/experts/:id/kept-sheets/decision': NO_OBJECT,
  'GET /api/v1/similarity/pairs/:id': NO_OBJECT,
  'POST /api/v1/similarity/pairs/:id/case': NO_OBJECT,
  'POST /api/v1/similarity/pairs/:id/dismissal': NO_OBJECT,
  'DELETE /api/v1/similarity/pairs/:id/dismissal': NO_OBJECT,
  'GET /api/v1/similarity/clusters/:id': NO_OBJECT,
};

/**
 * Refusals that write on purpose: a wrong password or code counts towards the address's and the account's lockout
 * (login_throttle, counted and updated). On these routes only the tables named may change, and the committed-changes
 * count — which the count updates move — is not taken as evidence.
 */
export const WRITES_ON_REFUSAL: Array<{ route: RegExp; tables: string[] }> = [
  // The failure that locks an account or an address is audited too (login.account_locked, login.address_blocked in
  // ThrottleService.count), with the chain's head moving along.
  { route: /^POST \/api\/v1\/auth\/(login|card-login|member-login|join|bind|wechat-login)$/, tables: ['login_throttle', 'audit_entry', 'audit_head', COMMITTED] },
];

/** Routes whose every success is slow (a PDF certificate, a QR code image): fewer cases, the same checks. */
export const SLOW_ROUTE_RUNS: Record<string, number> = {
  'GET /api/v1/certificates/:no/pdf': 12,
  'POST /api/v1/teams/:teamId/invites': 12,
};

export interface Problem {
  route: string;
  problem: string;
  request: string;
}

export interface RouteTally {
  ok: number;
  refused: number;
  wellFormed: number;
  /** What the well-formed cases were refused with (status and code), to say why a route never answered 2xx. */
  wellFormedRefusals: Map<string, number>;
}

/**
 * Reads, writes, removals; then what the matrix runs late (spends a code, closes an object) or last; then the routes
 * that end sessions: the refresh and the team's members first, then card resets and expert removals (a real id may be a
 * world's caller's card or expert), then logout.
 */
export function order(route: { method: string; url: string }): number {
  if (route.url.endsWith('/auth/logout')) return 7;
  if (/\/registration-cards\/:id\/reset$|\/experts\/:id\/(removal|account)$/.test(route.url)) return 6;
  if (TOKEN_SPENDING.test(route.url)) return 5;
  const phase = MATRIX[`${route.method} ${route.url}`]?.phase;
  if (phase) return { late: 3, last: 4, logout: 6 }[phase];
  return route.method === 'GET' ? 0 : route.method === 'DELETE' ? 2 : 1;
}

/** One line per route and kind of problem (the status and code), so a broken route does not fill the report. */
export function dedupe(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.route} ${p.problem.split(' ').slice(0, 2).join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
