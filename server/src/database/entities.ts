import { UserAccount } from '../modules/account/user-account.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { AuditHead } from '../modules/audit/audit-head.entity.js';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Enterprise } from '../modules/enterprise/enterprise.entity.js';
import { RecommendingUnit } from '../modules/recommending-unit/recommending-unit.entity.js';
import { RegistrationCard } from '../modules/registration-card/registration-card.entity.js';
import { Team } from '../modules/team/team.entity.js';
// — issue 4 imports: members & activity records —
import { ActivityPhoto } from '../modules/activity-record/activity-photo.entity.js';
import { ActivityRecord } from '../modules/activity-record/activity-record.entity.js';
import { MemberLoginCode } from '../modules/member/member-login-code.entity.js';
import { TeamInvite } from '../modules/member/team-invite.entity.js';
import { TeamMember } from '../modules/member/team-member.entity.js';
// — issue 4 imports: registration & materials —
import { ApplicationEvent } from '../modules/application/application-event.entity.js';
import { Application } from '../modules/application/application.entity.js';
import { Material } from '../modules/material/material.entity.js';
// — issue 4 imports: WeChat & notifications —
import { InboxMessage } from '../modules/notification/inbox-message.entity.js';
import { OutboxMessage } from '../modules/notification/outbox-message.entity.js';
import { SubscribeConsent } from '../modules/wechat/subscribe-consent.entity.js';
import { WechatBinding } from '../modules/wechat/wechat-binding.entity.js';
// — issue 5 imports: recommending units —
import { RecommenderBindCode } from '../modules/recommending-unit/recommender-bind-code.entity.js';
import { UnitPackageFile } from '../modules/unit-package/unit-package-file.entity.js';
import { UnitPackage } from '../modules/unit-package/unit-package.entity.js';
import { UnitStatistics } from '../modules/unit-statistics/unit-statistics.entity.js';
// — issue 6 imports: expert pool —
import { Expert } from '../modules/expert/expert.entity.js';
// — issue 6 imports: panel draw —
import { PanelDraw } from '../modules/panel/panel-draw.entity.js';
// — issue 6 imports: review and results —
import { Certificate } from '../modules/certificate/certificate.entity.js';
import { GradeResult } from '../modules/grading/grade-result.entity.js';
import { Publication } from '../modules/invitation/publication.entity.js';
import { PanelReplacement } from '../modules/panel/panel-replacement.entity.js';
import { PresentationSession } from '../modules/presentation/presentation-session.entity.js';
import { PresentationSlot } from '../modules/presentation/presentation-slot.entity.js';
import { ReviewScore } from '../modules/review/review-score.entity.js';
import { ScoreChange } from '../modules/review/score-change.entity.js';
import { ScoreSheetEntity } from '../modules/review/score-sheet.entity.js';
// — issue 6 imports: certificates —
// — issue 6 imports: discipline —
import { MisconductCase } from '../modules/discipline/misconduct-case.entity.js';
import { MisconductEvidence } from '../modules/discipline/misconduct-evidence.entity.js';
import { UnitWarning } from '../modules/discipline/unit-warning.entity.js';
import { KeptSheetDecision } from '../modules/discipline/kept-sheet-decision.entity.js';
// — issue 8 imports: similarity —
import { SimilarityCluster } from '../modules/similarity/similarity-cluster.entity.js';
import { SimilarityDocument } from '../modules/similarity/similarity-document.entity.js';
import { SimilarityPair } from '../modules/similarity/similarity-pair.entity.js';
import { SimilarityRun } from '../modules/similarity/similarity-run.entity.js';
// — issue 9 imports: idempotency keys —
import { IdempotencyRecord } from '../modules/idempotency/idempotency-record.entity.js';
// — issue 9 imports: sessions and login throttling —
import { AuthSession } from '../modules/auth/auth-session.entity.js';
import { LoginThrottle } from '../modules/auth/login-throttle.entity.js';

export const ENTITIES = [
  Campaign,
  RecommendingUnit,
  UserAccount,
  Enterprise,
  RegistrationCard,
  Team,
  AuditEntry,
  AuditHead,
  // — issue 4 entities: members & activity records —
  TeamMember,
  TeamInvite,
  MemberLoginCode,
  ActivityRecord,
  ActivityPhoto,
  // — issue 4 entities: registration & materials —
  Application,
  ApplicationEvent,
  Material,
  // — issue 4 entities: WeChat & notifications —
  WechatBinding,
  SubscribeConsent,
  InboxMessage,
  OutboxMessage,
  // — issue 5 entities: recommending units —
  RecommenderBindCode,
  UnitStatistics,
  UnitPackage,
  UnitPackageFile,
  // — issue 6 entities: expert pool —
  Expert,
  // — issue 6 entities: panel draw —
  PanelDraw,
  // — issue 6 entities: review and results —
  ScoreSheetEntity,
  ReviewScore,
  ScoreChange,
  PresentationSession,
  PresentationSlot,
  Publication,
  GradeResult,
  Certificate,
  PanelReplacement,
  // — issue 6 entities: certificates —
  // — issue 6 entities: discipline —
  MisconductCase,
  MisconductEvidence,
  UnitWarning,
  KeptSheetDecision,
  // — issue 8 entities: similarity —
  SimilarityCluster,
  SimilarityDocument,
  SimilarityPair,
  SimilarityRun,
  // — issue 9 entities: idempotency keys —
  IdempotencyRecord,
  // — issue 9 entities: sessions and login throttling —
  AuthSession,
  LoginThrottle,
];
