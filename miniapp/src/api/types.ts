import type { Schemas } from './contract';
import type { ActivityKind, ApplicationStatus, ErrorCode, MemberRole, StatisticsProblem, UnitStatisticsValues } from '@cacem/shared';

export type StaffRole = 'secretariat' | 'recommender' | 'expert';

export interface DeclarantPrincipal {
  role: 'declarant';
  enterpriseId: number | string;
  cardNo: string;
  displayName: string;
}

export interface StaffPrincipal {
  role: StaffRole;
  userId: number | string;
  displayName: string;
}

/** A team member on site (班组成员): logs in with WeChat, an invite, or a one-time code. */
export interface MemberPrincipal {
  role: 'member';
  memberId: number;
  teamId: number;
  enterpriseId: number;
  displayName: string;
}

export type Principal = DeclarantPrincipal | StaffPrincipal | MemberPrincipal;

export type WechatLoginResult =
  | ({ status: 'bound' } & LoginResult)
  | { status: 'unbound'; wechatTicket: string; expiresIn: number };

export interface LoginResult {
  accessToken: string;
  expiresIn: number;
  principal: Principal;
  /** Trade at /auth/refresh for a new pair (once); the API client does it when the access token expires. */
  refreshToken?: string;
  refreshExpiresIn?: number;
}

export interface Enterprise {
  id: number | string;
  name: string;
  creditCode: string | null;
  cardNo: string;
}

export type Team = Schemas['TeamView'];

export interface StageWindow {
  opens: string;
  closes: string;
}

export interface CurrentCampaign {
  year: number;
  name: string;
  stage: string;
  stageLabel: string;
  windows: {
    registration: StageWindow;
    materialsReview: StageWindow;
    presentations: StageWindow;
  };
}

export interface IssuedCard {
  id: number | string;
  cardNo: string;
  password: string;
  enterpriseName: string;
  issuedAt: string;
}

export interface RegistrationCard {
  id: number | string;
  cardNo: string;
  enterpriseName: string;
  creditCode: string | null;
  issuedAt: string;
  firstLoginAt: string | null;
  /** Set while the card is locked after wrong passwords: when it unlocks by itself (the secretariat may 解锁 now). */
  lockedUntil?: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ApiErrorDetail {
  field: string;
  code: ErrorCode | string;
  message: string;
}

export type Id = number | string;

export type TeamSummary = Schemas['TeamDetail'];

export interface TeamMember {
  id: number;
  name: string;
  role: MemberRole;
  roleLabel: string;
  mobile: string | null;
  joinedAt: string;
  wechatBound: boolean;
}

export interface MemberProfile {
  member: TeamMember;
  team: TeamSummary;
}

export interface TeamInvite {
  code: string;
  expiresAt: string;
  joinPath: string;
  qrDataUrl: string;
}

export interface MemberLoginCode {
  code: string;
  expiresAt: string;
}

export interface ActivityRecordInput {
  clientKey: string;
  date: string;
  kind: ActivityKind;
  content: string;
  place: string;
  attendeeIds: number[];
}

export interface ActivityRecordSummary {
  id: number;
  clientKey: string;
  date: string;
  kind: ActivityKind;
  kindLabel: string;
  content: string;
  place: string;
  attendeeCount: number;
  photoCount: number;
  createdByName: string;
  createdAt: string;
}

export interface RecordPhoto {
  id: number;
  url: string;
  mime: string;
  size: number;
}

export interface ActivityRecordDetail extends ActivityRecordSummary {
  attendees: Array<{ id: number; name: string }>;
  photos: RecordPhoto[];
}

export interface RecordFilter {
  kind?: ActivityKind;
  from?: string;
  to?: string;
  page?: number;
  pageSize?: number;
}

export interface RecommendingUnit {
  id: number;
  seq: number;
  name: string;
}

export interface ApplicationProfile {
  leaderName: string;
  leaderMobile: string;
  memberCount: number;
  specialty: string;
  projectName: string;
  introduction: string;
}

export interface ApplicationDeclarations {
  isBasicFormalUnit: boolean;
  declaresNoAccidentsInThreeYears: boolean;
  hasActivityPlan: boolean;
  hasImplementationPlan: boolean;
}

export type MaterialKind = 'pdf' | 'ppt';

export interface Material {
  id: number;
  kind: MaterialKind;
  version: number;
  originalName: string;
  size: number;
  sha256: string;
  uploadedAt: string;
  url: string;
  current?: boolean;
}

export type ApplicationAction = 'save' | 'uploadMaterials' | 'submit' | 'withdraw';

export interface EligibilityIssue {
  code: string;
  message: string;
}

export interface ApplicationView {
  id: number;
  campaignYear: number;
  teamId: number;
  status: ApplicationStatus;
  statusLabel: string;
  recommendingUnit: RecommendingUnit | null;
  profile: Partial<ApplicationProfile> | null;
  declarations: Partial<ApplicationDeclarations> | null;
  materials: { pdf: Material | null; ppt: Material | null };
  activityRecordCount: number;
  eligibility: EligibilityIssue[];
  allowedActions: ApplicationAction[];
  submittedAt: string | null;
  updatedAt: string;
  /** Sent back with a save: a draft someone else changed meanwhile is refused (409 APPLICATION_CHANGED), not overwritten. */
  version: number;
  /** The published result (第十条); null until the association publishes it. */
  result?: ApplicationResult | null;
}

export type Grade = 'excellent' | 'exemplary' | 'improving';

export interface ApplicationResult {
  grade: Grade;
  gradeLabel: string;
  materialsScore: number;
  presentationScore: number;
  total: number;
  rank: number;
  explanation: string;
  publishedAt: string;
  /** The scores behind the result changed by a secretariat decision; the grade holds until re-confirmed. */
  underReview?: boolean;
  underReviewNote?: string | null;
  certificate: { certificateNo: string; status: 'valid' | 'revoked'; issuedAt: string; revokedReason: string | null } | null;
}

export interface ApplicationInput {
  recommendingUnitId: number;
  profile: ApplicationProfile;
  declarations: ApplicationDeclarations;
  /** The version of the draft being edited (optimistic locking); absent for the first save. */
  version?: number;
}

export type TimelineState = 'done' | 'current' | 'upcoming' | 'skipped';

export interface Timeline {
  steps: Array<{ key: string; label: string; state: TimelineState; date: string | null; note: string | null }>;
  events: Array<{ at: string; from: string | null; to: string; fromLabel: string | null; toLabel: string; actor: string }>;
  next: string;
}

export interface InboxMessage {
  id: number;
  title: string;
  body: string;
  applicationId: number | null;
  createdAt: string;
  readAt: string | null;
}

export interface InboxPage extends Page<InboxMessage> {
  unread: number;
}

export interface RecommenderPrincipal extends StaffPrincipal {
  role: 'recommender';
  recommendingUnitId: number;
}

export type RecommendationStatus = 'submitted' | 'recommended' | 'declined';

/** A material as the recommender sees it: enough to open it. */
export interface MaterialLink {
  url: string;
  size: number;
  originalName: string;
}

export interface RecommendationWindow {
  opens: string;
  closes: string;
  open: boolean;
}

export interface RecommendationItem {
  id: number;
  teamName: string;
  teamKindLabel: string;
  enterpriseName: string;
  status: ApplicationStatus | RecommendationStatus;
  statusLabel: string;
  submittedAt: string | null;
  preference: number | null;
  decisionReason: string | null;
  materials: { pdf: MaterialLink | null; ppt: MaterialLink | null };
}

export interface RecommendationDetail extends RecommendationItem {
  profile: Partial<ApplicationProfile> | null;
  declarations: Partial<ApplicationDeclarations> | null;
  activityRecordCount: number;
}

export interface RecommendationPage extends Page<RecommendationItem> {
  window: RecommendationWindow;
}

export interface RecommendationFilter {
  status?: RecommendationStatus;
  q?: string;
  page?: number;
  pageSize?: number;
}

// 附件3's values and problems are defined once, in shared, next to the rule that checks them.
export type { ReviewForm, StatisticsProblem, UnitStatisticsValues } from '@cacem/shared';

export interface StatisticsView {
  period: { from: string; to: string };
  values: UnitStatisticsValues | null;
  prefill: { teamsRecommended: number; cumulativeTrustedTeams: number };
  edited: { teamsRecommended: boolean; cumulativeTrustedTeams: boolean };
  updatedAt: string | null;
  problems: StatisticsProblem[];
}

export interface PackageFile {
  originalName?: string;
  fileName?: string;
  size: number;
  uploadedAt?: string;
  url?: string;
  pageCount?: number;
}

export interface BuiltPackage {
  version: number;
  fileName: string;
  size: number;
  pageCount: number;
  builtAt: string;
  url: string;
}

export interface PackageView {
  letter: PackageFile | null;
  excellentList: PackageFile | null;
  current: BuiltPackage | null;
  history: BuiltPackage[];
}

export interface FilingRow {
  unitId: number;
  seq: number;
  name: string;
  contacts: number | string | Array<{ displayName: string; mobile?: string | null }>;
  submitted: number;
  recommended: number;
  declined: number;
  statisticsFiled: boolean;
  packageFiled: boolean;
  lastFiledAt: string | null;
}

export interface FilingOverview {
  items: FilingRow[];
  totals?: Partial<Record<'submitted' | 'recommended' | 'declined' | 'statisticsFiled' | 'packageFiled' | 'units', number>>;
}

export interface UnitContact {
  id: number;
  username: string;
  displayName: string;
  mobile: string | null;
  active: boolean;
  wechatBound: boolean;
  createdAt: string;
}

export interface CreatedContact {
  id: number;
  username: string;
  displayName: string;
  password: string;
  bindCode: string;
}

export interface ContactInput {
  displayName: string;
  username: string;
  mobile?: string;
}
