import type { QueryOf, Schemas } from './contract';

export type DeclarantPrincipal = Schemas['DeclarantPrincipal'];
export type StaffPrincipal = Schemas['StaffPrincipal'];
export type StaffRole = StaffPrincipal['role'];
/** A team member on site (班组成员): logs in with WeChat, an invite, or a one-time code. */
export type MemberPrincipal = Schemas['MemberPrincipal'];
export type Principal = Schemas['Principal'];

export type WechatLoginResult = Schemas['WechatLoginResult'];
/** refreshToken: trade at /auth/refresh for a new pair (once); the API client does it when the access token expires. */
export type LoginResult = Schemas['LoginResult'];
export type MemberJoinResult = Schemas['MemberJoinResult'];

export type Enterprise = Schemas['EnterpriseView'];

export type Team = Schemas['TeamView'];

export type StageWindow = Schemas['StageWindow'];
export type CurrentCampaign = Schemas['CurrentCampaignView'];
/** The one-time password is shown this once. */
export type IssuedCard = Schemas['IssuedCard'];
/** lockedUntil: set while the card is locked after wrong passwords — when it unlocks by itself (the secretariat may 解锁 now). */
export type RegistrationCard = Schemas['RegistrationCardView'];

/** The envelope of every paged answer (the server's `Page()` in common/contract/schema.ts), for a page's state. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/** The one error shape every refusal answers with (its `code` is one of the shared ErrorCode values). */
export type ApiErrorBody = Schemas['ApiError'];
type ApiErrorDetails = NonNullable<ApiErrorBody['details']>;
/** A refused form's problem with one field. */
export type ApiErrorDetail = Extract<ApiErrorDetails, unknown[]>[number];
/** One unmet condition of a refused step (e.g. ELIGIBILITY_FAILED). */
export type ApiErrorProblem = Exclude<ApiErrorDetails, unknown[]>['problems'][number];

export type Id = number | string;

export type TeamSummary = Schemas['TeamDetail'];

export type TeamMember = Schemas['TeamMemberView'];
/** The member and their team (id, name, kind — not the team's counts). */
export type MemberProfile = Schemas['MemberProfile'];
export type TeamInvite = Schemas['TeamInviteView'];
export type MemberLoginCode = Schemas['MemberLoginCodeView'];

export type ActivityRecordInput = Schemas['CreateActivityRecordDto'];
export type ActivityRecordSummary = Schemas['ActivityRecordSummary'];
export type RecordPhoto = Schemas['RecordPhotoView'];
export type ActivityRecordDetail = Schemas['ActivityRecordDetail'];
export type RecordFilter = NonNullable<QueryOf<'GET', '/teams/{teamId}/activity-records'>>;

export type RecommendingUnit = Schemas['RecommendingUnitView'];

/** 报名表 as saved: a draft may leave any field empty (null). */
export type ApplicationProfile = Schemas['ApplicationProfileView'];
export type ApplicationDeclarations = Schemas['ApplicationDeclarationsView'];

/** A material's current version (in an application's view). */
export type Material = Schemas['MaterialView'];
/** A version in the list of all versions, `current` marking the one in force. */
export type MaterialVersion = Schemas['MaterialVersion'];
export type MaterialKind = Material['kind'];

export type ApplicationView = Schemas['ApplicationView'];
export type ApplicationAction = ApplicationView['allowedActions'][number];
export type EligibilityIssue = Schemas['EligibilityIssue'];
/** The published result (第十条); null until the association publishes it. */
export type ApplicationResult = Schemas['ApplicationResult'];
export type Grade = ApplicationResult['grade'];

/** A save: `version` is the draft's (optimistic locking), absent for the first save. */
export type ApplicationInput = Schemas['SaveApplicationDto'];

export type Timeline = Schemas['TimelineView'];
export type TimelineState = Timeline['steps'][number]['state'];

export type InboxMessage = Schemas['InboxMessageView'];
export type InboxPage = Schemas['InboxPage'];

export interface RecommenderPrincipal extends StaffPrincipal {
  role: 'recommender';
  recommendingUnitId: number;
}

/** The recommender's list filter (page, size, status, search text): the query of GET /recommendation/applications. */
export type RecommendationFilter = NonNullable<QueryOf<'GET', '/recommendation/applications'>>;
export type RecommendationStatus = NonNullable<RecommendationFilter['status']>;

/** A material as the recommender sees it: enough to open it. */
export type MaterialLink = Schemas['RecommendationMaterialLink'];
export type RecommendationWindow = Schemas['RecommendationWindow'];
export type RecommendationItem = Schemas['RecommendationItem'];
export type RecommendationDetail = Schemas['RecommendationDetail'];
export type RecommendationPage = Schemas['RecommendationPage'];

// 附件3's values and problems are defined once, in shared, next to the rule that checks them.
export type { ReviewForm, StatisticsProblem, UnitStatisticsValues } from '@cacem/shared';

export type StatisticsView = Schemas['UnitStatisticsView'];

/** An uploaded PDF of the package (推荐函, 优秀名单公布通知). */
export type PackageFile = Schemas['UnitPackageFileView'];
export type BuiltPackage = Schemas['BuiltUnitPackage'];
export type PackageView = Schemas['UnitPackageView'];

export type FilingRow = Schemas['UnitFilingRow'];
export type FilingOverview = Schemas['UnitFilingOverview'];

export type UnitContact = Schemas['UnitContactView'];
export type CreatedContact = Schemas['CreatedUnitContact'];
export type IssuedBindCode = Schemas['IssuedBindCode'];
export type ContactInput = Schemas['CreateContactDto'];
