/** The panel's side of review: the panel's sheets, score changes (评分更正), the leader's progress, the secretariat's overview. */
import { DateTime, Enum, Id, named, Nullable, type Static, Type } from '../../common/contract/schema.js';
import { SLOT_OUTCOMES } from './presentation-schedule.js';
import { ApplicationStatusField, PanelRoleField, ScoreKindField, ScoreMap, SheetStateField } from './review.schemas.js';
import { SCORE_CHANGE_STATUSES } from './score-change.entity.js';

// ---- the panel's sheets ----

export const ScoreSpread = named(
  'ScoreSpread',
  Type.Object(
    {
      min: Type.Number(),
      max: Type.Number(),
      range: Type.Number({ description: '分差（最高分 − 最低分）' }),
      mean: Type.Number({ description: '平均分（两位小数）' }),
    },
    { description: '全部专家提交后各人总分的分布' },
  ),
);
export type ScoreSpread = Static<typeof ScoreSpread>;

export const PanelSheets = named(
  'PanelSheets',
  Type.Object({
    applicationId: Id,
    kind: ScoreKindField,
    sheets: Type.Array(
      Type.Object({
        expertId: Id,
        expertName: Type.String(),
        role: PanelRoleField,
        status: SheetStateField,
        total: Nullable(Type.Number({ description: '已提交的总分' })),
        scores: Nullable(ScoreMap),
      }),
    ),
    spread: Nullable(ScoreSpread),
  }),
);
export type PanelSheets = Static<typeof PanelSheets>;

// ---- score changes (评分更正) ----

export const ScoreChangeItem = named(
  'ScoreChangeItem',
  Type.Object({
    itemId: Type.String({ description: '评分项编号' }),
    title: Type.String(),
    before: Nullable(Type.Number({ description: '退回前的得分' })),
    after: Nullable(Type.Number({ description: '更正后的得分（重新提交前为 null）' })),
  }),
);
export type ScoreChangeItem = Static<typeof ScoreChangeItem>;

export const ScoreChangeView = named(
  'ScoreChangeView',
  Type.Object({
    id: Id,
    applicationId: Id,
    teamName: Type.String(),
    expertId: Id,
    expertName: Type.String(),
    kind: ScoreKindField,
    kindLabel: Type.String(),
    panelNo: Type.Integer({ minimum: 1 }),
    status: Enum(SCORE_CHANGE_STATUSES, { description: 'returned 已退回待更正，pending 待秘书处审核，approved 已同意，rejected 不同意' }),
    statusLabel: Type.String({ examples: ['待秘书处审核'] }),
    returnReason: Type.String(),
    returnedAt: DateTime,
    resubmittedAt: Nullable(DateTime),
    before: Type.Object({ total: Type.Number({ description: '退回前的总分' }) }),
    after: Type.Object({ total: Nullable(Type.Number({ description: '更正后的总分' })) }),
    items: Type.Array(ScoreChangeItem, { description: '每个评分项，退回前 → 更正后' }),
    decidedAt: Nullable(DateTime),
    decidedBy: Nullable(Type.String()),
    decisionNote: Nullable(Type.String({ description: '秘书处的审核意见' })),
  }),
);
export type ScoreChangeView = Static<typeof ScoreChangeView>;

// ---- the leader's progress, the secretariat's overview ----

export const PanelProgressItem = named(
  'PanelProgressItem',
  Type.Object({
    applicationId: Id,
    teamName: Type.String(),
    status: ApplicationStatusField,
    expertCount: Type.Integer({ minimum: 0 }),
    submittedCount: Type.Integer({ minimum: 0 }),
    outcome: Nullable(Enum(SLOT_OUTCOMES, { description: '成果发布的结果（资料审核为 null）' })),
    sheets: Type.Array(
      Type.Object({
        expertId: Id,
        expertName: Type.String(),
        status: SheetStateField,
        total: Nullable(Type.Number({ description: '总分：全部专家提交后才显示' })),
        returnReason: Nullable(Type.String()),
        change: Nullable(ScoreChangeView),
      }),
    ),
    spread: Nullable(ScoreSpread),
    score: Nullable(
      Type.Object(
        { score: Type.Number({ description: '专家组评分' }), droppedExpertIds: Type.Array(Type.Integer(), { description: '汇总时去掉的专家' }) },
        { description: '已汇总的专家组评分' },
      ),
    ),
  }),
);
export type PanelProgressItem = Static<typeof PanelProgressItem>;

export const PanelProgress = named(
  'PanelProgress',
  Type.Object({
    panelNo: Type.Integer({ minimum: 1, examples: [1] }),
    kind: ScoreKindField,
    kindLabel: Type.String(),
    leader: Type.Object({ id: Id, name: Type.String() }),
    experts: Type.Array(Type.Object({ id: Id, name: Type.String(), role: PanelRoleField })),
    submittedSheets: Type.Integer({ minimum: 0 }),
    expectedSheets: Type.Integer({ minimum: 0 }),
    closed: Type.Boolean({ description: '资料审核是否已结束' }),
    items: Type.Array(PanelProgressItem),
  }),
);
export type PanelProgress = Static<typeof PanelProgress>;

export const ReviewOverviewPanel = named(
  'ReviewOverviewPanel',
  Type.Object({
    panelNo: Type.Integer({ minimum: 1 }),
    leader: Type.String({ description: '组长姓名' }),
    expertCount: Type.Integer({ minimum: 0 }),
    applicationCount: Type.Integer({ minimum: 0 }),
    submittedSheets: Type.Integer({ minimum: 0 }),
    expectedSheets: Type.Integer({ minimum: 0 }),
    returnedSheets: Type.Integer({ minimum: 0 }),
    closedApplications: Type.Integer({ minimum: 0, description: '已结束该环节的申报数' }),
    pendingChanges: Type.Integer({ minimum: 0, description: '待秘书处审核的评分更正数' }),
    changes: Type.Array(ScoreChangeView),
  }),
);
export type ReviewOverviewPanel = Static<typeof ReviewOverviewPanel>;

export const ReviewOverview = named('ReviewOverview', Type.Object({ kind: ScoreKindField, panels: Type.Array(ReviewOverviewPanel) }));
export type ReviewOverview = Static<typeof ReviewOverview>;

export const CloseMaterialsResult = named(
  'CloseMaterialsResult',
  Type.Object({
    panelNo: Type.Integer({ minimum: 1 }),
    reviewed: Type.Array(Type.Object({ applicationId: Id, score: Type.Number({ description: '资料审核的专家组评分' }) })),
  }),
);
export type CloseMaterialsResult = Static<typeof CloseMaterialsResult>;
