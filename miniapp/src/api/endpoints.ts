import type { TeamKind } from '@cacem/shared';
import { request } from './client';
import { type BodyOf, call, fillPath, type PathOf } from './contract';
import type {
  ActivityRecordInput,
  ApplicationInput,
  MaterialKind,
  ContactInput,
  LoginResult,
  RecommendationFilter,
  RecordFilter,
  UnitStatisticsValues,
} from './types';
import { newIdempotencyKey } from './idempotency';

/** A WeChat ticket, when present, binds the person's WeChat to the account they log in with. */
const withTicket = (wechatTicket?: string | null) => (wechatTicket ? { wechatTicket } : {});

export const authApi = {
  cardLogin: (cardNo: string, password: string, wechatTicket?: string | null) =>
    call('POST', '/auth/card-login', { body: { cardNo, password, ...withTicket(wechatTicket) } }),
  login: (username: string, password: string, wechatTicket?: string | null) =>
    call('POST', '/auth/login', { body: { username, password, ...withTicket(wechatTicket) } }),
  wechatLogin: (code: string) => call('POST', '/auth/wechat-login', { body: { code } }),
  memberLogin: (loginCode: string) => call('POST', '/auth/member-login', { body: { loginCode } }),
  join: (input: { inviteCode: string; name: string; mobile?: string; wechatTicket?: string | null }) => {
    const { wechatTicket, ...rest } = input;
    return call('POST', '/auth/join', { body: { ...rest, ...withTicket(wechatTicket) } });
  },
  me: () => call('GET', '/auth/me'),
  /** A recommending unit's contact binds this WeChat with the code the secretariat gave them. */
  bind: (bindCode: string, wechatTicket: string) =>
    request<LoginResult>('POST', '/auth/bind', { body: { bindCode, wechatTicket } }),
};

export const enterpriseApi = {
  mine: () => call('GET', '/enterprises/me'),
  recordCreditCode: (creditCode: string) => call('PUT', '/enterprises/me/credit-code', { body: { creditCode } }),
};

export const teamApi = {
  list: () => call('GET', '/teams'),
  create: (name: string, kind: TeamKind) => call('POST', '/teams', { body: { name, kind } }),
  get: (teamId: number) => call('GET', '/teams/{teamId}', { path: { teamId } }),
};

export const memberApi = {
  list: (teamId: number) => call('GET', '/teams/{teamId}/members', { path: { teamId } }),
  update: (teamId: number, memberId: number, body: BodyOf<'PUT', '/teams/{teamId}/members/{memberId}'>) =>
    call('PUT', '/teams/{teamId}/members/{memberId}', { path: { teamId, memberId }, body }),
  remove: (teamId: number, memberId: number) => call('DELETE', '/teams/{teamId}/members/{memberId}', { path: { teamId, memberId } }),
  invite: (teamId: number) => call('POST', '/teams/{teamId}/invites', { path: { teamId } }),
  loginCode: (teamId: number, memberId: number) =>
    call('POST', '/teams/{teamId}/members/{memberId}/login-code', { path: { teamId, memberId } }),
  me: () => call('GET', '/members/me'),
};

export const recordApi = {
  create: (teamId: number, input: ActivityRecordInput) =>
    call('POST', '/teams/{teamId}/activity-records', { path: { teamId }, body: input }),
  list: (teamId: number, filter: RecordFilter = {}) =>
    call('GET', '/teams/{teamId}/activity-records', { path: { teamId }, query: filter }),
  get: (teamId: number, recordId: number) =>
    call('GET', '/teams/{teamId}/activity-records/{recordId}', { path: { teamId, recordId } }),
  /** The photo upload's path (multipart, sent with uploadFile; answers RecordPhoto). */
  photoPath: (teamId: number, recordId: number) =>
    fillPath('/teams/{teamId}/activity-records/{recordId}/photos' satisfies PathOf<'POST'>, { teamId, recordId }),
};

export const recommendingUnitApi = {
  list: () => call('GET', '/recommending-units'),
  filing: () => call('GET', '/recommending-units/filing'),
  remind: (unitIds?: number[]) => call('POST', '/recommending-units/remind', { body: unitIds ? { unitIds } : {} }),
  contacts: (unitId: number) => call('GET', '/recommending-units/{unitId}/contacts', { path: { unitId } }),
  createContact: (unitId: number, input: ContactInput) => call('POST', '/recommending-units/{unitId}/contacts', { path: { unitId }, body: input }),
  newBindCode: (unitId: number, userId: number) =>
    call('POST', '/recommending-units/{unitId}/contacts/{userId}/bind-code', { path: { unitId, userId } }),
  packageOf: (unitId: number) => call('GET', '/recommending-units/{unitId}/package', { path: { unitId } }),
};

/** Filters as query parameters: empty search text and "all statuses" are left out. */
export function recommendationQuery(filter: RecommendationFilter): RecommendationFilter {
  const q = filter.q?.trim();
  return { status: filter.status, q: q ? q : undefined, page: filter.page, pageSize: filter.pageSize };
}

export const recommendationApi = {
  list: (filter: RecommendationFilter = {}) => call('GET', '/recommendation/applications', { query: recommendationQuery(filter) }),
  get: (id: number) => call('GET', '/recommendation/applications/{id}', { path: { id } }),
  recommend: (id: number, preference?: number) => call('POST', '/applications/{id}/recommend', { path: { id }, body: preference ? { preference } : {} }),
  decline: (id: number, reason: string) => call('POST', '/applications/{id}/decline', { path: { id }, body: { reason } }),
  savePreferences: (applicationIds: number[]) => call('PUT', '/recommendation/preferences', { body: { applicationIds } }),
  // unitId is for the secretariat; the unit's own contact names none.
  statistics: () => call('GET', '/recommendation/statistics', { query: {} }),
  saveStatistics: (values: UnitStatisticsValues) => call('PUT', '/recommendation/statistics', { body: values }),
  package: () => call('GET', '/recommendation/package'),
  buildPackage: () => call('POST', '/recommendation/package', { idempotencyKey: newIdempotencyKey() }),
  letterPath: '/recommendation/package/letter',
  excellentListPath: '/recommendation/package/excellent-list',
};

export const applicationApi = {
  ofTeam: (teamId: number) => call('GET', '/teams/{teamId}/application', { path: { teamId } }),
  save: (teamId: number, input: ApplicationInput) => call('PUT', '/teams/{teamId}/application', { path: { teamId }, body: input }),
  materials: (applicationId: number) => call('GET', '/applications/{id}/materials', { path: { id: applicationId } }),
  /** A material's upload path (multipart, sent with uploadFile; answers Material). */
  materialPath: (applicationId: number, kind: MaterialKind) =>
    fillPath('/applications/{id}/materials/{kind}' satisfies PathOf<'POST'>, { id: applicationId, kind }),
  // A key per submission: a lost answer is retried safely, never submitted twice.
  submit: (applicationId: number) =>
    call('POST', '/applications/{id}/submit', { path: { id: applicationId }, idempotencyKey: newIdempotencyKey() }),
  withdraw: (applicationId: number) => call('POST', '/applications/{id}/withdraw', { path: { id: applicationId } }),
  timeline: (applicationId: number) => call('GET', '/applications/{id}/timeline', { path: { id: applicationId } }),
};

export const campaignApi = {
  current: () => call('GET', '/campaigns/current'),
};

export const inboxApi = {
  list: (page = 1, pageSize = 20) => call('GET', '/inbox', { query: { page, pageSize } }),
  markRead: (id: number) => call('POST', '/inbox/{id}/read', { path: { id } }),
};

export const wechatApi = {
  templates: () => call('GET', '/wechat/templates'),
  subscribe: (templateIds: string[]) => call('POST', '/wechat/subscriptions', { body: { templateIds } }),
};

export const registrationCardApi = {
  issue: (enterpriseName: string) => call('POST', '/registration-cards', { body: { enterpriseName } }),
  list: (page = 1, pageSize = 20) => call('GET', '/registration-cards', { query: { page, pageSize } }),
};
