import { UserAccount } from '../modules/account/user-account.entity.js';
import { ActivityPhoto } from '../modules/activity-record/activity-photo.entity.js';
import { ActivityRecord } from '../modules/activity-record/activity-record.entity.js';
import { ApplicationEvent } from '../modules/application/application-event.entity.js';
import { Application } from '../modules/application/application.entity.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { AuditHead } from '../modules/audit/audit-head.entity.js';
import { AuthSession } from '../modules/auth/auth-session.entity.js';
import { LoginThrottle } from '../modules/auth/login-throttle.entity.js';
import { Campaign } from '../modules/campaign/campaign.entity.js';
import { Certificate } from '../modules/certificate/certificate.entity.js';
import { KeptSheetDecision } from '../modules/discipline/kept-sheet-decision.entity.js';
import { MisconductCase } from '../modules/discipline/misconduct-case.entity.js';
import { MisconductEvidence } from '../modules/discipline/misconduct-evidence.entity.js';
import { UnitWarning } from '../modules/discipline/unit-warning.entity.js';
import { Enterprise } from '../modules/enterprise/enterprise.entity.js';
import { Expert } from '../modules/expert/expert.entity.js';
import { GradeResult } from '../modules/grading/grade-result.entity.js';
import { IdempotencyRecord } from '../modules/idempotency/idempotency-record.entity.js';
import { Publication } from '../modules/invitation/publication.entity.js';
import { Material } from '../modules/material/material.entity.js';
import { MemberLoginCode } from '../modules/member/member-login-code.entity.js';
import { TeamInvite } from '../modules/member/team-invite.entity.js';
import { TeamMember } from '../modules/member/team-member.entity.js';
import { InboxMessage } from '../modules/notification/inbox-message.entity.js';
import { OutboxMessage } from '../modules/notification/outbox-message.entity.js';
import { PanelDraw } from '../modules/panel/panel-draw.entity.js';
import { PanelReplacement } from '../modules/panel/panel-replacement.entity.js';
import { PresentationSession } from '../modules/presentation/presentation-session.entity.js';
import { PresentationSlot } from '../modules/presentation/presentation-slot.entity.js';
import { RecommenderBindCode } from '../modules/recommending-unit/recommender-bind-code.entity.js';
import { RecommendingUnit } from '../modules/recommending-unit/recommending-unit.entity.js';
import { RegistrationCard } from '../modules/registration-card/registration-card.entity.js';
import { ReviewScore } from '../modules/review/review-score.entity.js';
import { ScoreChange } from '../modules/review/score-change.entity.js';
import { ScoreSheetEntity } from '../modules/review/score-sheet.entity.js';
import { SimilarityCluster } from '../modules/similarity/similarity-cluster.entity.js';
import { SimilarityDocument } from '../modules/similarity/similarity-document.entity.js';
import { SimilarityPair } from '../modules/similarity/similarity-pair.entity.js';
import { SimilarityRun } from '../modules/similarity/similarity-run.entity.js';
import { Team } from '../modules/team/team.entity.js';
import { UnitPackageFile } from '../modules/unit-package/unit-package-file.entity.js';
import { UnitPackage } from '../modules/unit-package/unit-package.entity.js';
import { UnitStatistics } from '../modules/unit-statistics/unit-statistics.entity.js';
import { SubscribeConsent } from '../modules/wechat/subscribe-consent.entity.js';
import { WechatBinding } from '../modules/wechat/wechat-binding.entity.js';

/** Every table the server maps, grouped by the module that owns it. */
export const ENTITIES = [
  // Accounts, sign-in and the audit chain
  UserAccount,
  AuthSession,
  LoginThrottle,
  AuditEntry,
  AuditHead,
  IdempotencyRecord,
  // The campaign
  Campaign,
  // Recommending units and what they file
  RecommendingUnit,
  RecommenderBindCode,
  UnitStatistics,
  UnitPackage,
  UnitPackageFile,
  // Enterprises, teams, members and activity records
  Enterprise,
  RegistrationCard,
  Team,
  TeamMember,
  TeamInvite,
  MemberLoginCode,
  ActivityRecord,
  ActivityPhoto,
  // Applications and materials
  Application,
  ApplicationEvent,
  Material,
  // WeChat and notifications
  WechatBinding,
  SubscribeConsent,
  InboxMessage,
  OutboxMessage,
  // Experts, panels and review
  Expert,
  PanelDraw,
  PanelReplacement,
  ScoreSheetEntity,
  ReviewScore,
  ScoreChange,
  PresentationSession,
  PresentationSlot,
  // Results: invitations, grades and certificates
  Publication,
  GradeResult,
  Certificate,
  // Discipline
  MisconductCase,
  MisconductEvidence,
  UnitWarning,
  KeptSheetDecision,
  // Similarity check (材料查重)
  SimilarityRun,
  SimilarityDocument,
  SimilarityPair,
  SimilarityCluster,
];
