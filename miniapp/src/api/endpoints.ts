import type { TeamKind } from '@cacem/shared';
import { request } from './client';
import { call } from './contract';
import type {
  ActivityRecordDetail,
  ActivityRecordInput,
  ActivityRecordSummary,
  ApplicationInput,
  ApplicationView,
  CurrentCampaign,
  Enterprise,
  Id,
  BuiltPackage,
  ContactInput,
  CreatedContact,
  FilingOverview,
  InboxPage,
  IssuedCard,
  LoginResult,
  Material,
  MemberLoginCode,
  MemberProfile,
  Page,
  PackageView,
  Principal,
  RecommendationDetail,
  RecommendationFilter,
  RecommendationItem,
  RecommendationPage,
  RecommendingUnit,
  RecordFilter,
  RegistrationCard,
  TeamInvite,
  TeamMember,
  StatisticsView,
  Timeline,
  UnitContact,
  UnitStatisticsValues,
  WechatLoginResult,
} from './types';
import { newIdempotencyKey } from './idempotency';

/** A WeChat ticket, when present, binds the person's WeChat to the account they log in with. */
const withTicket = (wechatTicket?: string | null) => (wechatTicket ? { wechatTicket } : {});

export const authApi = {
  cardLogin: (cardNo: string, password: string, wechatTicket?: string | null) =>
    request<LoginResult>('POST', '/auth/card-login', { body: { cardNo, password, ...withTicket(wechatTicket) } }),
  login: (username: string, password: string, wechatTicket?: string | null) =>
    request<LoginResult>('POST', '/auth/login', { body: { username, password, ...withTicket(wechatTicket) } }),
  wechatLogin: (code: string) => request<WechatLoginResult>('POST', '/auth/wechat-login', { body: { code } }),
  memberLogin: (loginCode: string) => request<LoginResult>('POST', '/auth/member-login', { body: { loginCode } }),
  join: (input: { inviteCode: string; name: string; mobile?: string; wechatTicket?: string | null }) => {
    const { wechatTicket, ...rest } = input;
    return request<LoginResult>('POST', '/auth/join', { body: { ...rest, ...withTicket(wechatTicket) } });
  },
  me: () => request<Principal>('GET', '/auth/me'),
  /** A recommending unit's contact binds this WeChat with the code the secretariat gave them. */
  bind: (bindCode: string, wechatTicket: string) =>
    request<LoginResult>('POST', '/auth/bind', { body: { bindCode, wechatTicket } }),
};

export const enterpriseApi = {
  mine: () => request<Enterprise>('GET', '/enterprises/me'),
  recordCreditCode: (creditCode: string) =>
    request<Enterprise>('PUT', '/enterprises/me/credit-code', { body: { creditCode } }),
};

export const teamApi = {
  list: () => call('GET', '/teams'),
  create: (name: string, kind: TeamKind) => call('POST', '/teams', { body: { name, kind } }),
  get: (teamId: number) => call('GET', '/teams/{teamId}', { path: { teamId } }),
};

export const memberApi = {
  list: (teamId: Id) => request<{ items: TeamMember[] }>('GET', `/teams/${teamId}/members`),
  update: (teamId: Id, memberId: Id, body: { name: string; role: TeamMember['role']; mobile?: string | null }) =>
    request<TeamMember>('PUT', `/teams/${teamId}/members/${memberId}`, { body }),
  remove: (teamId: Id, memberId: Id) => request<void>('DELETE', `/teams/${teamId}/members/${memberId}`),
  invite: (teamId: Id) => request<TeamInvite>('POST', `/teams/${teamId}/invites`),
  loginCode: (teamId: Id, memberId: Id) =>
    request<MemberLoginCode>('POST', `/teams/${teamId}/members/${memberId}/login-code`),
  me: () => request<MemberProfile>('GET', '/members/me'),
};

export const recordApi = {
  create: (teamId: Id, input: ActivityRecordInput) =>
    request<ActivityRecordSummary>('POST', `/teams/${teamId}/activity-records`, { body: input }),
  list: (teamId: Id, filter: RecordFilter = {}) =>
    request<Page<ActivityRecordSummary>>('GET', `/teams/${teamId}/activity-records`, { query: { ...filter } }),
  get: (teamId: Id, recordId: Id) =>
    request<ActivityRecordDetail>('GET', `/teams/${teamId}/activity-records/${recordId}`),
  photoPath: (teamId: Id, recordId: Id) => `/teams/${teamId}/activity-records/${recordId}/photos`,
};

export const recommendingUnitApi = {
  list: () => request<{ items: RecommendingUnit[] }>('GET', '/recommending-units'),
  filing: () => request<FilingOverview>('GET', '/recommending-units/filing'),
  remind: (unitIds?: Id[]) =>
    request<{ reminded: number }>('POST', '/recommending-units/remind', { body: unitIds ? { unitIds } : {} }),
  contacts: (unitId: Id) => request<{ items: UnitContact[] }>('GET', `/recommending-units/${unitId}/contacts`),
  createContact: (unitId: Id, input: ContactInput) =>
    request<CreatedContact>('POST', `/recommending-units/${unitId}/contacts`, { body: input }),
  newBindCode: (unitId: Id, userId: Id) =>
    request<{ bindCode: string; expiresAt: string }>('POST', `/recommending-units/${unitId}/contacts/${userId}/bind-code`),
  packageOf: (unitId: Id) => request<PackageView>('GET', `/recommending-units/${unitId}/package`),
};

/** Filters as query parameters: empty search text and "all statuses" are left out. */
export function recommendationQuery(filter: RecommendationFilter): Record<string, string | number | undefined> {
  const q = filter.q?.trim();
  return { status: filter.status, q: q ? q : undefined, page: filter.page, pageSize: filter.pageSize };
}

export const recommendationApi = {
  list: (filter: RecommendationFilter = {}) =>
    request<RecommendationPage>('GET', '/recommendation/applications', { query: recommendationQuery(filter) }),
  get: (id: Id) => request<RecommendationDetail>('GET', `/recommendation/applications/${id}`),
  recommend: (id: Id, preference?: number) =>
    request<RecommendationItem>('POST', `/applications/${id}/recommend`, { body: preference ? { preference } : {} }),
  decline: (id: Id, reason: string) => request<RecommendationItem>('POST', `/applications/${id}/decline`, { body: { reason } }),
  savePreferences: (applicationIds: number[]) =>
    request<{ items: RecommendationItem[] }>('PUT', '/recommendation/preferences', { body: { applicationIds } }),
  statistics: () => request<StatisticsView>('GET', '/recommendation/statistics'),
  saveStatistics: (values: UnitStatisticsValues) => request<StatisticsView>('PUT', '/recommendation/statistics', { body: values }),
  package: () => request<PackageView>('GET', '/recommendation/package'),
  buildPackage: () => request<BuiltPackage>('POST', '/recommendation/package', { idempotencyKey: newIdempotencyKey() }),
  letterPath: '/recommendation/package/letter',
  excellentListPath: '/recommendation/package/excellent-list',
};

export const applicationApi = {
  ofTeam: (teamId: Id) => request<ApplicationView>('GET', `/teams/${teamId}/application`),
  save: (teamId: Id, input: ApplicationInput) =>
    request<ApplicationView>('PUT', `/teams/${teamId}/application`, { body: input }),
  materials: (applicationId: Id) =>
    request<{ items: Material[] }>('GET', `/applications/${applicationId}/materials`),
  materialPath: (applicationId: Id, kind: Material['kind']) => `/applications/${applicationId}/materials/${kind}`,
  // A key per submission: a lost answer is retried safely, never submitted twice.
  submit: (applicationId: Id) => request<ApplicationView>('POST', `/applications/${applicationId}/submit`, { idempotencyKey: newIdempotencyKey() }),
  withdraw: (applicationId: Id) => request<ApplicationView>('POST', `/applications/${applicationId}/withdraw`),
  timeline: (applicationId: Id) => request<Timeline>('GET', `/applications/${applicationId}/timeline`),
};

export const campaignApi = {
  current: () => request<CurrentCampaign>('GET', '/campaigns/current'),
};

export const inboxApi = {
  list: (page = 1, pageSize = 20) => request<InboxPage>('GET', '/inbox', { query: { page, pageSize } }),
  markRead: (id: Id) => request<void>('POST', `/inbox/${id}/read`),
};

export const wechatApi = {
  templates: () => request<{ statusTemplateId: string }>('GET', '/wechat/templates'),
  subscribe: (templateIds: string[]) =>
    request<{ accepted: number }>('POST', '/wechat/subscriptions', { body: { templateIds } }),
};

export const registrationCardApi = {
  issue: (enterpriseName: string) =>
    request<IssuedCard>('POST', '/registration-cards', { body: { enterpriseName } }),
  list: (page = 1, pageSize = 20) =>
    request<Page<RegistrationCard>>('GET', '/registration-cards', { query: { page, pageSize } }),
};
