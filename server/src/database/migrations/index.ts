import { InitialSchema1764086400000 } from './1764086400000-initial-schema.js';
import { MembersAndActivityRecords1764100000000 } from './1764100000000-members-and-activity-records.js';
import { RegistrationAndMaterials1764200000000 } from './1764200000000-registration-and-materials.js';
import { WechatNotifications1764300000000 } from './1764300000000-wechat-notifications.js';
import { RecommendingUnits1764400000000 } from './1764400000000-recommending-units.js';
import { ExpertPool1764600000000 } from './1764600000000-expert-pool.js';
import { PanelDraw1764700000000 } from './1764700000000-panel-draw.js';
import { ReviewAndResults1764800000000 } from './1764800000000-review-and-results.js';
import { Discipline1765000000000 } from './1765000000000-discipline.js';
import { AuditHead1765100000000 } from './1765100000000-audit-head.js';
import { Similarity1765200000000 } from './1765200000000-similarity.js';
import { SimilarityHeartbeat1765300000000 } from './1765300000000-similarity-heartbeat.js';
import { SimilarityDismissal1765400000000 } from './1765400000000-similarity-dismissal.js';
import { AuditRequest1765500000000 } from './1765500000000-audit-request.js';
import { AuthSessions1765600000000 } from './1765600000000-auth-sessions.js';
import { Idempotency1765700000000 } from './1765700000000-idempotency.js';
import { PerfIndexes1765800000000 } from './1765800000000-perf-indexes.js';
import { LongText1765900000000 } from './1765900000000-long-text.js';
import { CampaignRevision1766000000000 } from './1766000000000-campaign-revision.js';
import { ReviewFairness1766116200000 } from './1766116200000-review-fairness.js';
import { KeptSheetDecision1766116300000 } from './1766116300000-kept-sheet-decision.js';
import { AuditAnchor1766200000000 } from './1766200000000-audit-anchor.js';
import { IdempotencyOwner1766200000100 } from './1766200000100-idempotency-owner.js';
import { SimilarityClusters1766300000000 } from './1766300000000-similarity-clusters.js';

/** In the order they run, which is their timestamps' order: a new migration goes at the end. */
export const MIGRATIONS = [
  InitialSchema1764086400000,
  MembersAndActivityRecords1764100000000,
  RegistrationAndMaterials1764200000000,
  WechatNotifications1764300000000,
  RecommendingUnits1764400000000,
  ExpertPool1764600000000,
  PanelDraw1764700000000,
  ReviewAndResults1764800000000,
  Discipline1765000000000,
  AuditHead1765100000000,
  Similarity1765200000000,
  SimilarityHeartbeat1765300000000,
  SimilarityDismissal1765400000000,
  AuditRequest1765500000000,
  AuthSessions1765600000000,
  Idempotency1765700000000,
  PerfIndexes1765800000000,
  LongText1765900000000,
  CampaignRevision1766000000000,
  ReviewFairness1766116200000,
  KeptSheetDecision1766116300000,
  AuditAnchor1766200000000,
  IdempotencyOwner1766200000100,
  SimilarityClusters1766300000000,
];
