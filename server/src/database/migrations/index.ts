import { InitialSchema1764086400000 } from './1764086400000-initial-schema.js';
// — issue 4 imports: members & activity records —
import { MembersAndActivityRecords1764100000000 } from './1764100000000-members-and-activity-records.js';
// — issue 4 imports: registration & materials —
import { RegistrationAndMaterials1764200000000 } from './1764200000000-registration-and-materials.js';
// — issue 4 imports: WeChat & notifications —
import { WechatNotifications1764300000000 } from './1764300000000-wechat-notifications.js';
// — issue 5 imports: recommending units —
import { RecommendingUnits1764400000000 } from './1764400000000-recommending-units.js';
// — issue 6 imports: expert pool —
import { ExpertPool1764600000000 } from './1764600000000-expert-pool.js';
// — issue 6 imports: panel draw —
import { PanelDraw1764700000000 } from './1764700000000-panel-draw.js';
// — issue 6 imports: review and results —
import { ReviewAndResults1764800000000 } from './1764800000000-review-and-results.js';
// — issue 6 imports: certificates (1764900000000) —
// — issue 6 imports: discipline (1765000000000) —
import { Discipline1765000000000 } from './1765000000000-discipline.js';
// — audit chain head —
import { AuditHead1765100000000 } from './1765100000000-audit-head.js';
import { AuditAnchor1766200000000 } from './1766200000000-audit-anchor.js';
import { IdempotencyOwner1766200000100 } from './1766200000100-idempotency-owner.js';
import { SimilarityClusters1766300000000 } from './1766300000000-similarity-clusters.js';
// — issue 8 imports: similarity —
import { Similarity1765200000000 } from './1765200000000-similarity.js';
import { SimilarityHeartbeat1765300000000 } from './1765300000000-similarity-heartbeat.js';
import { SimilarityDismissal1765400000000 } from './1765400000000-similarity-dismissal.js';
// — issue 9 imports: audit role and request —
import { AuditRequest1765500000000 } from './1765500000000-audit-request.js';
import { Idempotency1765700000000 } from './1765700000000-idempotency.js';
// — issue 10 imports: indexes —
import { PerfIndexes1765800000000 } from './1765800000000-perf-indexes.js';
import { LongText1765900000000 } from './1765900000000-long-text.js';
import { CampaignRevision1766000000000 } from './1766000000000-campaign-revision.js';
// — issue 16 imports: review fairness —
import { ReviewFairness1766116200000 } from './1766116200000-review-fairness.js';
// — issue 16 imports: a removed expert's kept sheets —
import { KeptSheetDecision1766116300000 } from './1766116300000-kept-sheet-decision.js';
// — issue 9 imports: sessions and login throttling —
import { AuthSessions1765600000000 } from './1765600000000-auth-sessions.js';

export const MIGRATIONS = [
  InitialSchema1764086400000,
  // — issue 4 migrations: members & activity records (1764100000000) —
  MembersAndActivityRecords1764100000000,
  // — issue 4 migrations: registration & materials (1764200000000) —
  RegistrationAndMaterials1764200000000,
  // — issue 4 migrations: WeChat & notifications (1764300000000) —
  WechatNotifications1764300000000,
  // — issue 5 migrations: recommending units (1764400000000) —
  RecommendingUnits1764400000000,
  // — issue 6 migrations: expert pool (1764600000000) —
  ExpertPool1764600000000,
  // — issue 6 migrations: panel draw (1764700000000) —
  PanelDraw1764700000000,
  // — issue 6 migrations: review and results (1764800000000) —
  ReviewAndResults1764800000000,
  // — issue 6 migrations: certificates (1764900000000) —
  // — issue 6 migrations: discipline (1765000000000) —
  Discipline1765000000000,
  // — audit chain head (1765100000000) —
  AuditHead1765100000000,
  // — issue 8 migrations: similarity (1765200000000) —
  Similarity1765200000000,
  SimilarityHeartbeat1765300000000,
  SimilarityDismissal1765400000000,
  // — issue 9 migrations: audit role and request (1765500000000) —
  AuditRequest1765500000000,
  // — issue 9 migrations: sessions and login throttling (1765600000000) —
  AuthSessions1765600000000,
  // — issue 9 migrations: idempotency keys (1765700000000) —
  Idempotency1765700000000,
  // — issue 10 migrations: indexes (1765800000000) —
  PerfIndexes1765800000000,
  // — issue 10 migrations: LONGTEXT for the draw, the audit log and kept answers (1765900000000) —
  LongText1765900000000,
  // — issue 10 migrations: the campaign's revision, so instances may keep the campaign they read (1766000000000) —
  CampaignRevision1766000000000,
  // — issue 16 migrations: review fairness (1766116200000) —
  ReviewFairness1766116200000,
  // — issue 16 migrations: a removed expert's kept sheets (1766116300000) —
  KeptSheetDecision1766116300000,
  // — issue 25 migrations: the audit head's id and length, for anchors (1766200000000) —
  AuditAnchor1766200000000,
  // — issue 25 migrations: which process claimed an Idempotency-Key (1766200000100) —
  IdempotencyOwner1766200000100,
  // — issue 18 migrations: template clusters, figures on each document's own text (1766300000000) —
  SimilarityClusters1766300000000,
];
